import { describe, expect, it } from 'vitest'
import { seededRandom } from '../../../src/domain/random'
import {
  CROCKFORD_CHECK_SYMBOLS,
  CROCKFORD_SYMBOLS,
  crockfordCheckSymbol,
  generateVerificationCode,
  isValidVerificationCode,
  normaliseVerificationCode,
  platformRandomBytes,
} from '../../../src/domain/verification-code'

/** Bytes from a seeded generator, so "random" codes are the same every run. */
const seededBytes = (seed: number) => {
  const random = seededRandom(seed)
  return (n: number) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256))
}
const GROUPED = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z*~$=U]$/

describe('crockfordCheckSymbol (value of the data symbols mod 37)', () => {
  it.each([
    // 0 mod 37 = 0 → "0"
    ['000000000000', '0'],
    // 1 → "1"
    ['000000000001', '1'],
    // Z is 31; 31 mod 37 = 31 → the last data symbol, "Z"
    ['00000000000Z', 'Z'],
    // "10" is 1 × 32 = 32 → the first check-only symbol, "*"
    ['000000000010', '*'],
    // "15" is 32 + 5 = 37 → 0 → "0"
    ['000000000015', '0'],
    // "14" is 32 + 4 = 36 → the last check symbol, "U"
    ['000000000014', 'U'],
    // "100" is 32² = 1024 = 27 × 37 + 25 → symbol 25, "S" (0–9, A B C D E F G H J K M N P Q R S)
    ['000000000100', 'S'],
    // 32 ≡ −5 (mod 37), so 32¹² ≡ 5¹²; 5⁴ = 625 ≡ −4, 5⁸ ≡ 16, 5¹² ≡ −64 ≡ 10; 32¹² − 1 ≡ 9 → "9"
    ['ZZZZZZZZZZZZ', '9'],
    // Horner, r = (32r + d) mod 37 over 0 1 2 … 9 A(10) B(11):
    // 0, 1, 34, 18, 25, 28, 14, 11, 27, 22, 11, 30 → symbol 30, "Y"
    ['0123456789AB', 'Y'],
  ])('%s → %s', (data, check) => {
    expect(crockfordCheckSymbol(data)).toBe(check)
  })

  it('refuses symbols outside the alphabet', () => {
    expect(() => crockfordCheckSymbol('00000000000U')).toThrow(RangeError)
  })
})

describe('generateVerificationCode', () => {
  it('turns 12 bytes into 12 symbols (low 5 bits each) and adds the check symbol, grouped 4-4-4-1', () => {
    expect(generateVerificationCode((n) => Uint8Array.from({ length: n }, (_, i) => i))).toBe('0123-4567-89AB-Y')
    // High bits are ignored: 0xE0 | i gives the same symbols.
    expect(generateVerificationCode((n) => Uint8Array.from({ length: n }, (_, i) => 0xe0 | i))).toBe('0123-4567-89AB-Y')
  })

  it('makes valid, well-spread codes', () => {
    const next = seededBytes(2025)
    const codes = Array.from({ length: 2000 }, () => generateVerificationCode(next))
    for (const code of codes) {
      expect(code).toMatch(GROUPED)
      expect(isValidVerificationCode(code), code).toBe(true)
    }
    expect(new Set(codes).size).toBe(codes.length)
    // Every data symbol turns up.
    const used = new Set(codes.flatMap((code) => [...code.replace(/-/g, '').slice(0, 12)]))
    expect(used.size).toBe(32)
  })

  it('works with the platform source of randomness', () => {
    expect(isValidVerificationCode(generateVerificationCode(platformRandomBytes))).toBe(true)
  })

  it('refuses a source that gives too few bytes', () => {
    expect(() => generateVerificationCode(() => new Uint8Array(4))).toThrow(RangeError)
  })
})

describe('isValidVerificationCode catches mistakes', () => {
  const next = seededBytes(41)
  const codes = Array.from({ length: 40 }, () => generateVerificationCode(next))

  it('catches every single changed character, in the data and in the check symbol', () => {
    for (const code of codes) {
      const compact = code.replace(/-/g, '')
      for (let position = 0; position < compact.length; position++) {
        const alphabet = position < 12 ? CROCKFORD_SYMBOLS : CROCKFORD_CHECK_SYMBOLS
        for (const replacement of alphabet) {
          if (replacement === compact[position]) continue
          const changed = compact.slice(0, position) + replacement + compact.slice(position + 1)
          expect(isValidVerificationCode(changed), `${code} → ${changed}`).toBe(false)
        }
      }
    }
  })

  it('catches every swap of two neighbouring characters (including the check symbol)', () => {
    let swapsTried = 0
    for (const code of codes) {
      const compact = code.replace(/-/g, '')
      for (let position = 0; position + 1 < compact.length; position++) {
        if (compact[position] === compact[position + 1]) continue
        const chars = [...compact]
        ;[chars[position], chars[position + 1]] = [chars[position + 1] as string, chars[position] as string]
        expect(isValidVerificationCode(chars.join('')), `${code} → ${chars.join('')}`).toBe(false)
        swapsTried++
      }
    }
    expect(swapsTried).toBeGreaterThan(400)
  })
})

describe('normaliseVerificationCode', () => {
  it('ignores case, spaces and hyphens and returns the grouped form', () => {
    expect(normaliseVerificationCode('0123456789aby')).toBe('0123-4567-89AB-Y')
    expect(normaliseVerificationCode(' 0123 4567 89ab y ')).toBe('0123-4567-89AB-Y')
    expect(normaliseVerificationCode('01-23-45-67-89-AB-Y')).toBe('0123-4567-89AB-Y')
  })

  it('reads I and L as 1 and O as 0, as Crockford intends', () => {
    expect(normaliseVerificationCode('O123-4567-89AB-Y')).toBe('0123-4567-89AB-Y')
    expect(normaliseVerificationCode('0I23-4567-89AB-Y')).toBe('0123-4567-89AB-Y')
    expect(normaliseVerificationCode('0l23-4567-89AB-Y')).toBe('0123-4567-89AB-Y')
    expect(isValidVerificationCode('oi23 4567 89ab y')).toBe(true)
  })

  it('accepts the check-only symbols in the last place only', () => {
    expect(normaliseVerificationCode('0000-0000-0010-*')).toBe('0000-0000-0010-*')
    expect(normaliseVerificationCode('0000-0000-0014-u')).toBe('0000-0000-0014-U')
    expect(isValidVerificationCode('0000-0000-0014-U')).toBe(true)
    expect(normaliseVerificationCode('0000-0000-001*-0')).toBeNull()
    expect(normaliseVerificationCode('0000-0000-001U-0')).toBeNull()
  })

  it('returns null for the wrong length or characters', () => {
    expect(normaliseVerificationCode('')).toBeNull()
    expect(normaliseVerificationCode('0123-4567-89AB')).toBeNull()
    expect(normaliseVerificationCode('0123-4567-89AB-YY')).toBeNull()
    expect(normaliseVerificationCode('0123-4567-89A!-Y')).toBeNull()
    expect(normaliseVerificationCode('0123_4567_89AB_Y')).toBeNull()
    expect(isValidVerificationCode('not a code')).toBe(false)
  })
})
