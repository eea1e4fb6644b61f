/** The history of an entry as the API and the JSON download give it: each change with a link to its commit. */
import type { EntryChange, EntryDetail } from '../db/entries.repository.ts'
import { commitUrl } from '../site/repository.ts'
import { detailJson } from './api-json.ts'

export function changesJson(changes: readonly EntryChange[], repositoryUrl: string) {
  return changes.map((c) => ({ date: c.date, change: c.added ? 'added' : 'modified', message: c.message, commit: c.commit, commitUrl: commitUrl(repositoryUrl, c.commit) }))
}

/** An entry in full: the API's detail fields and its history. */
export function detailWithHistoryJson(entry: EntryDetail, repositoryUrl: string) {
  return { ...detailJson(entry), changes: changesJson(entry.changes, repositoryUrl) }
}
