import { describe, expect, it } from 'vitest'
import { addWorkingDays, createWorkingDayCalendar, englandAndWales, isBeyondHolidayData } from '../../../src/domain/calendar'

describe('addWorkingDays (England and Wales)', () => {
  it.each([
    // start, days, expected, why
    ['2026-03-02', 1, '2026-03-03', 'Monday + 1 is Tuesday: counting starts the day after'],
    ['2026-03-06', 1, '2026-03-09', 'Friday + 1 skips the weekend'],
    ['2026-03-02', 0, '2026-03-02', 'zero days is the start date itself'],
    ['2026-05-02', 1, '2026-05-05', 'Saturday start: Sunday and the early May bank holiday do not count'],
    ['2026-12-23', 2, '2026-12-29', 'Christmas 2026: 24th counts, 25th, weekend and the 28th substitute Boxing Day do not'],
    ['2026-12-14', 20, '2027-01-14', 'urgent deferral across Christmas and New Year 2026'],
    ['2027-12-23', 1, '2027-12-24', 'Christmas Eve is a working day'],
    ['2027-12-24', 1, '2027-12-29', 'Christmas 2027: both substitute days (27th and 28th) are skipped'],
    ['2026-04-02', 2, '2026-04-08', 'Easter 2026: Good Friday and Easter Monday do not count'],
    ['2025-04-17', 3, '2025-04-24', 'Easter 2025 with the 3-working-day routine letter deadline'],
    ['2026-03-02', 40, '2026-04-29', 'routine deferral: 8 weeks plus Good Friday and Easter Monday'],
  ])('%s + %i working days = %s (%s)', (start, days, expected) => {
    expect(addWorkingDays(start, days)).toBe(expected)
  })

  it('refuses dates that are not real', () => {
    expect(() => addWorkingDays('2026-02-30', 1)).toThrow(/not a real calendar date/)
    expect(() => addWorkingDays('30/01/2026', 1)).toThrow(/YYYY-MM-DD/)
  })

  it('refuses negative or fractional days', () => {
    expect(() => addWorkingDays('2026-03-02', -1)).toThrow(RangeError)
    expect(() => addWorkingDays('2026-03-02', 1.5)).toThrow(RangeError)
  })

  it('knows bank holidays and working days', () => {
    expect(englandAndWales.bankHolidayOn('2026-08-31')).toBe('Summer bank holiday')
    expect(englandAndWales.isWorkingDay('2026-08-31')).toBe(false)
    expect(englandAndWales.isWorkingDay('2026-09-01')).toBe(true)
    expect(englandAndWales.isWorkingDay('2026-09-05')).toBe(false)
  })

  it('tells when a date is beyond the bank-holiday data (2024–2027)', () => {
    expect(englandAndWales.coverage).toEqual({ from: '2024-01-01', to: '2027-12-31' })
    expect(isBeyondHolidayData('2027-12-31')).toBe(false)
    expect(isBeyondHolidayData('2028-01-04')).toBe(true)
    expect(isBeyondHolidayData('2023-12-29')).toBe(true)
  })

  it('uses whatever holiday data it is given', () => {
    const calendar = createWorkingDayCalendar({ division: 'england-and-wales', coversFrom: '2030-01-01', coversTo: '2030-12-31', source: 'test', holidays: [{ date: '2030-06-03', title: 'Test day' }] })
    expect(calendar.addWorkingDays('2030-05-31', 1)).toBe('2030-06-04')
  })
})
