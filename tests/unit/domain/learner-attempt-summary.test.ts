import { describe, expect, it } from 'vitest'
import { foldAttemptIntoSummary, summariseLearnerAttempts } from '../../../src/domain/learner-attempt-summary'
import { DASHBOARD_ATTEMPT_KINDS, type AttemptRecord, type LearnerAttemptSummaryRecord } from '../../../src/domain/model'

type SummaryAttemptLike = Pick<AttemptRecord, 'id' | 'learnerId' | 'kind' | 'status' | 'submittedAt' | 'score' | 'passed'>

const attempt = (
  id: string,
  kind: SummaryAttemptLike['kind'],
  submittedAt: string | undefined,
  score?: number,
  passed?: boolean,
  learnerId = 'ann',
): SummaryAttemptLike => ({
  id,
  learnerId,
  kind,
  status: submittedAt === undefined ? 'in-progress' : 'submitted',
  ...(submittedAt !== undefined ? { submittedAt } : {}),
  ...(score !== undefined ? { score } : {}),
  ...(passed !== undefined ? { passed } : {}),
})

/** Every ordering of a small list (to show a fold does not depend on the order attempts arrive in). */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]]
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]))
}

describe('a learner’s attempt summary', () => {
  it('counts only submitted final assessments and locum refreshers', () => {
    const summary = summariseLearnerAttempts('ann', [
      attempt('a1', 'module-check', '2026-01-01T09:00:00.000Z', 100, true),
      attempt('a2', 'practice', '2026-01-02T09:00:00.000Z', 100, true),
      attempt('a3', 'final-assessment', undefined),
      attempt('a4', 'scenario', '2026-01-03T09:00:00.000Z', 100, true),
    ])
    expect(summary).toBeUndefined()
  })

  it('keeps whether a final was submitted and passed, the best and latest score, and the last passed refresher', () => {
    const summary = summariseLearnerAttempts('ann', [
      attempt('a1', 'final-assessment', '2026-01-05T09:00:00.000Z', 60, false),
      attempt('a2', 'locum-refresher', '2026-02-01T09:00:00.000Z', 92, true),
      attempt('a3', 'final-assessment', '2026-03-01T09:00:00.000Z', 85, true),
      attempt('a4', 'locum-refresher', '2026-04-01T09:00:00.000Z', 70, false),
      attempt('b1', 'final-assessment', '2026-05-01T09:00:00.000Z', 100, true, 'ben'),
    ])
    expect(summary).toEqual<LearnerAttemptSummaryRecord>({
      learnerId: 'ann',
      finalSubmitted: true,
      finalPassed: true,
      bestScore: 92,
      latestScore: 70,
      latestScoreAt: '2026-04-01T09:00:00.000Z',
      lastPassedRefresherAt: '2026-02-01T09:00:00.000Z',
      latestScoreFrom: { kind: 'locum-refresher', attemptId: 'a4' },
    })
  })

  it('a failed final counts as submitted but not passed; a refresher alone says nothing about the final', () => {
    expect(summariseLearnerAttempts('ann', [attempt('a1', 'final-assessment', '2026-01-05T09:00:00.000Z', 40, false)])).toMatchObject({
      finalSubmitted: true,
      finalPassed: false,
      lastPassedRefresherAt: null,
    })
    expect(summariseLearnerAttempts('ann', [attempt('a1', 'locum-refresher', '2026-01-05T09:00:00.000Z', 90, true)])).toMatchObject({
      finalSubmitted: false,
      finalPassed: false,
      lastPassedRefresherAt: '2026-01-05T09:00:00.000Z',
    })
  })

  it('gives the same summary whatever order the attempts arrive in, same-time submissions included', () => {
    const same = '2026-03-01T09:00:00.000Z'
    const attempts = [
      attempt('a1', 'final-assessment', '2026-01-01T09:00:00.000Z', 50, false),
      attempt('a2', 'final-assessment', same, 81, true),
      attempt('a3', 'final-assessment', same, 79, false),
      attempt('a4', 'locum-refresher', same, 64, false),
      attempt('a0', 'locum-refresher', same, 66, false),
    ]
    const results = permutations(attempts).map((order) => summariseLearnerAttempts('ann', order))
    for (const result of results) expect(result).toEqual(results[0])
    // Same time: a refresher wins over a final assessment, then the larger id: a4.
    expect(results[0]).toMatchObject({ latestScore: 64, latestScoreFrom: { kind: 'locum-refresher', attemptId: 'a4' } })
  })

  it('breaks a same-time tie between final assessments by the larger id', () => {
    const same = '2026-03-01T09:00:00.000Z'
    for (const order of permutations([
      attempt('a2', 'final-assessment', same, 81, true),
      attempt('a3', 'final-assessment', same, 79, false),
    ]))
      expect(summariseLearnerAttempts('ann', order)?.latestScore).toBe(79)
  })

  it('the same-time order is the order of DASHBOARD_ATTEMPT_KINDS', () => {
    expect(DASHBOARD_ATTEMPT_KINDS).toEqual(['final-assessment', 'locum-refresher'])
  })

  it('an attempt without a score leaves the scores alone', () => {
    const summary = summariseLearnerAttempts('ann', [
      attempt('a1', 'final-assessment', '2026-01-01T09:00:00.000Z', 75, false),
      attempt('a2', 'final-assessment', '2026-02-01T09:00:00.000Z'),
    ])
    expect(summary).toMatchObject({ finalSubmitted: true, bestScore: 75, latestScore: 75, latestScoreFrom: { attemptId: 'a1' } })
  })

  it('returns a new summary and leaves the one given as it was', () => {
    const first = foldAttemptIntoSummary(undefined, attempt('a1', 'final-assessment', '2026-01-01T09:00:00.000Z', 60, false))
    const copy = structuredClone(first)
    const second = foldAttemptIntoSummary(first, attempt('a2', 'final-assessment', '2026-02-01T09:00:00.000Z', 90, true))
    expect(first).toEqual(copy)
    expect(second).toMatchObject({ bestScore: 90, latestScore: 90, finalPassed: true })
    expect(foldAttemptIntoSummary(second, attempt('a3', 'practice', '2026-03-01T09:00:00.000Z', 10, false))).toBe(second)
  })

  it('refuses to fold another learner’s attempt into a summary', () => {
    const ann = foldAttemptIntoSummary(undefined, attempt('a1', 'final-assessment', '2026-01-01T09:00:00.000Z', 60, false))
    expect(() => foldAttemptIntoSummary(ann, attempt('b1', 'final-assessment', '2026-01-01T09:00:00.000Z', 60, false, 'ben'))).toThrow(
      /belongs to ben/,
    )
  })
})
