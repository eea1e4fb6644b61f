/**
 * Where a finished file can go: the repository host's new-file page (a pull request for people
 * with an account), a prefilled issue, or a download. Addresses follow GitHub's conventions;
 * the repository comes from the app's configuration.
 */
export interface Repository {
  url: string
  branch: string
}

/** Beyond this many characters a link may be cut off by the host or the browser. */
export const LONG_LINK = 8000
/** The issue link leaves the file out above this size and asks for it to be pasted instead. */
export const ISSUE_FILE_LIMIT = 6000

/** Id of the field in .github/ISSUE_TEMPLATE/nieuwe-casus.yml that the file is prefilled into. */
export const ISSUE_TEMPLATE = 'nieuwe-casus.yml'
export const ISSUE_FILE_FIELD = 'bestand'

const base = (repository: Repository) => repository.url.replace(/\/+$/, '')

/** The host's "create a new file" page with the path and content filled in. */
export function newFileUrl(repository: Repository, path: string, content: string): string {
  const branch = repository.branch.split('/').map(encodeURIComponent).join('/')
  return `${base(repository)}/new/${branch}?filename=${encodeURIComponent(path)}&value=${encodeURIComponent(content)}`
}

/** A new issue from the "nieuwe casus" form, with the file prefilled when it fits in a link. */
export function newIssueUrl(repository: Repository, title: string, content: string): { url: string; includesFile: boolean } {
  const encoded = encodeURIComponent(content)
  const includesFile = encoded.length <= ISSUE_FILE_LIMIT
  const file = includesFile ? `&${ISSUE_FILE_FIELD}=${encoded}` : ''
  return { url: `${base(repository)}/issues/new?template=${ISSUE_TEMPLATE}&title=${encodeURIComponent(title)}${file}`, includesFile }
}

/** A link that downloads the file without a server round trip (with the `download` attribute). */
export function dataUrl(content: string): string {
  return `data:text/markdown;charset=utf-8,${encodeURIComponent(content)}`
}
