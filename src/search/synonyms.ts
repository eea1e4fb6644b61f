/**
 * Synonym groups: the curated lexicon (lexicon/synonyms.json) plus each entry's aliases.
 * A query phrase that equals a group member is searched as "any member of the group".
 */
import lexicon from './lexicon/synonyms.json'
import { tokenize } from './analyze.ts'

export const lexiconGroups: string[][] = lexicon.groups

export interface SynonymTable {
  /** Group members as word sequences, keyed by their first word. */
  byFirstWord: Map<string, { words: string[]; group: number }[]>
  /** Each group's members as word sequences. */
  groups: string[][][]
}

export function createSynonymTable(groups: readonly (readonly string[])[]): SynonymTable {
  const table: SynonymTable = { byFirstWord: new Map(), groups: [] }
  groups.forEach((members) => {
    const seqs = [...new Set(members.map((m) => tokenize(m).join(' ')))].filter(Boolean).map((m) => m.split(' '))
    if (seqs.length < 2) return
    const group = table.groups.push(seqs) - 1
    for (const words of seqs) {
      const list = table.byFirstWord.get(words[0]!) ?? []
      list.push({ words, group })
      table.byFirstWord.set(words[0]!, list)
    }
  })
  for (const list of table.byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length)
  return table
}
