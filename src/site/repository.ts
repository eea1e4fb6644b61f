/** Links into the source repository (REPOSITORY_URL); GitHub, GitLab, Forgejo and Gitea all answer these paths. */

/** The web page of one commit. */
export const commitUrl = (repositoryUrl: string, sha: string) => `${repositoryUrl.replace(/\/+$/, '')}/commit/${sha}`

/** The list of commits that changed one file on a branch. */
export const fileHistoryUrl = (repositoryUrl: string, branch: string, path: string) => `${repositoryUrl.replace(/\/+$/, '')}/commits/${branch}/${path}`
