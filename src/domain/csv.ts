/**
 * CSV for spreadsheets (RFC 4180): fields with a comma, semicolon, quote, CR or LF are quoted with their
 * quotes doubled, records end in CRLF, and the text starts with a UTF-8 byte order mark, without
 * which Excel reads the file as the PC's legacy code page and turns "Zoë" into "ZoÃ«".
 */

export type CsvCell = string | number | boolean | null | undefined

export const CSV_BOM = '\uFEFF'
const CRLF = '\r\n'

/**
 * Text that a spreadsheet would run as a formula: =, + and - start one, @ starts one in Excel,
 * and tab or CR in front can hide any of these from a quick look. A learner's name or practice
 * is typed by anyone at the shared PC, so "=HYPERLINK(…)" in a name must arrive in the
 * manager's spreadsheet as text. A leading apostrophe makes the spreadsheet show the text as it
 * is (OWASP's advice for CSV injection). Only text is guarded: real numbers (also negative ones)
 * are written as numbers and never run.
 */
const FORMULA_START = /^[=+\-@\t\r]/

function textField(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text
  // A semicolon is quoted too: where it is the list separator (much of Europe), an unquoted
  // "Ann;=HYPERLINK(…)" would split into a second cell that starts a formula.
  return /[",;\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** Plain digits, never "1e+21", and no "-0". */
function numberField(value: number): string {
  if (!Number.isFinite(value)) return ''
  if (Object.is(value, -0)) return '0'
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
}

function field(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return numberField(value)
  // Words, not TRUE/FALSE: this is read by people, and Excel would otherwise turn it into a logical value.
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  return textField(value)
}

/**
 * The whole file as text: BOM, a header record, one record per row, each ending in CRLF.
 * Every row must have one value per header (a RangeError otherwise), so columns cannot slip.
 * Dates are best passed as ISO strings (2026-03-01), which every spreadsheet reads the same way.
 */
export function toCsv(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  const lines = [headers.map(textField).join(',')]
  rows.forEach((row, index) => {
    if (row.length !== headers.length) throw new RangeError(`CSV row ${index + 1} has ${row.length} values for ${headers.length} columns`)
    lines.push(row.map(field).join(','))
  })
  return CSV_BOM + lines.map((line) => line + CRLF).join('')
}

/** The file's bytes (UTF-8; the BOM in the text becomes EF BB BF) for saving. */
export function csvBytes(csv: string): Uint8Array {
  return new TextEncoder().encode(csv)
}
