/**
 * Node-only: builds the front end in web/ into content-hashed files under .build/assets,
 * so they can be cached forever: the stylesheet (web/styles/*.css, in name order) and the
 * island bundle (web/client.tsx, via esbuild).
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AssetManifest } from '../env.ts'

export const ASSETS_DIR = 'assets'
const hash = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex').slice(0, 10)

/** The front-end sources: part of the code, not of the content. */
export const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url))

export async function buildWebAssets(outRoot: string, webDir = WEB_DIR): Promise<AssetManifest> {
  const stylesDir = join(webDir, 'styles')
  const css = readdirSync(stylesDir)
    .filter((f) => f.endsWith('.css'))
    .sort()
    .map((f) => readFileSync(join(stylesDir, f), 'utf8'))
    .join('\n')
  const { transform, build } = await import('esbuild')
  const minifiedCss = (await transform(css, { loader: 'css', minify: true })).code

  let js: string | undefined
  const entry = join(webDir, 'client.tsx')
  if (existsSync(entry)) {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      minify: true,
      write: false,
      jsx: 'automatic',
      jsxImportSource: 'preact',
      target: 'es2020',
      legalComments: 'none',
    })
    js = result.outputFiles[0]!.text
  }

  // Write into a fresh folder and swap it in whole, like the content build.
  const dir = join(outRoot, ASSETS_DIR)
  const tmp = `${dir}.${process.pid}.tmp`
  rmSync(tmp, { recursive: true, force: true })
  mkdirSync(tmp, { recursive: true })
  const manifest: AssetManifest = { css: `/assets/style.${hash(minifiedCss)}.css` }
  writeFileSync(join(tmp, manifest.css.slice('/assets/'.length)), minifiedCss)
  if (js) {
    manifest.js = `/assets/client.${hash(js)}.js`
    writeFileSync(join(tmp, manifest.js.slice('/assets/'.length)), js)
  }
  writeFileSync(join(tmp, 'manifest.json'), JSON.stringify(manifest))
  const old = `${dir}.${process.pid}.old`
  if (existsSync(dir)) renameSync(dir, old)
  renameSync(tmp, dir)
  rmSync(old, { recursive: true, force: true })
  return manifest
}

export function readAssetManifest(outRoot: string): AssetManifest | undefined {
  const file = join(outRoot, ASSETS_DIR, 'manifest.json')
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as AssetManifest) : undefined
}
