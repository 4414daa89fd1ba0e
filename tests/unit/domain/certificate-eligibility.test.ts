import { describe, expect, it } from 'vitest'
import { certificateDue, type EligibilityInput } from '../../../src/domain/certificate-eligibility'

const base: EligibilityInput = {
  submitted: { kind: 'final-assessment', passed: true, score: 88 },
  requiredModules: ['m01', 'm02'],
  completedModules: new Set(['m01', 'm02']),
  bestPassedAssessmentScore: 88,
  inductionRefreshBy: [],
  todayIso: '2026-11-25',
}

describe('certificateDue', () => {
  it('induction: all modules complete and the assessment passed', () => {
    expect(certificateDue(base)).toEqual({ kind: 'induction', score: 88 })
  })
  it('induction, other order: the last module completed after passing the assessment', () => {
    expect(certificateDue({ ...base, submitted: { kind: 'module-check', passed: true, score: 100 }, bestPassedAssessmentScore: 81 })).toEqual({ kind: 'induction', score: 81 })
  })
  it('not while a module is unfinished', () => {
    expect(certificateDue({ ...base, completedModules: new Set(['m01']) })).toBeNull()
  })
  it('not before the assessment is passed', () => {
    expect(certificateDue({ ...base, submitted: { kind: 'module-check', passed: true, score: 100 }, bestPassedAssessmentScore: null })).toBeNull()
  })
  it('not for a failed attempt', () => {
    expect(certificateDue({ ...base, submitted: { kind: 'final-assessment', passed: false, score: 50 } })).toBeNull()
  })
  it('not twice while the first is in date, but again once it has lapsed', () => {
    expect(certificateDue({ ...base, inductionRefreshBy: ['2027-11-25'] })).toBeNull()
    expect(certificateDue({ ...base, inductionRefreshBy: ['2026-11-24'] })).toEqual({ kind: 'induction', score: 88 })
  })
  it('locum refresher: each pass earns one', () => {
    expect(certificateDue({ ...base, submitted: { kind: 'locum-refresher', passed: true, score: 90 } })).toEqual({ kind: 'locum-refresher', score: 90 })
    expect(certificateDue({ ...base, submitted: { kind: 'locum-refresher', passed: false, score: 60 } })).toBeNull()
  })
  it('practice and scenarios never earn one', () => {
    expect(certificateDue({ ...base, submitted: { kind: 'practice', passed: true, score: 100 } })).toBeNull()
  })
})
