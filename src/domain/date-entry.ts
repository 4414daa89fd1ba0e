/**
 * Dates on the Reference screen's deadline calculator: reading the NHS date input (day, month,
 * year boxes) into an ISO date with the NHS design system's error messages, listing the bank
 * holidays a working-day count skipped, and a short date format.
 */
import type { WorkingDayCalendar } from './calendar'
import { addCalendarDays, parseIsoDate } from './iso-date'

export type DatePart = 'day' | 'month' | 'year'
export type DateParts = Record<DatePart, string>

export type DateEntry = { ok: true; iso: string } | { ok: false; message: string; parts: DatePart[] }

const PARTS: readonly DatePart[] = ['day', 'month', 'year']

function joinWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`
}

/**
 * @param label How the date is named in messages, in sentence case: "Date of deferral".
 */
export function readDateEntry(parts: DateParts, label: string): DateEntry {
  const value = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() }
  const missing = PARTS.filter((p) => value[p] === '')
  if (missing.length === 3) return { ok: false, message: `Enter the ${label.charAt(0).toLowerCase()}${label.slice(1)}`, parts: [...PARTS] }
  if (missing.length) return { ok: false, message: `${label} must include a ${joinWords(missing)}`, parts: missing }
  const notNumbers = PARTS.filter((p) => !/^\d+$/.test(value[p]))
  if (notNumbers.length) return { ok: false, message: `${label} must be a real date`, parts: notNumbers }
  if (value.year.length !== 4) return { ok: false, message: 'Year must include 4 numbers', parts: ['year'] }
  const day = Number(value.day)
  const month = Number(value.month)
  if (month < 1 || month > 12) return { ok: false, message: `${label} must be a real date`, parts: ['month'] }
  if (day < 1 || day > 31) return { ok: false, message: `${label} must be a real date`, parts: ['day'] }
  const iso = `${value.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  try {
    parseIsoDate(iso)
  } catch {
    return { ok: false, message: `${label} must be a real date`, parts: ['day', 'month'] }
  }
  return { ok: true, iso }
}

/** "2026-12-24" → { day: "24", month: "12", year: "2026" } */
export function isoToParts(iso: string): DateParts {
  const [year = '', month = '', day = ''] = iso.split('-')
  return { day: String(Number(day)), month: String(Number(month)), year }
}

/** The bank holidays after `startIso`, up to and including `dueIso`, that a working-day count skipped. */
export function bankHolidaysSkipped(calendar: WorkingDayCalendar, startIso: string, dueIso: string): Array<{ iso: string; title: string }> {
  const skipped: Array<{ iso: string; title: string }> = []
  for (let d = addCalendarDays(startIso, 1); d <= dueIso; d = addCalendarDays(d, 1)) {
    const title = calendar.bankHolidayOn(d)
    if (title) skipped.push({ iso: d, title })
  }
  return skipped
}

const DAY_MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
/** "31 December 2027" */
export function formatDayMonthYear(iso: string): string {
  return DAY_MONTH_YEAR.format(parseIsoDate(iso))
}
