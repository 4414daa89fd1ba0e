import { describe, expect, it } from 'vitest'
import {
  countsInQuestionStats,
  isCurrentLearner,
  responseFromKey,
  responseKey,
  tallyAnswer,
  TallyMismatchError,
  type TalliedAnswer,
} from '../../../src/domain/question-tally'
import type { QuestionTallyRecord } from '../../../src/domain/model'

const answer = (questionId: string, response: unknown, correct: boolean): TalliedAnswer => ({
  questionId,
  response,
  correct,
})

describe('which answers count', () => {
  it('answers of submitted attempts other than practice, by current learners', () => {
    expect(countsInQuestionStats({ kind: 'final-assessment', status: 'submitted' }, true)).toBe(true)
    expect(countsInQuestionStats({ kind: 'module-check', status: 'submitted' }, true)).toBe(true)
    expect(countsInQuestionStats({ kind: 'worklist-sim', status: 'submitted' }, true)).toBe(true)
    expect(countsInQuestionStats({ kind: 'practice', status: 'submitted' }, true)).toBe(false)
    expect(countsInQuestionStats({ kind: 'final-assessment', status: 'in-progress' }, true)).toBe(false)
    expect(countsInQuestionStats({ kind: 'final-assessment', status: 'submitted' }, false)).toBe(false)
  })

  it('current learners are those on this PC and not archived', () => {
    expect(isCurrentLearner({ archived: false })).toBe(true)
    expect(isCurrentLearner({ archived: true })).toBe(false)
    expect(isCurrentLearner(undefined)).toBe(false)
  })
})

describe('answers as keys', () => {
  it('the same answer gives the same key whatever order its fields were stored in', () => {
    expect(responseKey({ type: 'matching', matches: { p1: 'x', p2: 'y' } })).toBe(
      responseKey({ matches: { p2: 'y', p1: 'x' }, type: 'matching' }),
    )
    expect(responseKey({ type: 'single', optionId: 'a', extra: undefined })).toBe(responseKey({ type: 'single', optionId: 'a' }))
  })

  it('reads a key back as the answer', () => {
    const given = { type: 'ordering', order: ['b', 'a', 'c'] }
    expect(responseFromKey(responseKey(given))).toEqual(given)
    expect(responseFromKey(responseKey('garbage'))).toBe('garbage')
  })

  it('an answer JSON cannot hold gets a key of its own that reads back as nothing', () => {
    const key = responseKey({ type: 'single', optionId: 10n })
    expect(key).not.toBe(responseKey(undefined))
    expect(responseFromKey(key)).toBeUndefined()
  })
})

describe('tallying answers', () => {
  it('counts answers, right answers and each wrong answer as given', () => {
    const tallies = new Map<string, QuestionTallyRecord>()
    tallyAnswer(tallies, answer('q1', { type: 'single', optionId: 'b' }, true), 1)
    tallyAnswer(tallies, answer('q1', { type: 'single', optionId: 'a' }, false), 1)
    tallyAnswer(tallies, answer('q1', { optionId: 'a', type: 'single' }, false), 1)
    tallyAnswer(tallies, answer('q1', { type: 'single', optionId: 'c' }, false), 1)
    tallyAnswer(tallies, answer('q2', { type: 'true-false', value: true }, true), 1)
    expect(Object.fromEntries(tallies)).toEqual({
      q1: {
        questionId: 'q1',
        answered: 4,
        correct: 1,
        wrong: { '{"optionId":"a","type":"single"}': 2, '{"optionId":"c","type":"single"}': 1 },
      },
      q2: { questionId: 'q2', answered: 1, correct: 1, wrong: {} },
    })
  })

  it('takes answers away again, and drops a question left with none', () => {
    const tallies = new Map<string, QuestionTallyRecord>()
    const wrong = answer('q1', { type: 'single', optionId: 'a' }, false)
    const right = answer('q1', { type: 'single', optionId: 'b' }, true)
    tallyAnswer(tallies, wrong, 1)
    tallyAnswer(tallies, right, 1)
    tallyAnswer(tallies, wrong, -1)
    expect(tallies.get('q1')).toEqual({ questionId: 'q1', answered: 1, correct: 1, wrong: {} })
    tallyAnswer(tallies, right, -1)
    expect(tallies.size).toBe(0)
  })

  it('refuses to take away an answer that was never counted', () => {
    const tallies = new Map<string, QuestionTallyRecord>()
    expect(() => tallyAnswer(tallies, answer('q1', { type: 'single', optionId: 'a' }, false), -1)).toThrow(TallyMismatchError)
    tallyAnswer(tallies, answer('q1', { type: 'single', optionId: 'a' }, false), 1)
    expect(() => tallyAnswer(tallies, answer('q1', { type: 'single', optionId: 'c' }, false), -1)).toThrow(TallyMismatchError)
    expect(() => tallyAnswer(tallies, answer('q1', { type: 'single', optionId: 'b' }, true), -1)).toThrow(TallyMismatchError)
  })
})
