/** Fills `{name}` placeholders in an interface text. Its own module so that the island can use it without bundling the texts. */
export function fmt(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}
