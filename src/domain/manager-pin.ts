/**
 * The practice manager's PIN: format rules, a salted PBKDF2 hash (never the PIN), verification and
 * lockout. Keeps casual colleagues out of a shared PC; not protection against copying the database
 * (see docs/design-notes.md#manager-pin). Web Crypto only, so it runs in Electron, browsers and Node.
 */

export const PIN_MIN_DIGITS = 6
export const PIN_MAX_DIGITS = 12
export const MAX_PIN_ATTEMPTS = 5
export const LOCKOUT_MINUTES = 5
/** OWASP's long-standing figure for PBKDF2-HMAC-SHA256; about a tenth of a second per try on a surgery PC. */
export const DEFAULT_PIN_ITERATIONS = 310_000
export const PIN_SALT_BYTES = 16
const HASH_BITS = 256

export interface StoredPin {
  algorithm: 'PBKDF2-SHA256'
  iterations: number
  /** base64 */
  salt: string
  /** base64 of the 32-byte derived key */
  hash: string
}

// ---------- format ----------

/** Each digit one more (or one less) than the last, counting 9 → 0 as a step, so 1234567890 is a run too. */
function isStraightRun(digits: string): boolean {
  const step = (i: number): number => (Number(digits[i]) - Number(digits[i - 1]) + 10) % 10
  const first = step(1)
  if (first !== 1 && first !== 9) return false
  for (let i = 2; i < digits.length; i++) if (step(i) !== first) return false
  return true
}

/** Why a PIN cannot be used, or null when it can. */
export function validatePinFormat(pin: string): string | null {
  if (pin.length === 0) return 'Enter a PIN.'
  if (!/^[0-9]+$/.test(pin)) return 'The PIN must be digits only (0 to 9), with no spaces or letters.'
  if (pin.length < PIN_MIN_DIGITS) return `The PIN must be at least ${PIN_MIN_DIGITS} digits long.`
  if (pin.length > PIN_MAX_DIGITS) return `The PIN must be no more than ${PIN_MAX_DIGITS} digits long.`
  if (/^(\d)\1*$/.test(pin)) return 'The PIN must not be one digit repeated (like 111111): that is one of the first PINs anyone would try.'
  if (isStraightRun(pin))
    return 'The PIN must not be a straight run of digits (like 123456 or 987654): that is one of the first PINs anyone would try.'
  return null
}

// ---------- hashing ----------

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  try {
    const binary = atob(text)
    const bytes = new Uint8Array(binary.length)
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
    return bytes
  } catch {
    return null
  }
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const subtle = globalThis.crypto.subtle
  const key = await subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits'])
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BITS)
  return new Uint8Array(bits)
}

const isWholeIterations = (n: number): boolean => Number.isSafeInteger(n) && n >= 1

/**
 * The stored form of a new PIN. Refuses (RangeError) a PIN that fails validatePinFormat, so a
 * weak PIN cannot be stored by mistake. A fresh random salt is used unless one is given (tests).
 */
export async function hashPin(pin: string, saltBytes?: Uint8Array, iterations: number = DEFAULT_PIN_ITERATIONS): Promise<StoredPin> {
  const problem = validatePinFormat(pin)
  if (problem) throw new RangeError(problem)
  if (!isWholeIterations(iterations)) throw new RangeError(`${iterations} is not a usable number of iterations`)
  // Copied so the caller's array (whatever buffer it sits on) is never changed or kept.
  const salt = saltBytes ? new Uint8Array(saltBytes) : globalThis.crypto.getRandomValues(new Uint8Array(PIN_SALT_BYTES))
  if (salt.length < PIN_SALT_BYTES) throw new RangeError(`the salt must be at least ${PIN_SALT_BYTES} bytes`)
  const hash = await derive(pin, salt, iterations)
  return { algorithm: 'PBKDF2-SHA256', iterations, salt: toBase64(salt), hash: toBase64(hash) }
}

