/**
 * The Worker bundle, as `wrangler deploy --dry-run` makes it from wrangler.toml: small, and
 * free of build-time code (Markdown rendering, YAML parsing, SQLite, Node built-ins).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, inject, it } from 'vitest'
import { findForbidden, WORKER_BUDGET_BYTES } from '../../src/build/worker-bundle-fs.ts'

describe('Worker bundle', () => {
  const { bundle } = inject('workerBuild')

  it('holds the app but no build-only package and no Node built-in', () => {
    expect(bundle.inputs.some((i) => i.includes('node_modules/hono/'))).toBe(true)
    expect(bundle.inputs).toContain('src/app.tsx')
    expect(bundle.forbidden).toEqual([])
  })

  it('stays within its gzipped budget, without the search index', () => {
    const code = readFileSync(bundle.file, 'utf8')

    expect(bundle.gzipBytes).toBeLessThanOrEqual(WORKER_BUDGET_BYTES)
    // The index is a static asset: its artefact keys never occur in the code.
    expect(code).not.toContain('"vocabulary":[')
    expect(code).not.toContain('"documentIds":{')
  })

  it('recognises build-only packages and Node built-ins among bundle inputs', () => {
    const inputs = ['src/app.tsx', 'node_modules/marked/lib/marked.esm.js', 'node_modules/yaml/browser/dist/index.js', 'node:fs', 'src/content/load-fs.ts', 'node_modules/hono/dist/hono.js']

    expect(findForbidden(inputs)).toEqual(['marked', 'node:fs', 'src/content/load-fs.ts', 'yaml'])
  })
})
