import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildWebAssets } from '../../src/build/web-assets-fs.ts'
import type { AssetManifest } from '../../src/env.ts'

let outRoot: string
let manifest: AssetManifest
const read = (url: string) => readFileSync(join(outRoot, url.replace(/^\//, '')))
const gzKb = (data: Buffer) => gzipSync(data, { level: 9 }).length / 1024

beforeAll(async () => {
  outRoot = mkdtempSync(join(tmpdir(), 'tussenruimte-assets-'))
  manifest = await buildWebAssets(outRoot)
})
afterAll(() => rmSync(outRoot, { recursive: true, force: true }))

describe('front-end assets', () => {
  it('keeps the stylesheet within 30 KB gzipped and free of third-party requests', () => {
    const css = read(manifest.css)

    expect(gzKb(css)).toBeLessThanOrEqual(30)
    expect(css.toString()).not.toMatch(/url\(\s*['"]?https?:|@import/)
  })

  it('self-hosts the typeface: every font the stylesheet names is a hashed file in the assets', () => {
    const css = read(manifest.css).toString()
    const fonts = [...css.matchAll(/url\((\/assets\/[^)]+\.woff2)\)/g)].map((m) => m[1]!)

    expect(css).toContain('Atkinson Hyperlegible Next')
    expect(css).not.toContain('__FONT__')
    expect(fonts.length).toBe(4)
    for (const font of fonts) {
      expect(font).toMatch(/^\/assets\/atkinson-hyperlegible-next-latin(-ext)?-(400|700)-normal\.[0-9a-f]{10}\.woff2$/)
      expect(read(font).subarray(0, 4).toString()).toBe('wOF2')
    }
  })

  it('keeps the search island within 15 KB gzipped', () => {
    expect(manifest.scripts.search).toBeDefined()
    expect(gzKb(read(manifest.scripts.search!))).toBeLessThanOrEqual(15)
  })

  it('names files by content hash so they can be cached forever', () => {
    expect(manifest.css).toMatch(/^\/assets\/style\.[0-9a-f]{10}\.css$/)
    expect(manifest.scripts.search).toMatch(/^\/assets\/search\.[0-9a-f]{10}\.js$/)
  })
})
