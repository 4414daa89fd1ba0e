/**
 * Synthetic patient identifiers for training screens. NHS numbers are drawn only from the 999
 * test range (never issued to real patients) and always carry a valid modulus-11 check digit, so
 * they pass the check the content is held to (`isValidNhsNumber`, used by content/schema.ts).
 */
import type { Random } from './random'

/** The modulus-11 check digit for nine digits, or null when the number cannot be valid (remainder gives 10). */
export function nhsCheckDigit(nineDigits: string): number | null {
  if (!/^\d{9}$/.test(nineDigits)) throw new RangeError(`"${nineDigits}" is not nine digits`)
  let total = 0
  for (let i = 0; i < 9; i++) total += Number(nineDigits[i]) * (10 - i)
  const check = 11 - (total % 11)
  if (check === 10) return null
  return check === 11 ? 0 : check
}

/** Ten digits (spaces ignored) whose last is the modulus-11 check digit of the first nine. */
export function isValidNhsNumber(value: string): boolean {
  const digits = value.replace(/\s/g, '')
  if (!/^\d{10}$/.test(digits)) return false
  return nhsCheckDigit(digits.slice(0, 9)) === Number(digits[9])
}

const digit = (random: Random): string => String(Math.floor(random() * 10))

/** A ten-digit synthetic NHS number in the 999 range with a valid check digit, unformatted. */
export function syntheticNhsNumber(random: Random): string {
  // About 1 in 11 draws has no valid check digit; draw again (bounded so a broken source cannot hang).
  for (let attempt = 0; attempt < 1000; attempt++) {
    let body = '999'
    for (let i = 0; i < 6; i++) body += digit(random)
    const check = nhsCheckDigit(body)
    if (check !== null) return `${body}${check}`
  }
  throw new Error('could not draw a valid NHS number: the random source is not random')
}

/** "9991234560" → "999 123 4560" (the 3 3 4 spacing used on NHS screens). Spaces already present are ignored. */
export function formatNhsNumber(value: string): string {
  const digits = value.replace(/\s/g, '')
  if (!/^\d{10}$/.test(digits)) return value
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`
}

/** A synthetic 12-digit Unique Booking Reference Number, never starting with 0. */
export function syntheticUbrn(random: Random): string {
  let out = String(1 + Math.floor(random() * 9))
  for (let i = 0; i < 11; i++) out += digit(random)
  return out
}

/** "123456789012" → "1234 5678 9012" (4 4 4). Spaces already present are ignored. */
export function formatUbrn(value: string): string {
  const digits = value.replace(/\s/g, '')
  if (!/^\d{12}$/.test(digits)) return value
  return `${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8)}`
}
