/** One stored setting; each key's value is checked when read (src/db/settings-checks.ts). */
export interface SettingRecord {
  key: string
  value: unknown
}
