import { describe, expect, it } from 'vitest'
import { englandAndWales } from '../../../src/domain/calendar'
import { bankHolidaysSkipped, isoToParts, readDateEntry } from '../../../src/domain/date-entry'

describe('readDateEntry (NHS day, month, year boxes)', () => {
  it('reads a real date', () => {
    expect(readDateEntry({ day: '24', month: '12', year: '2026' }, 'Date of deferral')).toEqual({ ok: true, iso: '2026-12-24' })
  })
  it.each([
    [{ day: '', month: '', year: '' }, 'Enter the date of deferral', ['day', 'month', 'year']],
    [{ day: '24', month: '', year: '' }, 'Date of deferral must include a month and year', ['month', 'year']],
    [{ day: '31', month: '2', year: '2026' }, 'Date of deferral must be a real date', ['day', 'month']],
    [{ day: '1', month: '13', year: '2026' }, 'Date of deferral must be a real date', ['month']],
    [{ day: '1', month: '1', year: '26' }, 'Year must include 4 numbers', ['year']],
    [{ day: 'x', month: '1', year: '2026' }, 'Date of deferral must be a real date', ['day']],
  ])('explains %j', (parts, message, fields) => {
    expect(readDateEntry(parts, 'Date of deferral')).toEqual({ ok: false, message, parts: fields })
  })
  it('round-trips ISO dates into boxes', () => {
    expect(isoToParts('2026-03-05')).toEqual({ day: '5', month: '3', year: '2026' })
  })
})

describe('bankHolidaysSkipped', () => {
  it('lists the holidays a count stepped over', () => {
    expect(bankHolidaysSkipped(englandAndWales, '2026-12-24', '2026-12-30').map((h) => h.iso)).toEqual(['2026-12-25', '2026-12-28'])
  })
})
