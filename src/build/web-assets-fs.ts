/**
 * Node-only: builds the front end in web/ into content-hashed files under .build/assets,
 * so they can be cached forever: the stylesheet (web/styles/*.css, in name order) and the
 * island bundles (web/entries/*.tsx, via esbuild).
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

/**
 * The self-hosted typeface: the stylesheet names a file as `url(__FONT__/<file>)`, and the build
 * copies that file from the font package into the assets with a content hash (no font CDN).
 */
export const FONT_FILES_DIR = fileURLToPath(new URL('../../node_modules/@fontsource/atkinson-hyperlegible-next/files/', import.meta.url))

export async function buildWebAssets(outRoot: string, webDir = WEB_DIR): Promise<AssetManifest> {
  const stylesDir = join(webDir, 'styles')
  const fonts: Record<string, Buffer> = {}
  const css = readdirSync(stylesDir)
    .filter((f) => f.endsWith('.css'))
    .sort()
    .map((f) => readFileSync(join(stylesDir, f), 'utf8'))
    .join('\n')
    .replace(/url\(__FONT__\/([a-z0-9-]+)\.woff2\)/g, (_, name: string) => {
      const data = readFileSync(join(FONT_FILES_DIR, `${name}.woff2`))
      const file = `${name}.${hash(data)}.woff2`
      fonts[file] = data
      return `url(/${ASSETS_DIR}/${file})`
    })
  const { transform, build } = await import('esbuild')
  const minifiedCss = (await transform(css, { loader: 'css', minify: true })).code

  // Each web/entries/<name>.tsx is its own bundle, so a page loads only the islands it uses.
  const entriesDir = join(webDir, 'entries')
  const scripts: Record<string, string> = {}
  for (const name of existsSync(entriesDir) ? readdirSync(entriesDir).filter((f) => f.endsWith('.tsx')).sort() : []) {
    const result = await build({
      entryPoints: [join(entriesDir, name)],
      bundle: true,
      format: 'esm',
      minify: true,
      write: false,
      jsx: 'automatic',
      jsxImportSource: 'preact',
      target: 'es2020',
      legalComments: 'none',
    })
    scripts[name.replace(/\.tsx$/, '')] = result.outputFiles[0]!.text
  }

  // Write into a fresh folder and swap it in whole, like the content build.
  const dir = join(outRoot, ASSETS_DIR)
  const tmp = `${dir}.${process.pid}.tmp`
  rmSync(tmp, { recursive: true, force: true })
  mkdirSync(tmp, { recursive: true })
  const manifest: AssetManifest = { css: `/assets/style.${hash(minifiedCss)}.css`, scripts: {} }
  writeFileSync(join(tmp, manifest.css.slice('/assets/'.length)), minifiedCss)
  for (const [name, code] of Object.entries(scripts)) {
    manifest.scripts[name] = `/assets/${name}.${hash(code)}.js`
    writeFileSync(join(tmp, `${name}.${hash(code)}.js`), code)
  }
  for (const [file, data] of Object.entries(fonts)) writeFileSync(join(tmp, file), data)
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
