import { describe, expect, it } from 'vitest'
import { checkPracticeSettings, describeSettingsChanges, formFromSettings, type PracticeSettings } from '../../../src/domain/practice-settings'

const MODULES = ['m01', 'm02', 'm03']
const TITLES = new Map([
  ['m01', 'Smartcards'],
  ['m02', 'Before you refer'],
  ['m03', 'Finding the service'],
])
const base: PracticeSettings = {
  practiceName: 'Synthetic Surgery',
  odsCode: 'G85001',
  passMarkPercent: 80,
  refresherIntervalMonths: 12,
  mandatoryModules: { clinician: null, admin: null, 'practice-manager': null, locum: null },
}

describe('checkPracticeSettings', () => {
  it('round-trips the settings through the form', () => {
    expect(checkPracticeSettings(formFromSettings(base), MODULES)).toEqual({ ok: true, settings: base })
  })

  it('tidies what was typed: trims, upper-cases the ODS code, orders chosen modules, drops unknown ones', () => {
    const form = formFromSettings(base)
    form.practiceName = '  Synthetic Surgery  '
    form.odsCode = ' g85001 '
    form.passMark = ' 85 '
    form.mandatory.admin = { mode: 'chosen', modules: ['m03', 'gone', 'm01'] }
    const check = checkPracticeSettings(form, MODULES)
    expect(check).toEqual({
      ok: true,
      settings: { ...base, passMarkPercent: 85, mandatoryModules: { ...base.mandatoryModules, admin: ['m01', 'm03'] } },
    })
  })

  it('explains every problem at once, each against its field', () => {
    const form = formFromSettings(base)
    form.practiceName = ' '
    form.odsCode = 'G85-001'
    form.passMark = '40'
    form.refresherMonths = 'twelve'
    form.mandatory.locum = { mode: 'chosen', modules: [] }
    const check = checkPracticeSettings(form, MODULES)
    expect(check.ok).toBe(false)
    expect(check.ok ? [] : check.errors).toEqual([
      { field: 'practiceName', message: 'Enter the practice name' },
      { field: 'odsCode', message: 'ODS code must be 3 to 10 letters and numbers only, like G85001' },
      { field: 'passMark', message: 'Pass mark must be a whole number from 50 to 100' },
      { field: 'refresherMonths', message: 'Refresher interval must be a whole number of months from 1 to 36' },
      { field: 'mandatory.locum', message: 'Select at least one module for locum, or choose all modules for the role' },
    ])
  })

  it.each(['49', '101', '80.5', '-80', '', '1e2'])('refuses the pass mark %j', (passMark) => {
    expect(checkPracticeSettings({ ...formFromSettings(base), passMark }, MODULES).ok).toBe(false)
  })

  it.each(['50', '100'])('accepts the pass mark %j', (passMark) => {
    expect(checkPracticeSettings({ ...formFromSettings(base), passMark }, MODULES).ok).toBe(true)
  })

  it('allows no ODS code', () => {
    expect(checkPracticeSettings({ ...formFromSettings(base), odsCode: '' }, MODULES).ok).toBe(true)
  })
})

describe('describeSettingsChanges', () => {
  it('says nothing when nothing changed', () => {
    expect(describeSettingsChanges(base, structuredClone(base), TITLES)).toEqual([])
  })

  it('gives one line per change, old → new (one per role for mandatory modules)', () => {
    const after: PracticeSettings = {
      practiceName: 'Renamed Surgery',
      odsCode: '',
      passMarkPercent: 90,
      refresherIntervalMonths: 6,
      mandatoryModules: { clinician: ['m01', 'm02'], admin: null, 'practice-manager': null, locum: ['m03'] },
    }
    expect(describeSettingsChanges(base, after, TITLES)).toEqual([
      { key: 'practiceName', description: 'Practice name: “Synthetic Surgery” → “Renamed Surgery”' },
      { key: 'odsCode', description: 'ODS code: “G85001” → (blank)' },
      { key: 'passMarkPercent', description: 'Pass mark: 80% → 90%' },
      { key: 'refresherIntervalMonths', description: 'Refresher interval: 12 months → 6 months' },
      { key: 'mandatoryModules', description: 'Mandatory modules for clinician: all modules for the role → Smartcards; Before you refer' },
      { key: 'mandatoryModules', description: 'Mandatory modules for locum: all modules for the role → Finding the service' },
    ])
    expect(describeSettingsChanges(after, base, TITLES).at(-1)?.description).toBe('Mandatory modules for locum: Finding the service → all modules for the role')
  })
})
