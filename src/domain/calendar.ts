/**
 * Working days in England and Wales: weekends and bank holidays do not count. Written by hand
 * because general date libraries do not know UK bank holidays or the pack's counting rule.
 * The rule: count forward from the day after the start date.
 */
import bankHolidaysData from '../../content/reference/bank-holidays.yaml'
import { bankHolidaysSchema, type BankHolidays } from '../content/schema'
import { addCalendarDays, isWeekend, parseIsoDate } from './iso-date'

export interface WorkingDayCalendar {
  addWorkingDays(startIso: string, days: number): string
  isWorkingDay(iso: string): boolean
  bankHolidayOn(iso: string): string | null
  /** True when a date falls outside the bank-holiday data, so working days there may be wrong. */
  isBeyondHolidayData(iso: string): boolean
  coverage: { from: string; to: string }
}

export function createWorkingDayCalendar(data: BankHolidays): WorkingDayCalendar {
  const holidays = new Map(data.holidays.map((h) => [h.date, h.title]))
  const calendar: WorkingDayCalendar = {
    coverage: { from: data.coversFrom, to: data.coversTo },
    bankHolidayOn: (iso) => holidays.get(iso) ?? null,
    isWorkingDay: (iso) => !isWeekend(iso) && !holidays.has(iso),
    isBeyondHolidayData: (iso) => {
      parseIsoDate(iso)
      return iso < data.coversFrom || iso > data.coversTo
    },
    addWorkingDays(startIso, days) {
      parseIsoDate(startIso)
      if (!Number.isInteger(days) || days < 0) throw new RangeError(`working days must be a whole number of 0 or more, not ${days}`)
      let date = startIso
      let counted = 0
      while (counted < days) {
        date = addCalendarDays(date, 1)
        if (calendar.isWorkingDay(date)) counted++
      }
      return date
    },
  }
  return calendar
}

/** England and Wales bank holidays as shipped in content/reference/bank-holidays.yaml. */
export const englandAndWales: WorkingDayCalendar = createWorkingDayCalendar(bankHolidaysSchema.parse(bankHolidaysData))

export function addWorkingDays(startIso: string, days: number): string {
  return englandAndWales.addWorkingDays(startIso, days)
}

export function isBeyondHolidayData(iso: string): boolean {
  return englandAndWales.isBeyondHolidayData(iso)
}
