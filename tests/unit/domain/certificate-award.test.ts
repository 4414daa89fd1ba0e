import { describe, expect, it } from 'vitest'
import { moduleSchema, type Module, type Role } from '../../../src/content/schema'
import { certificateAwarded, type CertificateAwardInput } from '../../../src/domain/certificate-award'
import type { AttemptRecord, CertificateRecord, LearnerRecord, ModuleProgressRecord } from '../../../src/domain/model'
import { generateVerificationCode } from '../../../src/domain/verification-code'

const mod = (id: string, order: number, roles: Role[]): Module =>
  moduleSchema.parse({
    id,
    order,
    title: `Module ${order}`,
    summary: 'A module for the tests.',
    roles,
    minutes: 5,
    lessons: [{ id: `${id.slice(0, 3)}-l01`, title: 'L', packSections: ['s'], blocks: [{ type: 'paragraph', text: 'Some lesson text here.' }] }],
    facts: [{ id: 'f', kind: 'rule', packSection: 's', statement: 'A fact for the tests.' }],
  })
const m01 = mod('m01-basics', 1, ['admin', 'locum'])
const m02 = mod('m02-worklists', 2, ['admin'])

const learner: LearnerRecord = { id: 'ann', name: 'Ann Example', role: 'admin', practice: 'Test Practice', archived: false, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }
const done = (moduleId: string, lessonId: string): ModuleProgressRecord => ({ id: `ann:${moduleId}`, learnerId: 'ann', moduleId, lessonsRead: [lessonId], checkPassed: true, updatedAt: '2026-03-01T00:00:00Z' })
const attempt = (id: string, kind: AttemptRecord['kind'], score: number, passed: boolean): AttemptRecord => ({
  id, learnerId: 'ann', kind, seed: 1, questionIds: [], status: 'submitted', currentIndex: 0, contentVersion: '1.0.0',
  startedAt: '2026-03-02T09:00:00Z', submittedAt: '2026-03-02T09:30:00Z', score, passed,
})
const induction = (refreshBy: string): CertificateRecord => ({ id: 'c1', learnerId: 'ann', code: 'X', kind: 'induction', issuedAt: '2025-03-01T00:00:00Z', refreshBy, record: {} })

const base: CertificateAwardInput = {
  submitted: attempt('a2', 'final-assessment', 85, true),
  learner,
  modules: [m01, m02],
  mandatoryModules: null,
  progress: [done('m01-basics', 'm01-l01'), done('m02-worklists', 'm02-l01')],
  attempts: [attempt('a1', 'final-assessment', 90, true)],
  certificates: [],
  todayIso: '2026-03-02',
  refreshMonths: 12,
  contentVersion: '1.0.0',
  appVersion: '1.0.0-test',
  code: generateVerificationCode((n) => new Uint8Array(n).fill(7)),
}

describe('certificateAwarded', () => {
  it('gives an induction certificate when every module for the role is complete and an assessment is passed, with the best score', () => {
    const payload = certificateAwarded(base)
    expect(payload).toMatchObject({ kind: 'induction', scorePercent: 90, completed: ['Module 1', 'Module 2'], issuedOn: '2026-03-02', refreshBy: '2027-03-02' })
    expect(payload?.learner).toMatchObject({ id: 'ann', name: 'Ann Example', role: 'admin' })
  })

  it('gives nothing while a module for the role is still open', () => {
    expect(certificateAwarded({ ...base, progress: [done('m01-basics', 'm01-l01')] })).toBeNull()
  })

  it('counts only the practice’s mandatory modules when it sets them', () => {
    expect(certificateAwarded({ ...base, mandatoryModules: ['m01-basics'], progress: [done('m01-basics', 'm01-l01')] })).toMatchObject({ kind: 'induction', completed: ['Module 1'] })
  })

  it('gives nothing for a failed submission, and nothing while an induction certificate is in date', () => {
    expect(certificateAwarded({ ...base, submitted: attempt('a2', 'final-assessment', 50, false), attempts: [] })).toBeNull()
    expect(certificateAwarded({ ...base, certificates: [induction('2026-06-01')] })).toBeNull()
    expect(certificateAwarded({ ...base, certificates: [induction('2026-03-01')] })).toMatchObject({ kind: 'induction' })
  })

  it('gives a locum refresher certificate for each refresher passed, with its own score', () => {
    expect(certificateAwarded({ ...base, submitted: attempt('a3', 'locum-refresher', 80, true), progress: [] })).toMatchObject({ kind: 'locum-refresher', scorePercent: 80 })
  })
})
