/** Calendar dates as ISO strings (YYYY-MM-DD), handled in UTC so no time zone can shift a day. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export function parseIsoDate(iso: string): Date {
  const m = ISO_DATE.exec(iso)
  if (!m) throw new RangeError(`"${iso}" is not a date in the form YYYY-MM-DD`)
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  if (toIsoDate(date) !== iso) throw new RangeError(`"${iso}" is not a real calendar date`)
  return date
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10)
}

export function addCalendarDays(iso: string, days: number): string {
  const d = parseIsoDate(iso)
  d.setUTCDate(d.getUTCDate() + days)
  return toIsoDate(d)
}

export function isWeekend(iso: string): boolean {
  const day = parseIsoDate(iso).getUTCDay()
  return day === 0 || day === 6
}

/** Today's date where the learner is (local time), as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const y = now.getFullYear()
  const m = String(now.getMonth() + 1).padStart(2, '0')
  const d = String(now.getDate()).padStart(2, '0')
  return `${y}-${m}-${d}`
}

// Built on first use: creating a DateTimeFormat costs 10–20 ms, too much to spend at start-up.
let longFormat: Intl.DateTimeFormat | null = null
/** "Friday 24 December 2027" */
export function formatLongDate(iso: string): string {
  longFormat ??= new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
  return longFormat.format(parseIsoDate(iso)).replace(',', '')
}
