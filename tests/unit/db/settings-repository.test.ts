import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, SettingsRepository } from '../../../src/db/repositories/settings-repository'
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
})
