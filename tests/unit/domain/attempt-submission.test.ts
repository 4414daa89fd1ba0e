import { describe, expect, it } from 'vitest'
import { planSubmission } from '../../../src/domain/attempt-submission'
import type { AttemptRecord, ModuleProgressRecord } from '../../../src/domain/model'
import { moduleStanding, modulesForRole } from '../../../src/domain/module-progress'
import { moduleSchema, type Module } from '../../../src/content/schema'

const attempt: Pick<AttemptRecord, 'id' | 'learnerId' | 'kind' | 'moduleId' | 'questionIds'> = { id: 'a1', learnerId: 'l1', kind: 'module-check', moduleId: 'm06-slot-issues', questionIds: ['q1', 'q2', 'q3', 'q4', 'q5'] }
const progress: ModuleProgressRecord = { id: 'l1:m06-slot-issues', learnerId: 'l1', moduleId: 'm06-slot-issues', lessonsRead: ['m06-l01', 'm06-l02'], checkPassed: false, updatedAt: '2026-01-01T00:00:00Z' }
const base = { attempt, passMarkPercent: 80, progress, lessonsTotal: ['m06-l01', 'm06-l02'], existingReviews: new Map(), todayIso: '2026-11-25', nowIso: '2026-11-25T10:00:00.000Z' }
const results = (...right: boolean[]) => new Map(right.map((r, i) => [`q${i + 1}`, r]))

describe('planSubmission', () => {
  it('a pass with every lesson read completes the module', () => {
    const plan = planSubmission({ ...base, correctById: results(true, true, true, true, false) })
    expect(plan.score).toEqual({ correct: 4, total: 5, percent: 80, passed: true })
    expect(plan.progress).toMatchObject({ checkPassed: true, bestScore: 80, completedAt: '2026-11-25T10:00:00.000Z' })
  })

  it('a pass with lessons unread passes the check but does not complete the module yet', () => {
    const plan = planSubmission({ ...base, lessonsTotal: ['m06-l01', 'm06-l02', 'm06-l03'], correctById: results(true, true, true, true, true) })
    expect(plan.progress?.checkPassed).toBe(true)
    expect(plan.progress?.completedAt).toBeUndefined()
  })

  it('a fail after an earlier pass keeps the pass and the best score', () => {
    const plan = planSubmission({ ...base, progress: { ...progress, checkPassed: true, bestScore: 90 }, correctById: results(true) })
    expect(plan.score.passed).toBe(false)
    expect(plan.progress).toMatchObject({ checkPassed: true, bestScore: 90 })
  })

  it('wrong answers go into practice, due tomorrow; right ones already in practice move up a box', () => {
    const existing = new Map([['q2', { id: 'l1:q2', learnerId: 'l1', questionId: 'q2', box: 1, due: '2026-11-20' }]])
    const plan = planSubmission({ ...base, existingReviews: existing, correctById: results(false, true, true, true, true) })
    expect(plan.reviewPuts).toEqual([
      expect.objectContaining({ questionId: 'q1', box: 1, due: '2026-11-26' }),
      expect.objectContaining({ questionId: 'q2', box: 2, due: '2026-11-27' }),
    ])
  })

  it('practice attempts leave practice items alone (each answer already updated them)', () => {
    const plan = planSubmission({ ...base, attempt: { ...attempt, kind: 'practice' }, correctById: results(false) })
    expect(plan.reviewPuts).toEqual([])
    expect(plan.progress).toBeUndefined()
  })
})

const mod = (id: string, roles: string[], lessons = 2): Module =>
  moduleSchema.parse({
    id, order: 1, title: 'T', summary: 'A module for the tests.', roles, minutes: 5,
    lessons: Array.from({ length: lessons }, (_, i) => ({ id: `${id.slice(0, 3)}-l0${i + 1}`, title: 'L', packSections: ['s'], blocks: [{ type: 'paragraph', text: 'Some lesson text here.' }] })),
    facts: [{ id: 'f', kind: 'rule', packSection: 's', statement: 'A fact for the tests.' }],
  })

describe('module standing', () => {
  const m = mod('m01-a', ['admin'])
  it('is not started with nothing done', () => {
    expect(moduleStanding(m, undefined)).toMatchObject({ status: 'not-started', percent: 0 })
  })
  it('counts lessons read and the check', () => {
    expect(moduleStanding(m, { lessonsRead: ['m01-l01'], checkPassed: false })).toMatchObject({ status: 'in-progress', percent: 33 })
    expect(moduleStanding(m, { lessonsRead: ['m01-l01', 'm01-l02'], checkPassed: true })).toMatchObject({ status: 'completed', percent: 100 })
  })
  it('ignores lessons that are no longer in the module', () => {
    expect(moduleStanding(m, { lessonsRead: ['m01-l09'], checkPassed: false }).lessonsRead).toBe(0)
  })
  it('picks modules for a role, or the practice’s mandatory list', () => {
    const all = [mod('m01-a', ['admin']), mod('m02-b', ['clinician']), mod('m03-c', ['admin', 'clinician'])]
    expect(modulesForRole(all, 'admin', null).map((x) => x.id)).toEqual(['m01-a', 'm03-c'])
    expect(modulesForRole(all, 'admin', ['m02-b']).map((x) => x.id)).toEqual(['m02-b'])
  })
})
