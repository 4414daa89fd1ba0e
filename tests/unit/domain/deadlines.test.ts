import { describe, expect, it } from 'vitest'
import { deadlineForRule, deferralContactBy, referralLetterDeadline } from '../../../src/domain/deadlines'

describe('defer to provider: contact-by date', () => {
  it('2WW: deferral date + 2 working days (over Christmas 2026)', () => {
    expect(deferralContactBy('2026-12-24', '2ww').dueIso).toBe('2026-12-30')
  })
  it('urgent: + 20 working days (over Easter 2026)', () => {
    // 20 working days from Wed 25 March 2026, skipping Good Friday 3 and Easter Monday 6 April.
    expect(deferralContactBy('2026-03-25', 'urgent').dueIso).toBe('2026-04-24')
  })
  it('routine: + 40 working days', () => {
    expect(deferralContactBy('2026-03-02', 'routine')).toEqual({ dueIso: '2026-04-29', rule: 'date of deferral plus 40 working days', beyondHolidayData: false })
  })
  it('warns when the answer runs past the bank-holiday data', () => {
    expect(deferralContactBy('2027-12-20', 'routine').beyondHolidayData).toBe(true)
  })
})

describe('referral letter deadline', () => {
  it('2WW and urgent: 1 day (24 hours), even over a weekend', () => {
    expect(referralLetterDeadline('2026-03-06', '2ww').dueIso).toBe('2026-03-07')
    expect(referralLetterDeadline('2026-12-24', 'urgent')).toMatchObject({ dueIso: '2026-12-25', rule: '1 day (24 hours)' })
  })
  it('routine: 3 working days (over Easter 2025)', () => {
    expect(referralLetterDeadline('2025-04-17', 'routine').dueIso).toBe('2025-04-24')
  })
})

describe('deadlineForRule', () => {
  it.each([
    ['defer-2ww', '2026-12-24', '2026-12-30'],
    ['defer-urgent', '2026-03-25', '2026-04-24'],
    ['defer-routine', '2026-03-02', '2026-04-29'],
    ['letter-urgent', '2026-03-06', '2026-03-07'],
    ['letter-routine', '2025-04-17', '2025-04-24'],
  ] as const)('%s from %s is due %s', (rule, start, due) => {
    expect(deadlineForRule(rule, start).dueIso).toBe(due)
  })
})
