import { describe, expect, it } from 'vitest'
import { readSetting } from '../../../src/db/settings-checks'

const accepts = (key: Parameters<typeof readSetting>[0], value: unknown): boolean => readSetting(key, value) !== undefined
const ALL_ROLES_NULL = { clinician: null, admin: null, 'practice-manager': null, locum: null }
const PIN = { algorithm: 'PBKDF2-SHA256', iterations: 310_000, salt: 'c2FsdA==', hash: 'aGFzaA==' }

describe('stored settings are read back only when the setting can hold them', () => {
  it('pass mark: a whole number from 50 to 100', () => {
    expect([50, 80, 100].map((v) => accepts('passMarkPercent', v))).toEqual([true, true, true])
    expect([49, 101, 80.5, '80', null, Number.NaN].map((v) => accepts('passMarkPercent', v))).toEqual([false, false, false, false, false, false])
  })

  it('refresher interval: a whole number of months from 1 to 36', () => {
    expect([1, 12, 36].map((v) => accepts('refresherIntervalMonths', v))).toEqual([true, true, true])
    expect([0, 37, 1.5].map((v) => accepts('refresherIntervalMonths', v))).toEqual([false, false, false])
  })

  it('practice name up to 120 characters, ODS code up to 10', () => {
    expect(accepts('practiceName', '')).toBe(true)
    expect(accepts('practiceName', 'x'.repeat(120))).toBe(true)
    expect(accepts('practiceName', 'x'.repeat(121))).toBe(false)
    expect(accepts('odsCode', 'G85001')).toBe(true)
    expect(accepts('odsCode', 'G850010000X')).toBe(false)
    expect(accepts('odsCode', 85001)).toBe(false)
  })

  it('current learner: an id or nobody', () => {
    expect(accepts('currentLearnerId', null)).toBe(true)
    expect(accepts('currentLearnerId', 'learner-1')).toBe(true)
    expect(accepts('currentLearnerId', 7)).toBe(false)
  })

  it('mandatory modules: every role, each "all" (null) or a list of module ids, and nothing else', () => {
    expect(accepts('mandatoryModules', ALL_ROLES_NULL)).toBe(true)
    expect(accepts('mandatoryModules', { ...ALL_ROLES_NULL, admin: ['m01', 'm02'] })).toBe(true)
    expect(accepts('mandatoryModules', { clinician: null, admin: null, 'practice-manager': null })).toBe(false)
    expect(accepts('mandatoryModules', { ...ALL_ROLES_NULL, receptionist: null })).toBe(false)
    expect(accepts('mandatoryModules', { ...ALL_ROLES_NULL, admin: ['m01', 2] })).toBe(false)
    expect(accepts('mandatoryModules', [])).toBe(false)
  })

  it('manager PIN: nobody yet, or a PBKDF2 hash with its salt, read back without anything extra', () => {
    expect(readSetting('managerPin', null)).toEqual({ value: null })
    expect(readSetting('managerPin', { ...PIN, pin: '482916' })).toEqual({ value: PIN })
    expect(accepts('managerPin', { ...PIN, algorithm: 'plain' })).toBe(false)
    expect(accepts('managerPin', { ...PIN, iterations: 0 })).toBe(false)
    expect(accepts('managerPin', { ...PIN, salt: '' })).toBe(false)
    expect(accepts('managerPin', '482916')).toBe(false)
  })

  it('lockout: a count of wrong tries and, when locked, a real UTC time', () => {
    expect(accepts('managerLockout', { failedAttempts: 0, lockedUntil: null })).toBe(true)
    expect(accepts('managerLockout', { failedAttempts: 5, lockedUntil: '2026-11-25T10:05:00.000Z' })).toBe(true)
    expect(accepts('managerLockout', { failedAttempts: 5, lockedUntil: '2026-11-25T10:05:00Z' })).toBe(true)
    for (const lockedUntil of ['soon', '2026-02-30T10:00:00Z', '2026-11-25T10:05Z', '2026-11-25T10:05:00+01:00', '2026-11-25T24:00:00Z'])
      expect(accepts('managerLockout', { failedAttempts: 5, lockedUntil }), lockedUntil).toBe(false)
    expect(accepts('managerLockout', { failedAttempts: -1, lockedUntil: null })).toBe(false)
    expect(accepts('managerLockout', { lockedUntil: null })).toBe(false)
  })

  it('gives a copy, so changing what was read cannot change what is stored', () => {
    const stored = { ...ALL_ROLES_NULL, admin: ['m01'] }
    const read = readSetting('mandatoryModules', stored)
    read?.value.admin?.push('m02')
    expect(stored.admin).toEqual(['m01'])
  })
})
