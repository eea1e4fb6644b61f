/** Number formatting and Markdown tables for the report. */

export const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '–' : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0))
export const mb = (bytes: number | undefined) => (bytes === undefined ? '–' : (bytes / 1e6).toFixed(2))
/** Two decimals, but two significant digits for small ratios so that 0.0012 does not read as 0.00. */
export const ratio = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '–' : v !== 0 && Math.abs(v) < 0.1 ? v.toPrecision(2) : v.toFixed(2))
export const fixed = (v: number | undefined, digits = 1) => (v === undefined || Number.isNaN(v) ? '–' : v.toFixed(digits))
export const int = (v: number) => Math.round(v).toLocaleString('en-US')

/** A Markdown table; cells are escaped for pipes so query text cannot break the layout. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cell = (c: string | number) => String(c).replace(/\|/g, '\\|')
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n')
}
