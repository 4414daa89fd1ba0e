/**
 * Settings are stored one row per key and always read through their checks (settings-checks.ts):
 * a missing or corrupted row falls back to its default (and is reported) instead of breaking the app.
 */
import type { TrainerDatabase } from '../database'
import { InvalidSettingError, readSetting, type SettingKey, type Settings } from '../settings-checks'

export type { SettingKey, Settings } from '../settings-checks'

export const DEFAULT_SETTINGS: Settings = {
  passMarkPercent: 80,
  refresherIntervalMonths: 12,
  practiceName: '',
  odsCode: '',
  currentLearnerId: null,
  mandatoryModules: { clinician: null, admin: null, 'practice-manager': null, locum: null },
  managerPin: null,
  managerLockout: { failedAttempts: 0, lockedUntil: null },
}

export interface SettingsRead {
  settings: Settings
  /** Keys whose stored value was unreadable and were replaced by the default. */
  recovered: SettingKey[]
}

export class SettingsRepository {
  constructor(private readonly db: TrainerDatabase) {}

  async read(): Promise<SettingsRead> {
    const rows = await this.db.settings.toArray()
    const stored = new Map(rows.map((r) => [r.key, r.value]))
    // A copy all the way down: the defaults' nested objects must never be handed out to be changed.
    const settings: Settings = structuredClone(DEFAULT_SETTINGS)
    const recovered: SettingKey[] = []
    for (const key of Object.keys(DEFAULT_SETTINGS) as SettingKey[]) {
      if (!stored.has(key)) continue
      const read = readSetting(key, stored.get(key))
      if (read) Object.assign(settings, { [key]: read.value })
      else recovered.push(key)
    }
    if (recovered.length) await this.db.settings.bulkDelete(recovered)
    return { settings, recovered }
  }

  async write<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
    const read = readSetting(key, value)
    if (!read) throw new InvalidSettingError(key)
    await this.db.settings.put({ key, value: read.value })
  }
}
