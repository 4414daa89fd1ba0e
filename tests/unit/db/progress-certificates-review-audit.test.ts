import { describe, expect, it } from 'vitest'
import { AuditRepository } from '../../../src/db/repositories/audit-repository'
import { CertificatesRepository } from '../../../src/db/repositories/certificates-repository'
import { ProgressRepository } from '../../../src/db/repositories/progress-repository'
import { ReviewRepository } from '../../../src/db/repositories/review-repository'
import { testDatabase } from './test-db'

describe('ProgressRepository', () => {
  it('records each lesson read once', async () => {
    const progress = new ProgressRepository(testDatabase(), () => new Date('2026-02-01T10:00:00Z'))
    await progress.markLessonRead('l1', 'm01-smartcards', 'm01-l01')
    await progress.markLessonRead('l1', 'm01-smartcards', 'm01-l01')
    const record = await progress.markLessonRead('l1', 'm01-smartcards', 'm01-l02')
    expect(record.lessonsRead).toEqual(['m01-l01', 'm01-l02'])
    expect(record.checkPassed).toBe(false)
    expect(await progress.forLearner('l1')).toHaveLength(1)
    expect(await progress.get('l2', 'm01-smartcards')).toBeUndefined()
  })
})

describe('CertificatesRepository', () => {
  it('finds a certificate by its code and refuses a second one with the same code', async () => {
    const certificates = new CertificatesRepository(testDatabase())
    const cert = { id: 'c1', learnerId: 'l1', code: 'ABCD-EFGH-JKMN', kind: 'induction' as const, issuedAt: '2026-01-01', refreshBy: '2027-01-01', record: {} }
    await certificates.add(cert)
    expect(await certificates.byCode('ABCD-EFGH-JKMN')).toEqual(cert)
    expect(await certificates.byCode('NOPE')).toBeUndefined()
    await expect(certificates.add({ ...cert, id: 'c2' })).rejects.toThrow()
    expect(await certificates.forLearner('l1')).toHaveLength(1)
  })
})

describe('ReviewRepository', () => {
  it('keeps each learner’s items apart, one per question', async () => {
    const review = new ReviewRepository(testDatabase())
    await review.put({ id: 'l1:q1', learnerId: 'l1', questionId: 'q1', box: 1, due: '2026-03-01' })
    await review.put({ id: 'l1:q2', learnerId: 'l1', questionId: 'q2', box: 2, due: '2026-03-05' })
    await review.put({ id: 'l2:q1', learnerId: 'l2', questionId: 'q1', box: 1, due: '2026-03-01' })
    expect((await review.forLearner('l1')).map((r) => r.questionId).sort()).toEqual(['q1', 'q2'])
    expect(await review.get('l1', 'q2')).toMatchObject({ box: 2 })
  })
})

describe('AuditRepository', () => {
  it('lists entries newest first', async () => {
    let minute = 0
    const audit = new AuditRepository(testDatabase(), () => new Date(Date.UTC(2026, 0, 1, 9, minute++)))
    await audit.record('manager', 'import', 'passport for Sam')
    await audit.record('manager', 'settings', 'pass mark 85%')
    expect((await audit.recent()).map((e) => e.action)).toEqual(['settings', 'import'])
  })
})
