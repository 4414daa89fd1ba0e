import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, SettingsRepository } from '../../../src/db/repositories/settings-repository'
import { hashPin, registerFailure, type StoredPin } from '../../../src/domain/manager-pin'
import { testDatabase } from './test-db'

describe('SettingsRepository', () => {
  it('gives the defaults on a new PC: 80% pass mark, 12-month refresher', async () => {
    const { settings, recovered } = await new SettingsRepository(testDatabase()).read()
    expect(settings).toEqual(DEFAULT_SETTINGS)
    expect(settings.passMarkPercent).toBe(80)
    expect(settings.refresherIntervalMonths).toBe(12)
    expect(recovered).toEqual([])
  })

  it('saves and reads back a setting', async () => {
    const repo = new SettingsRepository(testDatabase())
    await repo.write('passMarkPercent', 85)
    expect((await repo.read()).settings.passMarkPercent).toBe(85)
  })

  it('refuses to save an invalid value', async () => {
    const repo = new SettingsRepository(testDatabase())
    await expect(repo.write('passMarkPercent', 12)).rejects.toThrow()
  })

  it('recovers from a corrupted row: default used, row removed, key reported', async () => {
    const db = testDatabase()
    await db.settings.put({ key: 'passMarkPercent', value: 'eighty' })
    await db.settings.put({ key: 'practiceName', value: 'Synthetic Surgery' })
    const repo = new SettingsRepository(db)
    const first = await repo.read()
    expect(first.settings.passMarkPercent).toBe(80)
    expect(first.settings.practiceName).toBe('Synthetic Surgery')
    expect(first.recovered).toEqual(['passMarkPercent'])
    expect((await repo.read()).recovered).toEqual([])
  })

  describe('manager PIN and lockout', () => {
    it('has no PIN and no lockout on a new PC', async () => {
      const { settings } = await new SettingsRepository(testDatabase()).read()
      expect(settings.managerPin).toBeNull()
      expect(settings.managerLockout).toEqual({ failedAttempts: 0, lockedUntil: null })
    })

    it('stores the salted hash of a PIN (never the PIN) and reads it back', async () => {
      const db = testDatabase()
      const repo = new SettingsRepository(db)
      const stored = await hashPin('482916', undefined, 1000)
      await repo.write('managerPin', stored)
      expect((await repo.read()).settings.managerPin).toEqual(stored)
      const row = await db.settings.get('managerPin')
      expect(JSON.stringify(row)).not.toContain('482916')
    })

    it('keeps a lockout across a "reload" (a new repository on the same database)', async () => {
      const db = testDatabase()
      let state = { failedAttempts: 0, lockedUntil: null as string | null }
      for (let i = 0; i < 5; i++) state = registerFailure(state, '2026-03-02T09:00:00.000Z')
      expect(state.lockedUntil).toBe('2026-03-02T09:05:00.000Z')
      await new SettingsRepository(db).write('managerLockout', state)
      expect((await new SettingsRepository(db).read()).settings.managerLockout).toEqual(state)
    })

    it('refuses to store a PIN that is not a salted hash, or a nonsense lockout', async () => {
      const repo = new SettingsRepository(testDatabase())
      await expect(repo.write('managerPin', { algorithm: 'plain', iterations: 1, salt: 'x', hash: '482916' } as unknown as StoredPin)).rejects.toThrow()
      await expect(repo.write('managerLockout', { failedAttempts: -1, lockedUntil: null })).rejects.toThrow()
      await expect(repo.write('managerLockout', { failedAttempts: 0, lockedUntil: 'soon' })).rejects.toThrow()
    })

    it('recovers from corrupted PIN and lockout rows: defaults used, rows removed, keys reported, other settings kept', async () => {
      const db = testDatabase()
      await db.settings.put({ key: 'managerPin', value: { algorithm: 'PBKDF2-SHA256', iterations: 'many' } })
      await db.settings.put({ key: 'managerLockout', value: 'locked' })
      await db.settings.put({ key: 'passMarkPercent', value: 90 })
      const repo = new SettingsRepository(db)
      const first = await repo.read()
      expect(first.settings.managerPin).toBeNull()
      expect(first.settings.managerLockout).toEqual({ failedAttempts: 0, lockedUntil: null })
      expect(first.settings.passMarkPercent).toBe(90)
      expect(first.recovered.sort()).toEqual(['managerLockout', 'managerPin'])
      expect(await db.settings.get('managerPin')).toBeUndefined()
      expect((await repo.read()).recovered).toEqual([])
    })
  })
})
