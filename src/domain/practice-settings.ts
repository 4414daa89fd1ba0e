/**
 * The practice settings form (Manager → Settings): checking what the manager typed, and
 * describing each change as "old → new" for the audit log.
 */
import { ROLES, type Role } from '../content/roles'
import { ROLE_SHORT } from './roles'

export const PASS_MARK_MIN = 50
export const PASS_MARK_MAX = 100
export const REFRESHER_MONTHS_MIN = 1
export const REFRESHER_MONTHS_MAX = 36
export const PRACTICE_NAME_MAX = 120

export interface PracticeSettings {
  practiceName: string
  odsCode: string
  passMarkPercent: number
  refresherIntervalMonths: number
  /** Module ids per role; null means "every module written for the role". */
  mandatoryModules: Record<Role, string[] | null>
}

/** The form as typed: numbers are still text, so "abc" can be explained rather than lost. */
export interface PracticeSettingsForm {
  practiceName: string
  odsCode: string
  passMark: string
  refresherMonths: string
  mandatory: Record<Role, { mode: 'all' | 'chosen'; modules: string[] }>
}

export type PracticeSettingsField = 'practiceName' | 'odsCode' | 'passMark' | 'refresherMonths' | `mandatory.${Role}`

export interface SettingsError {
  field: PracticeSettingsField
  message: string
}

export type SettingsCheck = { ok: true; settings: PracticeSettings } | { ok: false; errors: SettingsError[] }

export function formFromSettings(settings: PracticeSettings): PracticeSettingsForm {
  const mandatory = {} as PracticeSettingsForm['mandatory']
  for (const role of ROLES) {
    const chosen = settings.mandatoryModules[role]
    mandatory[role] = chosen && chosen.length ? { mode: 'chosen', modules: [...chosen] } : { mode: 'all', modules: [] }
  }
  return {
    practiceName: settings.practiceName,
    odsCode: settings.odsCode,
    passMark: String(settings.passMarkPercent),
    refresherMonths: String(settings.refresherIntervalMonths),
    mandatory,
  }
}

function wholeNumber(text: string): number | null {
  const trimmed = text.trim()
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : null
}

/** `moduleOrder`: every module id in the content, in order (chosen modules are stored in this order). */
export function checkPracticeSettings(form: PracticeSettingsForm, moduleOrder: readonly string[]): SettingsCheck {
  const errors: SettingsError[] = []
  const practiceName = form.practiceName.trim()
  if (!practiceName) errors.push({ field: 'practiceName', message: 'Enter the practice name' })
  else if (practiceName.length > PRACTICE_NAME_MAX) errors.push({ field: 'practiceName', message: `Practice name must be ${PRACTICE_NAME_MAX} characters or fewer` })

  const odsCode = form.odsCode.trim().toUpperCase()
  if (odsCode && !/^[A-Z0-9]{3,10}$/.test(odsCode))
    errors.push({ field: 'odsCode', message: 'ODS code must be 3 to 10 letters and numbers only, like G85001' })

  const passMark = wholeNumber(form.passMark)
  if (passMark === null || passMark < PASS_MARK_MIN || passMark > PASS_MARK_MAX)
    errors.push({ field: 'passMark', message: `Pass mark must be a whole number from ${PASS_MARK_MIN} to ${PASS_MARK_MAX}` })

  const months = wholeNumber(form.refresherMonths)
  if (months === null || months < REFRESHER_MONTHS_MIN || months > REFRESHER_MONTHS_MAX)
    errors.push({ field: 'refresherMonths', message: `Refresher interval must be a whole number of months from ${REFRESHER_MONTHS_MIN} to ${REFRESHER_MONTHS_MAX}` })

  const known = new Set(moduleOrder)
  const mandatoryModules = {} as PracticeSettings['mandatoryModules']
  for (const role of ROLES) {
    const entry = form.mandatory[role]
    if (entry.mode === 'all') {
      mandatoryModules[role] = null
      continue
    }
    const chosen = new Set(entry.modules.filter((id) => known.has(id)))
    if (chosen.size === 0) {
      errors.push({ field: `mandatory.${role}`, message: `Select at least one module for ${ROLE_SHORT[role]}, or choose all modules for the role` })
      continue
    }
    mandatoryModules[role] = moduleOrder.filter((id) => chosen.has(id))
  }

  if (errors.length || passMark === null || months === null) return { ok: false, errors }
  return { ok: true, settings: { practiceName, odsCode, passMarkPercent: passMark, refresherIntervalMonths: months, mandatoryModules } }
}

const sameList = (a: readonly string[] | null, b: readonly string[] | null): boolean =>
  a === null || b === null ? a === b : a.length === b.length && a.every((x, i) => x === b[i])

function describeModules(ids: readonly string[] | null, titles: ReadonlyMap<string, string>): string {
  if (ids === null || ids.length === 0) return 'all modules for the role'
  return ids.map((id) => titles.get(id) ?? id).join('; ')
}

const quoted = (text: string): string => (text ? `“${text}”` : '(blank)')

export interface SettingChange {
  key: keyof PracticeSettings
  /** "Pass mark: 80% → 85%" */
  description: string
}

/** One line per setting that changed (per role for mandatory modules), old → new; nothing for unchanged settings. */
export function describeSettingsChanges(before: PracticeSettings, after: PracticeSettings, moduleTitles: ReadonlyMap<string, string>): SettingChange[] {
  const changes: SettingChange[] = []
  if (before.practiceName !== after.practiceName)
    changes.push({ key: 'practiceName', description: `Practice name: ${quoted(before.practiceName)} → ${quoted(after.practiceName)}` })
  if (before.odsCode !== after.odsCode) changes.push({ key: 'odsCode', description: `ODS code: ${quoted(before.odsCode)} → ${quoted(after.odsCode)}` })
  if (before.passMarkPercent !== after.passMarkPercent)
    changes.push({ key: 'passMarkPercent', description: `Pass mark: ${before.passMarkPercent}% → ${after.passMarkPercent}%` })
  if (before.refresherIntervalMonths !== after.refresherIntervalMonths)
    changes.push({ key: 'refresherIntervalMonths', description: `Refresher interval: ${before.refresherIntervalMonths} months → ${after.refresherIntervalMonths} months` })
  for (const role of ROLES) {
    const was = before.mandatoryModules[role] ?? null
    const now = after.mandatoryModules[role] ?? null
    if (!sameList(was, now))
      changes.push({
        key: 'mandatoryModules',
        description: `Mandatory modules for ${ROLE_SHORT[role]}: ${describeModules(was, moduleTitles)} → ${describeModules(now, moduleTitles)}`,
      })
  }
  return changes
}
