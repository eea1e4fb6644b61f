/**
 * Writes a validated contribution as a case file: YAML front matter in the order and style of
 * the corpus, then the four sections. Free text is always written as a double-quoted YAML
 * string (JSON's escaping is valid YAML), so no value can break out of its field; vocabulary
 * keys, slugs and years are written plain, as contributors write them by hand.
 */
import { kindRegistry as kinds } from '../content/kinds.ts'
import { SECTION_KEYS, sectionHeadings, type CaseContribution } from './schema.ts'

export interface CaseFile {
  slug: string
  /** Repository path, such as content/cases/dorpshuis-oldenzijl.md. */
  path: string
  markdown: string
}

const quoted = (value: string) => JSON.stringify(value)
/** A plain YAML scalar for values from a vocabulary or slugs; quoted if YAML could read it as something else. */
const plain = (value: string) => (/^[A-Za-z][\p{L}0-9-]*$/u.test(value) && !/^(?:true|false|null|yes|no|on|off|y|n)$/i.test(value) ? value : quoted(value))
const flow = (values: readonly string[]) => `[${values.map(plain).join(', ')}]`
const block = (key: string, values: readonly string[]) => (values.length ? [`${key}:`, ...values.map((value) => `  - ${quoted(value)}`)] : [`${key}: []`])

export function caseFile(c: CaseContribution & { slug: string }, today: string): CaseFile {
  const lines: string[] = ['---', `title: ${quoted(c.title)}`]
  if (c.title_en) lines.push(`title_en: ${quoted(c.title_en)}`)
  lines.push(`summary: ${quoted(c.summary)}`)
  if (c.summary_en) lines.push(`summary_en: ${quoted(c.summary_en)}`)
  lines.push(`place: ${quoted(c.place)}`, `province: ${plain(c.province)}`, 'period:', `  start: ${c.period.start}`)
  if (c.period.end !== undefined) lines.push(`  end: ${c.period.end}`)
  lines.push('initiative:', `  name: ${quoted(c.initiative.name)}`, `  legal_form: ${plain(c.initiative.legal_form)}`, `  kind: ${plain(c.initiative.kind)}`)
  lines.push(...block('public_bodies', c.public_bodies))
  lines.push(`domains: ${flow(c.domains)}`, `rules: ${flow(c.rules)}`, `workarounds: ${flow(c.workarounds)}`)
  lines.push(`outcome: ${plain(c.outcome)}`, `barrier: ${plain(c.barrier)}`)
  if (c.turnaround !== undefined) lines.push(`turnaround: ${c.turnaround}`)
  if (c.aliases?.length) lines.push(...block('aliases', c.aliases))
  if (c.contributors?.length) lines.push(...block('contributors', c.contributors))
  lines.push('references:')
  for (const ref of c.references) {
    lines.push(`  - type: ${ref.type}`)
    if (ref.type === 'url') lines.push(`    url: ${quoted(ref.url)}`)
    else lines.push(`    id: ${quoted(ref.id)}`)
    if (ref.type === 'bwb' && ref.article !== undefined) lines.push(`    article: ${quoted(ref.article)}`)
    lines.push(`    title: ${quoted(ref.title)}`)
    if (ref.type === 'url' && ref.publisher) lines.push(`    publisher: ${quoted(ref.publisher)}`)
    if (ref.type === 'url' && ref.date) lines.push(`    date: ${ref.date}`)
  }
  lines.push(`last_reviewed: ${today}`, '---', '')
  for (const key of SECTION_KEYS) lines.push(`## ${sectionHeadings[key]}`, '', c.sections[key].trim(), '')
  return { slug: c.slug, path: `${kinds.case.dir}/${c.slug}.md`, markdown: lines.join('\n') }
}
