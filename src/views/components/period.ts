/** A case's period as people write it: "2021", "2019–2023", or in words when it is still going on. */
export function periodText(period: { start: number; end?: number | null }, ongoingSince: (year: number) => string): string {
  if (period.end == null) return ongoingSince(period.start)
  return period.end === period.start ? String(period.start) : `${period.start}–${period.end}`
}
