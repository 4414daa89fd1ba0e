/**
 * Date-calculation questions get a fresh start date for every attempt (from the attempt's seed),
 * so learners calculate rather than memorise. Start dates are working days, chosen near the
 * holiday period the question asks for, and always leave the answer inside the bank-holiday data.
 */
import type { DeadlineRule } from '../content/schema'
import { englandAndWales, type WorkingDayCalendar } from './calendar'
import { deadlineForRule } from './deadlines'
import { addCalendarDays } from './iso-date'
import { deriveSeed, pick, seededRandom } from './random'

export type StartNear = 'any' | 'christmas' | 'easter' | 'may' | 'august'

/** Good Friday for the years the holiday data covers, found from the data itself. */
function goodFridays(calendar: WorkingDayCalendar, years: number[]): string[] {
  const out: string[] = []
  for (const y of years)
    for (let d = `${y}-03-20`; d <= `${y}-04-26`; d = addCalendarDays(d, 1))
      if (calendar.bankHolidayOn(d)?.startsWith('Good Friday')) out.push(d)
  return out
}

function windowFor(near: StartNear, year: number, calendar: WorkingDayCalendar): [string, string] | null {
  switch (near) {
    case 'christmas':
      return [`${year}-12-16`, `${year}-12-24`]
    case 'easter': {
      const gf = goodFridays(calendar, [year])[0]
      return gf ? [addCalendarDays(gf, -8), addCalendarDays(gf, -1)] : null
    }
    case 'may':
      return [`${year}-04-27`, `${year}-05-29`]
    case 'august':
      return [`${year}-08-18`, `${year}-08-28`]
    case 'any':
      return [`${year}-01-05`, `${year}-12-18`]
  }
}

/** Working out the candidates walks every day of the holiday data, so each list is kept once made. */
const candidatesByCalendar = new WeakMap<WorkingDayCalendar, Map<string, readonly string[]>>()

export function candidateStartDates(rule: DeadlineRule, near: StartNear, calendar = englandAndWales): readonly string[] {
  let known = candidatesByCalendar.get(calendar)
  if (!known) candidatesByCalendar.set(calendar, (known = new Map()))
  const key = `${rule}|${near}`
  const cached = known.get(key)
  if (cached) return cached
  const dates = Object.freeze(workOutCandidates(rule, near, calendar))
  known.set(key, dates)
  return dates
}

function workOutCandidates(rule: DeadlineRule, near: StartNear, calendar: WorkingDayCalendar): string[] {
  const fromYear = Number(calendar.coverage.from.slice(0, 4))
  const toYear = Number(calendar.coverage.to.slice(0, 4))
  const dates: string[] = []
  for (let year = fromYear; year <= toYear; year++) {
    const window = windowFor(near, year, calendar)
    if (!window) continue
    for (let d = window[0]; d <= window[1]; d = addCalendarDays(d, 1)) {
      if (!calendar.isWorkingDay(d)) continue
      if (deadlineForRule(rule, d, calendar).beyondHolidayData) continue
      dates.push(d)
    }
  }
  return dates
}

export function startDateFor(attemptSeed: number, questionId: string, rule: DeadlineRule, near: StartNear, calendar = englandAndWales): string {
  const candidates = candidateStartDates(rule, near, calendar)
  return pick(candidates, seededRandom(deriveSeed(attemptSeed, questionId)))
}
