import { describe, expect, it } from 'vitest'
import {
  DEFAULT_PIN_ITERATIONS,
  hashPin,
  LOCKOUT_MINUTES,
  lockStatus,
  MAX_PIN_ATTEMPTS,
  NO_LOCKOUT,
  parseStoredPin,
  registerFailure,
  registerSuccess,
  validatePinFormat,
  verifyPin,
  type LockoutState,
  type StoredPin,
} from '../../../src/domain/manager-pin'

// Fewer iterations keep most tests quick; one test uses the default to prove it is what is stored.
const FAST = 1_000
const fixedSalt = (fill: number): Uint8Array<ArrayBuffer> => new Uint8Array(16).fill(fill)
const base64ToBytes = (text: string): number[] => Array.from(atob(text), (c) => c.charCodeAt(0))

describe('validatePinFormat', () => {
  it('accepts 6 to 12 digits that are not a pattern', () => {
    expect(validatePinFormat('482915')).toBeNull()
    expect(validatePinFormat('482915730264')).toBeNull()
    // A run that turns back is not a straight run.
    expect(validatePinFormat('123432')).toBeNull()
  })
  it('says what is wrong', () => {
    expect(validatePinFormat('')).toBe('Enter a PIN.')
    expect(validatePinFormat('48 2915')).toMatch(/digits only/)
    expect(validatePinFormat('4829a5')).toMatch(/digits only/)
    expect(validatePinFormat('-48291')).toMatch(/digits only/)
    expect(validatePinFormat('٤٨٢٩١٥')).toMatch(/digits only/) // Arabic-Indic digits are not 0–9
    expect(validatePinFormat('48291')).toBe('The PIN must be at least 6 digits long.')
    expect(validatePinFormat('4829157302641')).toBe('The PIN must be no more than 12 digits long.')
  })
  it('refuses one digit repeated', () => {
    expect(validatePinFormat('000000')).toMatch(/one digit repeated/)
    expect(validatePinFormat('7777777777')).toMatch(/one digit repeated/)
  })
  it('refuses straight runs up and down, including through 9 to 0', () => {
    for (const run of ['123456', '012345', '987654', '654321', '1234567890', '567890123', '210987'])
      expect(validatePinFormat(run), run).toMatch(/straight run/)
  })
})

describe('hashPin and verifyPin', () => {
  it('stores PBKDF2-SHA256 with the default iterations, a 16-byte salt and a 32-byte hash', async () => {
    const stored = await hashPin('482915')
    expect(stored.algorithm).toBe('PBKDF2-SHA256')
    expect(stored.iterations).toBe(DEFAULT_PIN_ITERATIONS)
    expect(DEFAULT_PIN_ITERATIONS).toBe(310_000)
    expect(base64ToBytes(stored.salt)).toHaveLength(16)
    expect(base64ToBytes(stored.hash)).toHaveLength(32)
    expect(await verifyPin('482915', stored)).toBe(true)
  })
  it('never contains the PIN, in any form', async () => {
    const stored = await hashPin('482915', undefined, FAST)
    const text = JSON.stringify(stored)
    expect(text).not.toContain('482915')
    expect(text).not.toContain(btoa('482915'))
  })
  it('salts: two hashes of the same PIN differ, and both verify', async () => {
    const a = await hashPin('482915', undefined, FAST)
    const b = await hashPin('482915', undefined, FAST)
    expect(a.salt).not.toBe(b.salt)
    expect(a.hash).not.toBe(b.hash)
    expect(await verifyPin('482915', a)).toBe(true)
    expect(await verifyPin('482915', b)).toBe(true)
  })
  it('is deterministic for a given salt and iteration count', async () => {
    const a = await hashPin('482915', fixedSalt(7), FAST)
    const b = await hashPin('482915', fixedSalt(7), FAST)
    expect(a).toEqual(b)
    expect(a.salt).toBe(btoa(String.fromCharCode(...fixedSalt(7))))
  })
  it('matches an independent PBKDF2 derivation', async () => {
    const salt = fixedSalt(3)
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('482915'), 'PBKDF2', false, ['deriveBits'])
    const bits = new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: FAST }, key, 256))
    const stored = await hashPin('482915', salt, FAST)
    expect(base64ToBytes(stored.hash)).toEqual(Array.from(bits))
  })
  it('verifies the right PIN and refuses wrong ones', async () => {
    const stored = await hashPin('482915', undefined, FAST)
    expect(await verifyPin('482915', stored)).toBe(true)
    expect(await verifyPin('482916', stored)).toBe(false)
    expect(await verifyPin('4829150', stored)).toBe(false)
    expect(await verifyPin('', stored)).toBe(false)
  })
  it('refuses to hash a PIN that fails the format rules', async () => {
    await expect(hashPin('123456', undefined, FAST)).rejects.toThrow(/straight run/)
    await expect(hashPin('12345', undefined, FAST)).rejects.toThrow(/at least 6/)
  })
  it('refuses a short salt and unusable iteration counts', async () => {
    await expect(hashPin('482915', new Uint8Array(8), FAST)).rejects.toThrow(/salt/)
    await expect(hashPin('482915', undefined, 0)).rejects.toThrow(/iterations/)
    await expect(hashPin('482915', undefined, 1.5)).rejects.toThrow(/iterations/)
  })
  it('a damaged stored PIN never matches', async () => {
    const stored = await hashPin('482915', undefined, FAST)
    const damaged: StoredPin[] = [
      { ...stored, hash: stored.hash.slice(4) },
      { ...stored, hash: '%%%not base64%%%' },
      { ...stored, salt: '' },
      { ...stored, iterations: 0 },
      { ...stored, iterations: FAST + 1 },
    ]
    for (const d of damaged) expect(await verifyPin('482915', d)).toBe(false)
  })
  it('reads a stored PIN back from settings, refusing anything else', async () => {
    const stored = await hashPin('482915', undefined, FAST)
    expect(parseStoredPin(JSON.parse(JSON.stringify(stored)))).toEqual(stored)
    expect(parseStoredPin(null)).toBeNull()
    expect(parseStoredPin('482915')).toBeNull()
    expect(parseStoredPin({ ...stored, algorithm: 'SHA-1' })).toBeNull()
    expect(parseStoredPin({ ...stored, salt: '' })).toBeNull()
    expect(parseStoredPin({ ...stored, hash: '' })).toBeNull()
    expect(parseStoredPin({ ...stored, iterations: '1000' })).toBeNull()
    expect(parseStoredPin({ ...stored, hash: undefined })).toBeNull()
  })
})

