/**
 * What each stored setting may hold: one reader per key that gives back a clean copy of a good
 * value, or nothing for a bad one.
 *
 * Hand-written rather than zod: settings are read before the first screen, and loading zod (even
 * zod/mini) there added about 12 ms to a 145 ms start in `npm run bench`. Everything read from
 * outside the app (content, passports, certificates, IPC) is still parsed with zod.
 */
import { ROLES, type Role } from '../content/roles'
import { parseStoredPin, type LockoutState, type StoredPin } from '../domain/manager-pin'

export interface Settings {
  passMarkPercent: number
  refresherIntervalMonths: number
  practiceName: string
  odsCode: string
  currentLearnerId: string | null
  /** Module ids mandatory per role; null means "every module for the role". */
  mandatoryModules: Record<Role, string[] | null>
  /** The practice manager's PIN as a salted PBKDF2 hash (never the PIN); null until one is set. */
  managerPin: StoredPin | null
  /** Wrong PIN tries and the lockout they caused, kept so that reloading the app does not reset them. */
  managerLockout: LockoutState
}
export type SettingKey = keyof Settings

/** A good value, copied; or `undefined` for a value the setting cannot hold. */
type SettingReader<T> = (value: unknown) => { value: T } | undefined

const good = <T>(value: T): { value: T } => ({ value })

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

const wholeNumber =
  (min: number, max: number): SettingReader<number> =>
  (value) =>
    Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max ? good(value as number) : undefined

const text =
  (minLength: number, maxLength: number): SettingReader<string> =>
  (value) =>
    typeof value === 'string' && value.length >= minLength && value.length <= maxLength ? good(value) : undefined

const orNull =
  <T>(read: SettingReader<T>): SettingReader<T | null> =>
  (value) =>
    value === null ? good(null) : read(value)

/** A UTC timestamp as Date#toISOString writes it (seconds required, fractions optional), and a real date. */
const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/
const isoTimestamp: SettingReader<string> = (value) => {
  if (typeof value !== 'string') return undefined
  const parts = ISO_UTC.exec(value)
  if (!parts) return undefined
  const [year, month, day, hour, minute, second] = parts.slice(1, 7).map(Number) as [number, number, number, number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second))
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && date.getUTCHours() === hour && date.getUTCMinutes() === minute && date.getUTCSeconds() === second
  return real ? good(value) : undefined
}

const storedPin: SettingReader<StoredPin> = (value) => {
  const pin = parseStoredPin(value)
  return pin ? good(pin) : undefined
}

const lockout: SettingReader<LockoutState> = (value) => {
  if (!isRecord(value)) return undefined
  const failedAttempts = wholeNumber(0, Number.MAX_SAFE_INTEGER)(value['failedAttempts'])
  const lockedUntil = orNull(isoTimestamp)(value['lockedUntil'])
  return failedAttempts && lockedUntil ? good({ failedAttempts: failedAttempts.value, lockedUntil: lockedUntil.value }) : undefined
}

/** Every role must be there (and nothing else), each with null or a list of module ids. */
const mandatoryModules: SettingReader<Record<Role, string[] | null>> = (value) => {
  if (!isRecord(value)) return undefined
  if (Object.keys(value).some((key) => !(ROLES as readonly string[]).includes(key))) return undefined
  const copy = {} as Record<Role, string[] | null>
  for (const role of ROLES) {
    const modules = value[role]
    if (modules === null) copy[role] = null
    else if (Array.isArray(modules) && modules.every((id) => typeof id === 'string')) copy[role] = [...(modules as string[])]
    else return undefined
  }
  return good(copy)
}

export const SETTING_READERS: { readonly [K in SettingKey]: SettingReader<Settings[K]> } = {
  passMarkPercent: wholeNumber(50, 100),
  refresherIntervalMonths: wholeNumber(1, 36),
  practiceName: text(0, 120),
  odsCode: text(0, 10),
  currentLearnerId: orNull(text(0, Infinity)),
  mandatoryModules,
  managerPin: orNull(storedPin),
  managerLockout: lockout,
}

/** The stored value for `key` read back, or undefined when it is not one the setting can hold. */
export function readSetting<K extends SettingKey>(key: K, value: unknown): { value: Settings[K] } | undefined {
  return SETTING_READERS[key](value)
}

export class InvalidSettingError extends Error {
  override name = 'InvalidSettingError'
  constructor(key: SettingKey) {
    super(`That is not a value the setting "${key}" can hold.`)
  }
}
