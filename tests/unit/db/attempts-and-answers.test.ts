import { describe, expect, it } from 'vitest'
import type { AttemptRecord } from '../../../src/domain/model'
import { AnswersRepository } from '../../../src/db/repositories/answers-repository'
import { AttemptsRepository } from '../../../src/db/repositories/attempts-repository'
import { testDatabase } from './test-db'

const attempt = (id: string, learnerId: string, status: AttemptRecord['status'], startedAt: string): AttemptRecord => ({
  id,
  learnerId,
  kind: 'module-check',
  moduleId: 'm06-slot-issues',
  seed: 1234,
  questionIds: ['m06-q001', 'm06-q002'],
  status,
  currentIndex: 0,
  contentVersion: '1.0.0',
  startedAt,
})

describe('AttemptsRepository', () => {
  it('keeps the seed and draw, finds in-progress attempts and lists by start time', async () => {
    const db = testDatabase()
    const attempts = new AttemptsRepository(db)
    await attempts.add(attempt('b', 'l1', 'submitted', '2026-01-02T00:00:00Z'))
    await attempts.add(attempt('a', 'l1', 'in-progress', '2026-01-01T00:00:00Z'))
    await attempts.add(attempt('c', 'l2', 'in-progress', '2026-01-03T00:00:00Z'))
    expect((await attempts.forLearner('l1')).map((a) => a.id)).toEqual(['a', 'b'])
    expect((await attempts.inProgress('l1')).map((a) => a.id)).toEqual(['a'])
    await attempts.setCurrentIndex('a', 1)
    expect(await attempts.get('a')).toMatchObject({ seed: 1234, questionIds: ['m06-q001', 'm06-q002'], currentIndex: 1 })
  })
})

describe('AnswersRepository', () => {
  it('replaces an answer given again to the same question instead of duplicating it', async () => {
    const answers = new AnswersRepository(testDatabase())
    const base = { attemptId: 'a', learnerId: 'l1', questionId: 'm06-q001', answeredAt: '2026-01-01T00:00:00Z' }
    await answers.save({ ...base, response: 'b', correct: false })
    await answers.save({ ...base, response: 'c', correct: true })
    await answers.save({ ...base, questionId: 'm06-q002', response: true, correct: true })
    const saved = await answers.forAttempt('a')
    expect(saved).toHaveLength(2)
    expect(saved.find((s) => s.questionId === 'm06-q001')).toMatchObject({ id: 'a:m06-q001', response: 'c', correct: true })
  })
})
