/**
 * Regenerates the field tables in CONTRIBUTING.md from the schema: run with --write after
 * changing src/content/schema.ts or src/content/taxonomy.ts. Without --write it only reports
 * whether the guide is up to date (exit 1 when it is not).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { withGeneratedBlocks } from '../contribute/field-table.ts'

const file = join(process.cwd(), 'CONTRIBUTING.md')
const current = readFileSync(file, 'utf8')
const updated = withGeneratedBlocks(current)
if (updated === current) {
  console.log('CONTRIBUTING.md: the field tables match the schema.')
} else if (process.argv.includes('--write')) {
  writeFileSync(file, updated)
  console.log('CONTRIBUTING.md: field tables rewritten from the schema.')
} else {
  console.log('CONTRIBUTING.md: the field tables are out of date. Run: node --import tsx src/cli/field-table.ts --write')
  process.exitCode = 1
}
