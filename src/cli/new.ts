/**
 * `npm run new -- <case|workaround|rule> <slug>`: writes a new content file from the template
 * in content/_templates/, with today's date, into the right folder. Every place the contributor
 * still has to fill in holds the placeholder TODO, which `npm run check` reports until it is
 * gone. Refuses a malformed slug or one already in use (exit 1) and bad usage (exit 2). Asks for
 * a missing kind or slug only on a terminal; otherwise it never waits for input.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createInterface } from 'node:readline/promises'
import { fileURLToPath } from 'node:url'
import { listContentFiles, todayIso } from '../content/load-fs.ts'
import { kindNames, kindRegistry as kinds, type KindName } from '../content/kinds.ts'
import { isSlug, SLUG_MAX, slugify } from '../contribute/slug.ts'

export const TEMPLATES_DIR = 'content/_templates'
/** The kinds that have a template in the registry. */
const KINDS = kindNames.filter((kind) => kinds[kind].template)
type NewKind = KindName
/** Dutch names are accepted too: contributors think in casus, oplossing and regel. */
const ALIASES: Record<string, NewKind> = Object.fromEntries(KINDS.map((kind) => [kinds[kind].label.nl.one.toLowerCase(), kind]))
const kindList = KINDS.map((kind) => `${kind} (${kinds[kind].label.nl.one.toLowerCase()})`)

const USAGE = `Gebruik: npm run new -- <soort> <slug>
  soort  ${kindList.slice(0, -1).join(', ')} of ${kindList.at(-1)}
  slug   de bestandsnaam zonder .md: kleine letters, cijfers en streepjes, zoals dorpshuis-oldenzijl
Voorbeeld: npm run new -- case dorpshuis-oldenzijl`

export class NewFileError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message)
  }
}

export function parseKind(value: string): NewKind {
  const kind = (KINDS as readonly string[]).includes(value) ? (value as NewKind) : ALIASES[value]
  if (!kind) throw new NewFileError(`"${value}" is geen soort die u kunt maken. Kies ${KINDS.slice(0, -1).join(', ')} of ${KINDS.at(-1)}.\n\n${USAGE}`, 2)
  return kind
}

/** Writes the file and returns its repository path. Throws NewFileError with a message for the contributor. */
export function createContentFile(root: string, kind: NewKind, slug: string, today = todayIso()): string {
  const bare = slug.replace(/\.md$/, '')
  if (!isSlug(bare)) {
    const suggestion = slugify(bare)
    const hint = suggestion && suggestion !== bare ? ` Bijvoorbeeld: ${suggestion}` : ''
    const tooLong = bare.length > SLUG_MAX ? ` (hoogstens ${SLUG_MAX} tekens)` : ''
    throw new NewFileError(`"${slug}" is geen geldige slug: gebruik kleine letters, cijfers en streepjes${tooLong}.${hint}`, 1)
  }
  const file = `${kinds[kind].dir}/${bare}.md`
  if (existsSync(join(root, file))) throw new NewFileError(`${file} bestaat al. Kies een andere slug, of bewerk dat bestand.`, 1)
  // Slugs are unique across the corpus, not only within a folder.
  const clash = listContentFiles(root).find((f) => f.file.split('/').pop() === `${bare}.md`)
  if (clash) throw new NewFileError(`De slug "${bare}" is al in gebruik door ${clash.file}. Slugs moeten in heel Tussenruimte uniek zijn; kies een andere.`, 1)

  const template = readFileSync(join(templatesRoot(root), `${kind}.md`), 'utf8')
  const content = template.replace(/^last_reviewed: TODO$/m, `last_reviewed: ${today}`)
  mkdirSync(dirname(join(root, file)), { recursive: true })
  // 'wx' fails rather than overwrite a file that appeared in the meantime.
  writeFileSync(join(root, file), content, { flag: 'wx' })
  return file
}

/** Templates live in the repository; a test root without them uses the repository's own. */
function templatesRoot(root: string): string {
  return existsSync(join(root, TEMPLATES_DIR)) ? join(root, TEMPLATES_DIR) : fileURLToPath(new URL(`../../${TEMPLATES_DIR}/`, import.meta.url))
}

async function main(argv: string[]): Promise<number> {
  const args = [...argv]
  let root = process.cwd()
  const rootAt = args.indexOf('--root')
  if (rootAt !== -1) {
    root = args[rootAt + 1] ?? root
    args.splice(rootAt, 2)
  }
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE)
    return 0
  }
  let [kindArg, slugArg] = args
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY)
  if ((!kindArg || !slugArg) && interactive) {
    const rl = createInterface({ input: process.stdin, output: process.stdout })
    try {
      kindArg ||= (await rl.question('Wat wilt u maken? (case, workaround of rule): ')).trim()
      slugArg ||= (await rl.question('Slug (bestandsnaam zonder .md, zoals dorpshuis-oldenzijl): ')).trim()
    } finally {
      rl.close()
    }
  }
  if (!kindArg || !slugArg) {
    console.error(`Er ontbreekt ${!kindArg ? 'een soort en een slug' : 'een slug'}.\n\n${USAGE}`)
    return 2
  }
  try {
    const file = createContentFile(root, parseKind(kindArg), slugArg)
    console.log(`Aangemaakt: ${file}
Vervang nu elke TODO in dat bestand door uw eigen tekst (uitleg: CONTRIBUTING.md).
Controleer daarna met: npm run check`)
    return 0
  } catch (error) {
    if (error instanceof NewFileError) {
      console.error(error.message)
      return error.exitCode
    }
    throw error
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2))
}
