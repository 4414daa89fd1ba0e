/**
 * Certificate verification codes: 12 random Crockford base32 symbols (60 bits) and one Crockford
 * check symbol, shown as XXXX-XXXX-XXXX-C. Crockford base32 leaves out I, L, O and U so a code read
 * aloud or typed from paper is not misread; the mod-37 check symbol catches every single wrong
 * symbol and every swap of two neighbouring symbols before anything is looked up.
 */

/** The 32 data symbols; a symbol's value is its position. */
export const CROCKFORD_SYMBOLS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
/** The 37 check symbols: the data symbols, then values 32–36. */
export const CROCKFORD_CHECK_SYMBOLS = `${CROCKFORD_SYMBOLS}*~$=U`

export const VERIFICATION_DATA_LENGTH = 12
const GROUP = 4

/**
 * The check symbol for a run of data symbols: the number they spell in base 32, mod 37.
 * Worked digit by digit (r = (r × 32 + d) mod 37) so a 60-bit value never leaves safe integers.
 */
export function crockfordCheckSymbol(dataSymbols: string): string {
  let remainder = 0
  for (const symbol of dataSymbols) {
    const value = CROCKFORD_SYMBOLS.indexOf(symbol)
    if (value < 0) throw new RangeError(`"${symbol}" is not a Crockford base32 symbol`)
    remainder = (remainder * 32 + value) % 37
  }
  return CROCKFORD_CHECK_SYMBOLS.charAt(remainder)
}

/** "ABCDEFGHJKMN" + "P" → "ABCD-EFGH-JKMN-P": the form printed, stored and compared. */
function grouped(dataSymbols: string, check: string): string {
  const groups: string[] = []
  for (let i = 0; i < dataSymbols.length; i += GROUP) groups.push(dataSymbols.slice(i, i + GROUP))
  return [...groups, check].join('-')
}

/**
 * A new code from a source of random bytes (crypto.getRandomValues in the app, a fixed source in
 * tests). The low 5 bits of a uniform byte are uniform, so each symbol is one of 32 equally likely.
 */
export function generateVerificationCode(randomBytes: (n: number) => Uint8Array): string {
  const bytes = randomBytes(VERIFICATION_DATA_LENGTH)
  if (bytes.length < VERIFICATION_DATA_LENGTH)
    throw new RangeError(`the random source gave ${bytes.length} bytes, not ${VERIFICATION_DATA_LENGTH}`)
  let data = ''
  for (let i = 0; i < VERIFICATION_DATA_LENGTH; i++) data += CROCKFORD_SYMBOLS.charAt((bytes[i] ?? 0) & 0x1f)
  return grouped(data, crockfordCheckSymbol(data))
}

/** Random bytes from the platform (browser, Electron renderer and Node 20 all have Web Crypto). */
export function platformRandomBytes(n: number): Uint8Array {
  const bytes = new Uint8Array(n)
  globalThis.crypto.getRandomValues(bytes)
  return bytes
}

/**
 * A code as a person typed or read it, in the stored form XXXX-XXXX-XXXX-C, or null if it cannot
 * be a code. Case, spaces and hyphens are ignored, and the letters Crockford treats as misreadings
 * are read as the digits they look like (I and L → 1, O → 0). The check symbol is not tested here.
 */
export function normaliseVerificationCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0')
  if (compact.length !== VERIFICATION_DATA_LENGTH + 1) return null
  const data = compact.slice(0, VERIFICATION_DATA_LENGTH)
  const check = compact.slice(VERIFICATION_DATA_LENGTH)
  for (const symbol of data) if (!CROCKFORD_SYMBOLS.includes(symbol)) return null
  if (!CROCKFORD_CHECK_SYMBOLS.includes(check)) return null
  return grouped(data, check)
}

/** True when the input reads as a code and its check symbol matches its data symbols. */
export function isValidVerificationCode(input: string): boolean {
  const code = normaliseVerificationCode(input)
  if (code === null) return false
  const compact = code.replace(/-/g, '')
  return crockfordCheckSymbol(compact.slice(0, VERIFICATION_DATA_LENGTH)) === compact.slice(VERIFICATION_DATA_LENGTH)
}
