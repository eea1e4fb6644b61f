/**
 * Link targets content may use: https, a path on this site, an anchor or mail. A path may
 * not start with `//` or `/\`: browsers read both as a link to another host.
 */
export const SAFE_LINK = /^(?:https:\/\/|\/(?![/\\])|#|mailto:)/
