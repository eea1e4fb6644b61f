/**
 * The contents of the downloads, from the entries as the API gives them: the whole corpus as one
 * JSON document (with a format version), a CSV file per listed kind with the columns of the
 * codebook, and the codebook itself as JSON and CSV. Pure: src/build/downloads-fs.ts writes them.
 */
import { kindLabel, listedKinds, listingOf, type ListedKind } from '../content/kinds.ts'
import type { EntryDetail, EntrySummary } from '../db/entries.repository.ts'
import { apiPath } from '../routes/api-json.ts'
import { detailWithHistoryJson } from '../routes/history-json.ts'
import { entryPath } from '../paths.ts'
import { codebook, LIST_SEPARATOR, type CodebookColumn } from './codebook.ts'
import { toCsv } from './csv.ts'
import { DATA_FORMAT_VERSION, DATA_PATH } from './manifest.ts'

export const csvPath = (kind: ListedKind) => `${DATA_PATH}/${listingOf(kind).api}.csv`

export interface DumpOptions {
  builtAt: string
  repositoryUrl: string
}

export function corpusJson(entries: readonly EntryDetail[], { builtAt, repositoryUrl }: DumpOptions) {
  return {
    formatVersion: DATA_FORMAT_VERSION,
    generatedAt: builtAt,
    licence: { content: 'CC-BY-SA-4.0', code: 'EUPL-1.2', contentUrl: 'https://creativecommons.org/licenses/by-sa/4.0/' },
    source: repositoryUrl,
    description: 'Het hele corpus van Tussenruimte. Elk item heeft dezelfde velden als in de API (/api/v1/{rules,workarounds,cases}/{slug}); zie /api/v1/openapi.json.',
    counts: Object.fromEntries(listedKinds.map((kind) => [listingOf(kind).api, entries.filter((e) => e.type === kind).length])),
    entries: entries.map((e) => detailWithHistoryJson(e, repositoryUrl)),
  }
}

/** The value of one codebook column for an entry, as CSV text. */
function cell(entry: EntrySummary, column: CodebookColumn): string {
  const flat: Record<string, unknown> = {
    ...(entry.meta as Record<string, unknown>),
    slug: entry.slug,
    title: entry.title,
    title_en: entry.titleEn,
    summary: entry.summary,
    summary_en: entry.summaryEn,
    last_reviewed: entry.lastReviewed,
    review_by: entry.reviewBy,
    lastChanged: entry.lastChanged,
    url: entryPath('nl', entry.type, entry.slug),
    apiUrl: apiPath(entry.type, entry.slug),
  }
  const value = column.source.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), flat)
  if (value === undefined || value === null) return ''
  if (Array.isArray(value)) return value.map(String).join(LIST_SEPARATOR)
  return String(value)
}

export function kindCsv(kind: ListedKind, entries: readonly EntrySummary[]): string {
  const columns = codebook()[kind]
  return toCsv([columns.map((c) => c.column), ...entries.filter((e) => e.type === kind).map((e) => columns.map((c) => cell(e, c)))])
}

export function codebookJson() {
  const book = codebook()
  return {
    formatVersion: DATA_FORMAT_VERSION,
    listSeparator: LIST_SEPARATOR,
    note: 'Lijstkolommen bevatten de waarden gescheiden door " | ". Een lege cel betekent: niet ingevuld.',
    files: listedKinds.map((kind) => ({ kind, label: { nl: kindLabel(kind, 'nl'), en: kindLabel(kind, 'en') }, file: csvPath(kind), columns: book[kind] })),
  }
}

export function codebookCsv(): string {
  const book = codebook()
  const rows = listedKinds.flatMap((kind) =>
    book[kind].map((c) => [csvPath(kind), c.column, c.type, c.required ? 'ja' : 'nee', c.minItems === undefined ? '' : String(c.minItems), c.description, (c.values ?? []).map((v) => `${v.value} = ${v.nl} / ${v.en}`).join(LIST_SEPARATOR)]),
  )
  return toCsv([['file', 'column', 'type', 'required', 'min_items', 'description', 'values'], ...rows])
}
