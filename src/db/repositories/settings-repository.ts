/**
 * Settings are stored one row per key and always read through a schema: a missing or corrupted
 * row falls back to its default (and is reported) instead of breaking the app.
 */
// zod/mini rather than classic zod: settings are read at start-up, and classic zod's module
// evaluation alone costs tens of milliseconds there (see npm run bench, startup_ms).
import * as z from 'zod/mini'
import { ROLES } from '../../content/roles'
import type { LockoutState, StoredPin } from '../../domain/manager-pin'
import type { TrainerDatabase } from '../database'

/** The practice manager's PIN as stored: a salted PBKDF2 hash, never the PIN (see src/domain/manager-pin.ts). */
export const storedPinSchema = z.object({
  algorithm: z.literal('PBKDF2-SHA256'),
  iterations: z.int().check(z.minimum(1)),
  salt: z.string().check(z.minLength(1)),
  hash: z.string().check(z.minLength(1)),
}) satisfies z.ZodMiniType<StoredPin>

/** Wrong PIN tries and the lockout they caused, kept so that reloading the app does not reset them. */
export const lockoutSchema = z.object({
  failedAttempts: z.int().check(z.minimum(0)),
  lockedUntil: z.nullable(z.iso.datetime()),
}) satisfies z.ZodMiniType<LockoutState>

export const settingsSchema = z.object({
  passMarkPercent: z.int().check(z.minimum(50), z.maximum(100)),
  refresherIntervalMonths: z.int().check(z.minimum(1), z.maximum(36)),
  practiceName: z.string().check(z.maxLength(120)),
  odsCode: z.string().check(z.maxLength(10)),
  currentLearnerId: z.nullable(z.string()),
  /** Module ids mandatory per role; null means "every module for the role". */
  mandatoryModules: z.record(z.enum(ROLES), z.nullable(z.array(z.string()))),
  /** null until the practice manager sets a PIN the first time. */
  managerPin: z.nullable(storedPinSchema),
  managerLockout: lockoutSchema,
})
export type Settings = z.infer<typeof settingsSchema>
export type SettingKey = keyof Settings

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
    const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS }
    const recovered: SettingKey[] = []
    for (const key of Object.keys(DEFAULT_SETTINGS) as SettingKey[]) {
      if (!stored.has(key)) continue
      const parsed = settingsSchema.shape[key].safeParse(stored.get(key))
      if (parsed.success) settings[key] = parsed.data
      else recovered.push(key)
    }
    if (recovered.length) await this.db.settings.bulkDelete(recovered)
    return { settings: settingsSchema.parse(settings), recovered }
  }

  async write<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
    const parsed = settingsSchema.shape[key].parse(value)
    await this.db.settings.put({ key, value: parsed })
  }
}
