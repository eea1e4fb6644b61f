/** The app over the real corpus (it holds the scans), with the Node platform's .docx writer. */
import { createApp } from '../../src/app.tsx'
import type { Deps } from '../../src/env.ts'
import { createTestDeps, REPO_ROOT } from '../helpers/create-test-app.ts'
import { createScanNoteRoutes } from '../../src/routes/scan-note-routes.tsx'

export async function createScanTestDeps(): Promise<Deps> {
  const deps = await createTestDeps(REPO_ROOT)
  return { ...deps, scanNoteRoutes: createScanNoteRoutes, renderNoteDocx: async (note) => (await import('../../src/platform/note-docx.ts')).noteToDocx(note) }
}

export async function createScanTestApp(deps?: Deps) {
  return createApp(deps ?? (await createScanTestDeps()))
}

/** Answers to grond-of-gebouw that lead to Didam's one serious candidate (scan-logic §1.6). */
export const ONE_CANDIDATE = 'vorm=verhuren&activiteit=ideeel&landbouw=nee&gegadigden=een-objectief&procedure=voornemen-publiceren&beleid=ja-past&prijs=onder-markt&looptijd=lang'
