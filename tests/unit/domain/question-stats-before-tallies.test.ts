/**
 * "What the team gets wrong" now works through per-question tallies. For the same answers it must
 * show exactly what it showed when it read every answer: checked against a frozen copy of that
 * code, over every question in the real content, right and wrong answers, all attempt kinds and
 * states, and a team filter.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readContentFiles } from '../../../build/content-files'
import { checkContent } from '../../../src/content/check'
import { questionStatsFromRecords as questionStats, type QuestionStatsFromRecords } from '../support/from-records'

type StatsAnswerLike = QuestionStatsFromRecords['answers'][number]
type StatsAttemptLike = QuestionStatsFromRecords['attempts'][number]
import { pick, seededRandom } from '../../../src/domain/random'
import { correctResponse } from '../support/correct-response'
import { questionStats as questionStatsBeforeTallies } from '../support/question-stats-before-tallies'
import { wrongResponse } from '../support/wrong-response'

const { files } = readContentFiles(resolve('content'))
const fingerprint = new Set((JSON.parse(readFileSync(resolve('content/pack-fingerprint.json'), 'utf8')) as { hashes: string[] }).hashes)
const bundle = checkContent(files, fingerprint).bundle
if (!bundle) throw new Error('the real content did not validate')
const content = { questions: bundle.questions, modules: bundle.modules, scenarios: bundle.scenarios, worklists: bundle.worklists }
const scenarios = new Map(bundle.scenarios.map((s) => [s.id, s]))

const KINDS: StatsAttemptLike['kind'][] = ['final-assessment', 'module-check', 'practice', 'locum-refresher', 'scenario', 'worklist-sim']
const LEARNERS = ['ann', 'bob', 'cat', 'dev', 'eve']

/** A team's answers: every question answered many times, right and wrong (several different wrong answers). */
function teamAnswers(seed: number): { attempts: StatsAttemptLike[]; answers: StatsAnswerLike[] } {
  const random = seededRandom(seed)
  const attempts: StatsAttemptLike[] = []
  const answers: StatsAnswerLike[] = []
  for (let a = 0; a < 30; a++) {
    const attempt: StatsAttemptLike = {
      id: `attempt-${a}`,
      learnerId: pick(LEARNERS, random),
      kind: pick(KINDS, random),
      status: random() < 0.8 ? 'submitted' : 'in-progress',
    }
    attempts.push(attempt)
    for (const question of bundle?.questions ?? []) {
      if (random() < 0.7) continue
      const correct = random() < 0.55
      const attemptSeed = Math.floor(random() * 1_000_000)
      const response = correct ? correctResponse(question, attemptSeed, scenarios) : wrongResponse(question, attemptSeed, scenarios, random)
      answers.push({ attemptId: attempt.id, questionId: question.id, response, correct })
    }
  }
  return { attempts, answers }
}

describe('What the team gets wrong, through tallies', () => {
  it.each([1, 2])('shows what reading every answer showed (team %i)', (seed) => {
    const team = teamAnswers(seed)
    expect(team.answers.length).toBeGreaterThan(2_000)
    expect(questionStats({ ...content, ...team })).toEqual(questionStatsBeforeTallies({ ...content, ...team }))
  })

  it('also for part of the team', () => {
    const team = teamAnswers(4)
    const learnerIds = new Set(['ann', 'cat'])
    expect(questionStats({ ...content, ...team, learnerIds })).toEqual(questionStatsBeforeTallies({ ...content, ...team, learnerIds }))
  })
})
