import { describe, expect, it } from 'vitest'
import type { DashboardModuleColumn, DashboardRow } from '../../../src/domain/dashboard'
import { DASHBOARD_CSV_HEADERS, dashboardCsv, dashboardFileName } from '../../../src/domain/dashboard-csv'
import { auditActionLabel, AUDIT_ACTIONS } from '../../../src/domain/audit-actions'
import { displayDay, displayScore, MATRIX_STATUS_DISPLAY } from '../../../src/domain/dashboard-labels'

const modules: DashboardModuleColumn[] = [
  { id: 'm01', title: 'Getting started', order: 1 },
  { id: 'm04', title: 'Patient choice, shortlisting', order: 4 },
]
const row = (overrides: Partial<DashboardRow>): DashboardRow => ({
  learnerId: 'a',
  name: 'Zoë Testperson',
  role: 'locum',
  practice: 'Synthetic Surgery',
  staffId: null,
  induction: 'in-progress',
  finalAssessmentPassed: false,
  modulesCompleted: 1,
  modulesRequired: 2,
  lastRefresherAt: '2026-02-10T10:15:00.000Z',
  refreshBy: '2027-02-10',
  certificate: 'in-date',
  overdue: false,
  bestScore: 90,
  latestScore: 85,
  moduleStatus: { m01: 'completed', m04: 'not-required' },
  ...overrides,
})

describe('dashboardCsv', () => {
  it('writes a BOM, a header row with one column per module, and one row per staff member with ISO dates and words', () => {
    const csv = dashboardCsv([row({}), row({ learnerId: 'b', name: '=HYPERLINK("x")', role: 'admin', lastRefresherAt: null, refreshBy: null, certificate: 'none', bestScore: null, latestScore: null, moduleStatus: { m01: 'in-progress', m04: 'not-started' } })], modules)
    const lines = csv.split('\r\n')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(lines[0]).toBe(`\uFEFF${[...DASHBOARD_CSV_HEADERS, 'Module 1: Getting started', '"Module 4: Patient choice, shortlisting"'].join(',')}`)
    expect(lines[1]).toBe('Zoë Testperson,Locum,Synthetic Surgery,,In progress,1,2,No,2026-02-10,2027-02-10,In date,No,90,85,Completed,Not required')
    expect(lines[2]).toBe(`"'=HYPERLINK(""x"")",Admin or reception,Synthetic Surgery,,In progress,1,2,No,,,No certificate,No,,,In progress,Not started`)
    expect(lines[3]).toBe('')
    expect(lines).toHaveLength(4)
  })
})

describe('dashboardFileName', () => {
  it('names the file after the practice and the date, safe for any file system', () => {
    expect(dashboardFileName('St Łukasz’s Surgery & Health Centre', '2026-03-02')).toBe('ers-trainer-dashboard-st-ukasz-s-surgery-health-centre-2026-03-02.csv')
    expect(dashboardFileName('Zoë Medical', '2026-03-02')).toBe('ers-trainer-dashboard-zoe-medical-2026-03-02.csv')
    expect(dashboardFileName('', '2026-03-02')).toBe('ers-trainer-dashboard-practice-2026-03-02.csv')
    expect(dashboardFileName('///', '2026-03-02')).toBe('ers-trainer-dashboard-practice-2026-03-02.csv')
  })
})

describe('labels', () => {
  it('every matrix status has a symbol and words, and they are all different', () => {
    const all = Object.values(MATRIX_STATUS_DISPLAY)
    expect(new Set(all.map((d) => d.symbol)).size).toBe(all.length)
    expect(new Set(all.map((d) => d.text)).size).toBe(all.length)
  })

  it('shows days and scores for people, with a dash for none', () => {
    expect(displayDay('2026-03-02T23:30:00.000Z')).toBe('2 Mar 2026')
    expect(displayDay(null)).toBe('–')
    expect(displayScore(0)).toBe('0%')
    expect(displayScore(null)).toBe('–')
  })

  it('names every audit action, and passes unknown ones through', () => {
    for (const action of Object.values(AUDIT_ACTIONS)) expect(auditActionLabel(action)).not.toBe(action)
    expect(auditActionLabel('something-new')).toBe('something-new')
  })
})
