/**
 * npm run content:check            validates all content; lists every problem; exits 1 if any
 * npm run content:check -- --json  prints the counts, the item statistics (cues, questions by type and
 *                                  difficulty per module, scenario endings and choices) and errors as JSON
 * It also fails when the right option is the longest in more than 30% of single-choice questions, or
 * when picking options, actions or scenario choices by length alone beats chance by more than 10 points.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { checkContent, type CheckError } from '../../src/content/check'
import { readContentFiles } from '../content-files'
import { itemStats, lengthCueProblems, LONGEST_RIGHT_CEILING } from '../content-stats'

const json = process.argv.includes('--json')
const contentDir = resolve(import.meta.dirname, '../../content')
const fingerprint = JSON.parse(readFileSync(resolve(contentDir, 'pack-fingerprint.json'), 'utf8')) as { hashes: string[] }

const { files, problems } = readContentFiles(contentDir)
const result = checkContent(files, new Set(fingerprint.hashes))
const stats = result.bundle ? itemStats(result.bundle) : null
const errors: CheckError[] = [
  ...problems.map((p) => ({ rule: 'yaml' as const, id: p.file, file: p.file, message: p.message })),
  ...result.errors,
  ...(stats && stats.cues.single.rightIsLongestShare > LONGEST_RIGHT_CEILING
    ? [{ rule: 'answer-cue' as const, id: 'questions/', file: 'questions/', message: `the right option is the longest in ${Math.round(stats.cues.single.rightIsLongestShare * 100)}% of single-choice questions; at most ${LONGEST_RIGHT_CEILING * 100}%` }]
    : []),
  ...(stats ? lengthCueProblems(stats.lengthCues).map((message) => ({ rule: 'answer-cue' as const, id: 'content/', file: 'questions/ and scenarios/', message })) : []),
]

if (json) {
  console.log(JSON.stringify({ ok: errors.length === 0, counts: result.counts, ...stats, errors }, null, 2))
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
  if (stats) {
    const { single } = stats.cues
    console.log(
      `Cues: the right option is the longest in ${single.rightIsLongest} of ${single.questions} single-choice questions ` +
        `(${Math.round(single.rightIsLongestShare * 100)}%); shown first in ${Math.round(single.rightFirstShownShare * 100)}% of attempts`,
    )
  }
  console.log(errors.length ? `content:check failed with ${errors.length} problem(s)` : 'content:check passed')
}
process.exitCode = errors.length ? 1 : 0
