/**
 * The dashboard as a CSV file for Excel: one row per staff member with the same figures the
 * screen shows, then one column per module with its status in words. Dates are ISO (YYYY-MM-DD),
 * which every spreadsheet reads the same way; toCsv adds the BOM, quoting and formula guard.
 */
import type { DashboardModuleColumn, DashboardRow } from './dashboard'
import { CERTIFICATE_STANDING_TEXT, INDUCTION_STATUS_TEXT, isoDay, MATRIX_STATUS_DISPLAY } from './dashboard-labels'
import { toCsv, type CsvCell } from './csv'
import { ROLE_LABELS } from './roles'
import { slugify } from './slug'

export const DASHBOARD_CSV_HEADERS = [
  'Name',
  'Role',
  'Practice',
  'Staff ID',
  'Induction',
  'Modules completed',
  'Modules required',
  'Final assessment passed',
  'Last refresher',
  'Refresh by',
  'Certificate',
  'Overdue',
  'Best score (%)',
  'Latest score (%)',
] as const

export function dashboardCsv(rows: readonly DashboardRow[], modules: readonly DashboardModuleColumn[]): string {
  const headers = [...DASHBOARD_CSV_HEADERS, ...modules.map((m) => `Module ${m.order}: ${m.title}`)]
  const cells = rows.map((row): CsvCell[] => [
    row.name,
    ROLE_LABELS[row.role],
    row.practice,
    row.staffId,
    INDUCTION_STATUS_TEXT[row.induction],
    row.modulesCompleted,
    row.modulesRequired,
    row.finalAssessmentPassed,
    isoDay(row.lastRefresherAt),
    row.refreshBy,
    CERTIFICATE_STANDING_TEXT[row.certificate],
    row.overdue,
    row.bestScore,
    row.latestScore,
    ...modules.map((m) => {
      const status = row.moduleStatus[m.id]
      return status ? MATRIX_STATUS_DISPLAY[status].text : ''
    }),
  ])
  return toCsv(headers, cells)
}

/** "ers-trainer-dashboard-riverside-medical-centre-2026-03-02.csv": safe on every file system. */
export function dashboardFileName(practiceName: string, todayIso: string): string {
  return `ers-trainer-dashboard-${slugify(practiceName, { maxLength: 60, fallback: 'practice' })}-${todayIso}.csv`
}
