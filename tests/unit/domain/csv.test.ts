import { describe, expect, it } from 'vitest'
import { CSV_BOM, csvBytes, toCsv } from '../../../src/domain/csv'

/** The records of a CSV text, without the BOM or the final line ending. */
const body = (csv: string): string => csv.slice(CSV_BOM.length, -2)

describe('toCsv', () => {
  it('writes a header and rows with CRLF endings and one leading BOM', () => {
    const csv = toCsv(['Name', 'Score'], [['Ann', 90]])
    expect(csv).toBe('\uFEFFName,Score\r\nAnn,90\r\n')
    expect(csv.split('\uFEFF')).toHaveLength(2)
    expect(csv.startsWith(CSV_BOM)).toBe(true)
  })
  it('encodes the BOM once, as the first three bytes', () => {
    const bytes = csvBytes(toCsv(['Name'], [['Ann'], ['Bob']]))
    expect(bytes.slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
    expect(bytes[3]).toBe(0x4e) // N
    expect([...bytes].filter((b) => b === 0xef)).toHaveLength(1)
  })
  it('quotes fields with commas', () => {
    expect(body(toCsv(['Practice'], [['Smith, Jones & Partners']]))).toBe('Practice\r\n"Smith, Jones & Partners"')
  })
  it('doubles quotes inside quoted fields', () => {
    expect(body(toCsv(['Name'], [['Anne "Nan" Lee']]))).toBe('Name\r\n"Anne ""Nan"" Lee"')
    expect(body(toCsv(['Name'], [['"']]))).toBe('Name\r\n""""')
  })
  it('quotes fields with line breaks, keeping them as they are', () => {
    expect(body(toCsv(['Note'], [['line one\nline two'], ['a\r\nb']]))).toBe('Note\r\n"line one\nline two"\r\n"a\r\nb"')
  })
  it('leaves plain fields unquoted', () => {
    expect(body(toCsv(['A', 'B'], [['plain text', "O'Brien"]]))).toBe("A,B\r\nplain text,O'Brien")
  })
  it('keeps non-ASCII names intact, and encodes them as UTF-8', () => {
    const csv = toCsv(['Name'], [['Łucja'], ['Zoë'], ['李']])
    expect(body(csv)).toBe('Name\r\nŁucja\r\nZoë\r\n李')
    const bytes = csvBytes(csv)
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(csv)
    // Ł is C5 81, ë is C3 AB, 李 is E6 9D 8E in UTF-8.
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ')
    expect(hex).toContain('c5 81 75 63 6a 61')
    expect(hex).toContain('5a 6f c3 ab')
    expect(hex).toContain('e6 9d 8e')
  })
  it('quotes a field with a semicolon, so a semicolon-separated spreadsheet cannot split off a formula', () => {
    expect(body(toCsv(['Name'], [['Ann;=HYPERLINK("http://x")']])).split('\r\n')[1]).toBe('"Ann;=HYPERLINK(""http://x"")"')
  })
  it('guards against formula injection in text', () => {
    const attacks = ['=HYPERLINK("http://x","click")', '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1+1', '\r=1+1']
    const csv = toCsv(
      ['Name'],
      attacks.map((a) => [a]),
    )
    expect(body(csv).split('\r\n').slice(1, 5)).toEqual(['"\'=HYPERLINK(""http://x"",""click"")"', "'+1+1", "'-2+3", "'@SUM(A1:A2)"])
    expect(csv).toContain("\r\n'\t=1+1\r\n")
    expect(csv).toContain('\r\n"\'\r=1+1"\r\n')
  })
  it('guards header text the same way', () => {
    expect(body(toCsv(['=cmd'], []))).toBe("'=cmd")
  })
  it('does not touch text that only contains those characters later', () => {
    expect(body(toCsv(['Name'], [['Smith-Jones'], ['a=b'], ['x@nhs.net']]))).toBe('Name\r\nSmith-Jones\r\na=b\r\nx@nhs.net')
  })
  it('writes numbers as plain digits, negative numbers as numbers', () => {
    expect(body(toCsv(['n'], [[90], [0], [-5], [12.5], [1e21], [-0], [Number.NaN], [Number.POSITIVE_INFINITY]]))).toBe(
      'n\r\n90\r\n0\r\n-5\r\n12.5\r\n1000000000000000000000\r\n0\r\n\r\n',
    )
  })
  it('writes null and undefined as empty, booleans as Yes and No', () => {
    expect(body(toCsv(['a', 'b', 'c', 'd'], [[null, undefined, true, false]]))).toBe('a,b,c,d\r\n,,Yes,No')
  })
  it('passes ISO dates and times through unchanged', () => {
    expect(body(toCsv(['Refresh by', 'Submitted'], [['2027-03-01', '2026-03-02T09:15:00.000Z']]))).toBe(
      'Refresh by,Submitted\r\n2027-03-01,2026-03-02T09:15:00.000Z',
    )
  })
  it('refuses a row with the wrong number of values', () => {
    expect(() => toCsv(['a', 'b'], [['1', '2'], ['3']])).toThrow(/row 2 has 1 values for 2 columns/)
  })
  it('writes only a header for no rows', () => {
    expect(toCsv(['Name', 'Role'], [])).toBe('\uFEFFName,Role\r\n')
  })
})