describe('lockout', () => {
  const t0 = '2026-03-02T09:00:00.000Z'
  const at = (seconds: number): string => new Date(Date.parse(t0) + seconds * 1000).toISOString()
  const fail = (times: number, state: LockoutState = NO_LOCKOUT, nowIso = t0): LockoutState => {
    let s = state
    for (let i = 0; i < times; i++) s = registerFailure(s, nowIso)
    return s
  }

  it('uses 5 tries and 5 minutes', () => {
    expect(MAX_PIN_ATTEMPTS).toBe(5)
    expect(LOCKOUT_MINUTES).toBe(5)
  })
  it('counts wrong tries without locking up to the fourth', () => {
    const four = fail(4)
    expect(four).toEqual({ failedAttempts: 4, lockedUntil: null })
    expect(lockStatus(four, t0)).toEqual({ locked: false, secondsLeft: 0 })
  })
  it('the fifth wrong try in a row locks for 5 minutes and resets the count', () => {
    const locked = fail(5)
    expect(locked).toEqual({ failedAttempts: 0, lockedUntil: '2026-03-02T09:05:00.000Z' })
    expect(lockStatus(locked, t0)).toEqual({ locked: true, secondsLeft: 300 })
    expect(lockStatus(locked, at(60))).toEqual({ locked: true, secondsLeft: 240 })
    expect(lockStatus(locked, at(299.2))).toEqual({ locked: true, secondsLeft: 1 })
  })
  it('the lock ends at exactly 5 minutes', () => {
    const locked = fail(5)
    expect(lockStatus(locked, at(299.999)).locked).toBe(true)
    expect(lockStatus(locked, at(300))).toEqual({ locked: false, secondsLeft: 0 })
    expect(lockStatus(locked, at(3600))).toEqual({ locked: false, secondsLeft: 0 })
  })
  it('4 wrong then the right PIN starts the count again', () => {
    const afterSuccess = registerSuccess(fail(4))
    expect(afterSuccess).toEqual({ failedAttempts: 0, lockedUntil: null })
    // So it takes five more wrong tries, not one, to lock.
    expect(lockStatus(fail(4, afterSuccess), t0).locked).toBe(false)
    expect(lockStatus(fail(5, afterSuccess), t0).locked).toBe(true)
  })
  it('a wrong try while locked is not counted and does not extend the lock', () => {
    const locked = fail(5)
    const again = registerFailure(locked, at(100))
    expect(again).toEqual(locked)
    expect(again).not.toBe(locked)
  })
  it('after a lock ends, it takes another five wrong tries to lock again', () => {
    const locked = fail(5)
    const afterLock = fail(4, locked, at(300))
    expect(afterLock).toEqual({ failedAttempts: 4, lockedUntil: null })
    const lockedAgain = registerFailure(afterLock, at(310))
    expect(lockedAgain.lockedUntil).toBe(at(610))
  })
  it('does not change the state it is given', () => {
    const state: LockoutState = { failedAttempts: 2, lockedUntil: null }
    registerFailure(state, t0)
    registerSuccess(state)
    expect(state).toEqual({ failedAttempts: 2, lockedUntil: null })
  })
  it('a clock set back by more than the lockout does not strand the manager', () => {
    const locked = fail(5)
    expect(lockStatus(locked, '2026-03-01T09:00:00.000Z')).toEqual({ locked: false, secondsLeft: 0 })
  })
  it('an unreadable lock time counts as no lock; an unreadable "now" is an error', () => {
    expect(lockStatus({ failedAttempts: 0, lockedUntil: 'soon' }, t0)).toEqual({ locked: false, secondsLeft: 0 })
    expect(() => lockStatus(NO_LOCKOUT, 'now')).toThrow(RangeError)
    expect(() => registerFailure(NO_LOCKOUT, 'now')).toThrow(RangeError)
  })
})
