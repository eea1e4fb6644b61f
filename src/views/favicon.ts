/** The site icon: a gap between two blocks, in the site's blue. */
export const favicon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#154273"/><rect x="6" y="8" width="8" height="16" fill="#fff"/><rect x="18" y="8" width="8" height="16" fill="#fff"/></svg>`
