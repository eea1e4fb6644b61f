/**
 * What a contributed case looks like on the way in: every field of the case schema except
 * `last_reviewed` (the server sets it to the day the file is made), the four body sections as
 * plain fields, and the contributor's confirmation of the house rules. The field schemas are
 * the corpus's own (src/content/schema.ts), so the form can never accept a value the content
 * check rejects.
 */
import * as v from 'valibot'
import { kindRegistry as kinds } from '../content/kinds.ts'
import { caseSchema, slug } from '../content/schema.ts'

/** Stable API keys for the body sections of a case, in the order of `kinds.case.sections`. */
export const SECTION_KEYS = ['happened', 'friction', 'resolution', 'lessons'] as const
export type SectionKey = (typeof SECTION_KEYS)[number]

if (SECTION_KEYS.length !== kinds.case.sections.length) throw new Error('SECTION_KEYS must name every section of a case')

/** The Markdown heading of each section. */
export const sectionHeadings = Object.fromEntries(SECTION_KEYS.map((key, i) => [key, kinds.case.sections[i]!])) as Record<SectionKey, string>

/** Longest accepted section text, in characters; far above the longest section in the corpus. */
export const SECTION_MAX = 8000

const sectionText = v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(SECTION_MAX))

const { last_reviewed: _setByServer, ...caseFields } = caseSchema.entries

export const contributionSchema = v.strictObject({
  ...caseFields,
  sections: v.strictObject(Object.fromEntries(SECTION_KEYS.map((key) => [key, sectionText])) as Record<SectionKey, typeof sectionText>),
  consent: v.literal(true),
})

export type CaseContribution = v.InferOutput<typeof contributionSchema>

/**
 * A contribution whose contributor did not know which rule was in play ("weet ik niet"): the
 * same, but `rules` may be empty. It can go to the editors as a draft, never as a finished file.
 */
export const draftContributionSchema = v.strictObject({ ...contributionSchema.entries, rules: v.array(slug) })
