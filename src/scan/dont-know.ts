/** The option every question must offer; a module of its own so the browser island need not load the schemas. */
export const DONT_KNOW = 'weet-niet'
export const DONT_KNOW_LABEL = 'Weet ik niet'
