/** The GitHub client's pure parts: which repository, and a fence no contributed text can close. */
import { describe, expect, it } from 'vitest'
import { fenced, fileIssue, ISSUE_BODY_MAX, repositoryOf } from '../../src/contribute/github-issues.ts'
import { mailtoLink, MAILTO_MAX } from '../../src/contribute/mailto.ts'

describe('repositoryOf', () => {
  it('reads owner and name from a repository address, and nothing from other addresses', () => {
    expect(repositoryOf('https://github.com/tussenruimte/tussenruimte')).toEqual({ owner: 'tussenruimte', repo: 'tussenruimte' })
    expect(repositoryOf('https://github.com/fork-owner/tussenruimte.git/')).toEqual({ owner: 'fork-owner', repo: 'tussenruimte' })
    expect(repositoryOf('https://example.org/tussenruimte')).toBeUndefined()
    expect(repositoryOf('https://github.com/a/b/tree/main')).toBeUndefined()
  })
})

describe('fenced', () => {
  it('uses a fence longer than any run of backticks inside', () => {
    expect(fenced('plain')).toBe('```\nplain\n```')
    expect(fenced('a ```` b', 'text')).toBe('`````text\na ```` b\n`````')
  })
})

describe('fileIssue', () => {
  it('does not ask GitHub for a body GitHub would refuse, or without a repository', async () => {
    const relay = { token: 't', apiUrl: 'http://127.0.0.1:9' }
    expect(await fileIssue(relay, 'https://github.com/a/b', { title: 'x', body: 'x'.repeat(ISSUE_BODY_MAX + 1), labels: [] })).toEqual({ ok: false, reason: 'tooLong' })
    expect(await fileIssue(relay, 'https://example.org/a', { title: 'x', body: 'x', labels: [] })).toEqual({ ok: false, reason: 'noRepository' })
  })
})

describe('mailtoLink', () => {
  it('prefills subject and body, and asks to paste a body that would not fit in a link', () => {
    const short = mailtoLink('redactie@example.org', 'Tip: Oldenzijl', 'Wat er gebeurde & waar', 'Plak hier')
    expect(short).toEqual({ url: 'mailto:redactie@example.org?subject=Tip%3A%20Oldenzijl&body=Wat%20er%20gebeurde%20%26%20waar', fitsLink: true })
    const long = mailtoLink('redactie@example.org', 'Tip', 'x'.repeat(MAILTO_MAX), 'Plak hier')
    expect(long).toEqual({ url: 'mailto:redactie@example.org?subject=Tip&body=Plak%20hier', fitsLink: false })
  })
})