/** Same bytes, comparing every byte whatever the first difference, so timing does not reveal how much matched. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  const length = Math.max(a.length, b.length)
  let difference = a.length ^ b.length
  for (let i = 0; i < length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0)
  return difference === 0
}

/** Whether the PIN matches the stored hash. A damaged or unknown stored form never matches. */
export async function verifyPin(pin: string, stored: StoredPin): Promise<boolean> {
  if (stored.algorithm !== 'PBKDF2-SHA256' || !isWholeIterations(stored.iterations)) return false
  const salt = fromBase64(stored.salt)
  const expected = fromBase64(stored.hash)
  if (!salt || !expected || salt.length === 0 || expected.length * 8 !== HASH_BITS) return false
  // No format check here: a PIN set under older rules must still open the dashboard.
  const actual = await derive(pin, salt, stored.iterations)
  return sameBytes(actual, expected)
}

/** A StoredPin read back from settings (unknown shape), or null when it is not one. */
export function parseStoredPin(value: unknown): StoredPin | null {
  if (typeof value !== 'object' || value === null) return null
  const v = value as Record<string, unknown>
  if (v['algorithm'] !== 'PBKDF2-SHA256') return null
  const { iterations, salt, hash } = v
  if (typeof iterations !== 'number' || !isWholeIterations(iterations)) return null
  if (typeof salt !== 'string' || salt === '' || typeof hash !== 'string' || hash === '') return null
  return { algorithm: 'PBKDF2-SHA256', iterations, salt, hash }
}

// ---------- lockout ----------

export interface LockoutState {
  /** Wrong tries in a row since the last success or lockout. */
  failedAttempts: number
  /** ISO timestamp the lockout ends, or null. Left in place after it passes; lockStatus reads it against the clock. */
  lockedUntil: string | null
}

export interface LockStatus {
  locked: boolean
  /** Whole seconds until the PIN can be tried again (rounded up); 0 when not locked. */
  secondsLeft: number
}

export const NO_LOCKOUT: Readonly<LockoutState> = Object.freeze({ failedAttempts: 0, lockedUntil: null })

const LOCKOUT_MS = LOCKOUT_MINUTES * 60_000

function timeOf(iso: string): number {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) throw new RangeError(`"${iso}" is not a date and time`)
  return ms
}

/** Milliseconds of lockout left at `now`: 0 when none (or unreadable, or from a clock since set back). */
function lockRemainingMs(state: LockoutState, now: number): number {
  if (state.lockedUntil === null) return 0
  const until = Date.parse(state.lockedUntil)
  if (Number.isNaN(until)) return 0
  const remaining = until - now
  // More than a full lockout left means the clock went backwards; anyone able to change the clock
  // could move it forwards as easily, so holding the lock would only strand the manager.
  return remaining > 0 && remaining <= LOCKOUT_MS ? remaining : 0
}

export function lockStatus(state: LockoutState, nowIso: string): LockStatus {
  const remaining = lockRemainingMs(state, timeOf(nowIso))
  return { locked: remaining > 0, secondsLeft: Math.ceil(remaining / 1000) }
}

/**
 * After a wrong PIN. The MAX_PIN_ATTEMPTS-th wrong try in a row locks for LOCKOUT_MINUTES and
 * starts the count again, so each later lockout also takes MAX_PIN_ATTEMPTS tries. A try while
 * locked should not have been allowed; it is not counted and does not extend the lock.
 */
export function registerFailure(state: LockoutState, nowIso: string): LockoutState {
  const now = timeOf(nowIso)
  if (lockRemainingMs(state, now) > 0) return { ...state }
  const failedAttempts = state.failedAttempts + 1
  if (failedAttempts >= MAX_PIN_ATTEMPTS) return { failedAttempts: 0, lockedUntil: new Date(now + LOCKOUT_MS).toISOString() }
  return { failedAttempts, lockedUntil: null }
}

/** After the right PIN: the count starts again. (Callers check lockStatus first; a locked PIN is not tried.) */
export function registerSuccess(state: LockoutState): LockoutState {
  return { ...state, failedAttempts: 0, lockedUntil: null }
}
