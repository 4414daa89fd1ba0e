/**
 * The pack's deadlines, built on working days.
 * - Deferring to the provider (Appointment slot issues): the patient should hear from the provider
 *   by the deferral date plus 2 working days (2WW), 20 (urgent) or 40 (routine).
 * - Attaching the referral letter (Attaching referral letters): 1 day (24 hours) for 2WW and urgent,
 *   3 working days for routine.
 */
import type { DeadlineRule } from '../content/schema'
import { englandAndWales, type WorkingDayCalendar } from './calendar'
import { addCalendarDays } from './iso-date'

export type Priority = '2ww' | 'urgent' | 'routine'

export const DEFERRAL_WORKING_DAYS: Readonly<Record<Priority, number>> = { '2ww': 2, urgent: 20, routine: 40 }
export const ROUTINE_LETTER_WORKING_DAYS = 3

export interface Deadline {
  dueIso: string
  /** How the due date was counted, in words a learner can check. */
  rule: string
  /** The start or due date is outside the bank-holiday data: the date may be wrong. */
  beyondHolidayData: boolean
}

function deadline(calendar: WorkingDayCalendar, startIso: string, dueIso: string, rule: string): Deadline {
  return { dueIso, rule, beyondHolidayData: calendar.isBeyondHolidayData(startIso) || calendar.isBeyondHolidayData(dueIso) }
}

export function deferralContactBy(deferralIso: string, priority: Priority, calendar = englandAndWales): Deadline {
  const days = DEFERRAL_WORKING_DAYS[priority]
  return deadline(calendar, deferralIso, calendar.addWorkingDays(deferralIso, days), `date of deferral plus ${days} working days`)
}

export function referralLetterDeadline(referralIso: string, priority: Priority, calendar = englandAndWales): Deadline {
  if (priority === 'routine')
    return deadline(calendar, referralIso, calendar.addWorkingDays(referralIso, ROUTINE_LETTER_WORKING_DAYS), '3 working days')
  // "1 day (24 hours)": clock time, so weekends and bank holidays do not stretch it.
  return deadline(calendar, referralIso, addCalendarDays(referralIso, 1), '1 day (24 hours)')
}

export function deadlineForRule(rule: DeadlineRule, startIso: string, calendar = englandAndWales): Deadline {
  switch (rule) {
    case 'defer-2ww':
      return deferralContactBy(startIso, '2ww', calendar)
    case 'defer-urgent':
      return deferralContactBy(startIso, 'urgent', calendar)
    case 'defer-routine':
      return deferralContactBy(startIso, 'routine', calendar)
    case 'letter-urgent':
      return referralLetterDeadline(startIso, 'urgent', calendar)
    case 'letter-routine':
      return referralLetterDeadline(startIso, 'routine', calendar)
  }
}
