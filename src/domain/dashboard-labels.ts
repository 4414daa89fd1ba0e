/**
 * How the dashboard's statuses read, on screen, in the printed report and in the CSV. Every status
 * has words; the symbols only help the eye (never colour or a symbol alone).
 */
import type { CertificateStanding, InductionStatus, MatrixStatus } from './dashboard'
import { parseIsoDate } from './iso-date'

export interface StatusDisplay {
  /** A shape that tells the statuses apart at a glance (hidden from screen readers). */
  symbol: string
  text: string
}

export const MATRIX_STATUS_DISPLAY: Readonly<Record<MatrixStatus, StatusDisplay>> = {
  completed: { symbol: '✓', text: 'Completed' },
  'in-progress': { symbol: '◐', text: 'In progress' },
  'not-started': { symbol: '○', text: 'Not started' },
  'not-required': { symbol: '–', text: 'Not required' },
}

export const INDUCTION_STATUS_TEXT: Readonly<Record<InductionStatus, string>> = {
  completed: 'Completed',
  'in-progress': 'In progress',
  'not-started': 'Not started',
}

export const CERTIFICATE_STANDING_TEXT: Readonly<Record<CertificateStanding, string>> = {
  'in-date': 'In date',
  overdue: 'Overdue',
  none: 'No certificate',
}

/** An ISO date or date-time as its calendar day (YYYY-MM-DD), or null. */
export function isoDay(value: string | null): string | null {
  return value === null ? null : value.slice(0, 10)
}

const SHORT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })

/** "2 Mar 2026" for an ISO date or date-time (its calendar day), or "–" for none. */
export function displayDay(value: string | null): string {
  const day = isoDay(value)
  if (day === null) return '–'
  try {
    return SHORT.format(parseIsoDate(day))
  } catch {
    return day
  }
}

/** "85%", or "–" when there is no score yet. */
export function displayScore(score: number | null): string {
  return score === null ? '–' : `${score}%`
}
