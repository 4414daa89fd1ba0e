/**
 * npm run content:check            validates all content; lists every problem; exits 1 if any
 * npm run content:check -- --json  prints the counts (and errors) as JSON
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { checkContent, type CheckError } from '../../src/content/check'
import { readContentFiles } from '../content-files'

const json = process.argv.includes('--json')
const contentDir = resolve(import.meta.dirname, '../../content')
const fingerprint = JSON.parse(readFileSync(resolve(contentDir, 'pack-fingerprint.json'), 'utf8')) as { hashes: string[] }

const { files, problems } = readContentFiles(contentDir)
const result = checkContent(files, new Set(fingerprint.hashes))
const errors: CheckError[] = [
  ...problems.map((p) => ({ rule: 'yaml' as const, id: p.file, file: p.file, message: p.message })),
  ...result.errors,
]

if (json) {
  console.log(JSON.stringify({ ok: errors.length === 0, counts: result.counts, errors }, null, 2))
} else {
  const c = result.counts
  if (errors.length) {
    const byFile = new Map<string, CheckError[]>()
    for (const e of errors) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e])
    for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
      console.log(`content/${file}`)
      for (const e of list) console.log(`  [${e.rule}] ${e.id}: ${e.message}`)
    }
    console.log('')
  }
  console.log(
    `Content v${c.contentVersion ?? '?'} (pack v${c.packVersion ?? '?'}): ${c.modules} modules, ${c.lessons} lessons, ` +
      `${c.questions} questions, ${c.scenarios} scenarios, ${c.packSectionsCovered}/${c.packSections} pack sections, ` +
      `${c.factsAssessed}/${c.facts} facts assessed`,
  )
  console.log(errors.length ? `content:check failed with ${errors.length} problem(s)` : 'content:check passed')
}
process.exitCode = errors.length ? 1 : 0
