import { describe, expect, it } from 'vitest'
import {
  formatNhsNumber,
  formatUbrn,
  isValidNhsNumber,
  nhsCheckDigit,
  syntheticNhsNumber,
  syntheticUbrn,
} from '../../../src/domain/nhs-number'
import { seededRandom } from '../../../src/domain/random'

describe('syntheticNhsNumber', () => {
  it('makes 1,000 numbers that are all valid and all in the 999 test range', () => {
    const random = seededRandom(20251001)
    const numbers = Array.from({ length: 1000 }, () => syntheticNhsNumber(random))
    for (const n of numbers) {
      expect(n).toMatch(/^999\d{7}$/)
      expect(isValidNhsNumber(n), n).toBe(true)
    }
    // Not one number over and over.
    expect(new Set(numbers).size).toBeGreaterThan(990)
  })

  it('is repeatable from the same seed', () => {
    const a = seededRandom(7)
    const b = seededRandom(7)
    expect([syntheticNhsNumber(a), syntheticNhsNumber(a)]).toEqual([syntheticNhsNumber(b), syntheticNhsNumber(b)])
  })

  it('draws again when the digits have no valid check digit', () => {
    // 999000000 has a remainder that gives 10, so it can never be valid.
    expect(nhsCheckDigit('999000000')).toBeNull()
    const draws = [...Array<number>(6).fill(0), ...Array<number>(6).fill(0.15)]
    let i = 0
    const n = syntheticNhsNumber(() => draws[i++] ?? 0.15)
    expect(n.startsWith('999111111')).toBe(true)
    expect(isValidNhsNumber(n)).toBe(true)
  })

  it('gives up rather than hang on a source that never varies', () => {
    expect(() => syntheticNhsNumber(() => 0)).toThrow(/not random/)
  })
})

describe('nhsCheckDigit', () => {
  it('agrees with the published example 943 476 5919', () => {
    expect(nhsCheckDigit('943476591')).toBe(9)
    expect(isValidNhsNumber('9434765919')).toBe(true)
  })
  it('turns 11 into 0', () => {
    // 999999999: total = 9 × (10+9+…+2) = 486; 486 mod 11 = 2; 11 − 2 = 9.
    expect(nhsCheckDigit('999999999')).toBe(9)
    const zero = Array.from({ length: 1000 }, (_, k) => `999${String(k).padStart(6, '0')}`).find((d) => nhsCheckDigit(d) === 0)
    expect(zero).toBeDefined()
    expect(isValidNhsNumber(`${zero}0`)).toBe(true)
  })
  it('refuses anything but nine digits', () => {
    expect(() => nhsCheckDigit('12345')).toThrow(RangeError)
  })
})

describe('formatting', () => {
  it('spaces an NHS number 3 3 4', () => {
    expect(formatNhsNumber('9995034778')).toBe('999 503 4778')
    expect(formatNhsNumber('999 503 4778')).toBe('999 503 4778')
    expect(formatNhsNumber('12345')).toBe('12345')
  })
  it('spaces a UBRN 4 4 4', () => {
    expect(formatUbrn('482913075561')).toBe('4829 1307 5561')
    expect(formatUbrn('4829 1307 5561')).toBe('4829 1307 5561')
    expect(formatUbrn('123')).toBe('123')
  })
})

describe('syntheticUbrn', () => {
  it('makes 12-digit numbers that never start with 0', () => {
    const random = seededRandom(99)
    for (let i = 0; i < 1000; i++) expect(syntheticUbrn(random)).toMatch(/^[1-9]\d{11}$/)
    expect(syntheticUbrn(() => 0)).toBe('100000000000')
    expect(syntheticUbrn(() => 0.999999)).toBe('999999999999')
  })
})
