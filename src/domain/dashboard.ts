/**
 * The practice manager's dashboard, worked out from plain records: one row per current learner
 * (induction status, modules, refresher dates, scores, a module-by-module matrix), summary counts,
 * and the filter, search and sort the table offers.
 *
 * Linear in the number of records: summaries, progress and certificates are each read once into
 * per-learner Maps. Each learner's attempt figures come folded already (one
 * LearnerAttemptSummaryRecord per learner, kept up to date by the database).
 *
 * Definitions (shown to managers, so kept simple and checkable):
 * - Induction "completed" means an induction certificate exists (issued when every required
 *   module is complete and the final assessment is passed). "In progress" means a required module
 *   is started or a final assessment has been submitted; otherwise "not started".
 * - Refresh-by is the latest refresh-by date on the learner's certificates (induction or
 *   refresher). A passed refresher with no certificate issued on or after that day (for example
 *   one passed before certificates were issued) still counts: its refresh-by is its date plus the
 *   practice's refresher interval.
 * - Overdue means only that the refresh-by date has passed. Someone with no certificate at all is
 *   not "overdue" (nothing has lapsed) but shows as "No certificate", a separate state.
 */
import type { Module } from '../content/schema'
import { refreshByDate } from './certificate'
import { parseIsoDate } from './iso-date'
import type { AttemptFigures, CertificateRecord, LearnerAttemptSummaryRecord, LearnerRecord, ModuleProgressRecord, Role } from './model'
import { moduleStanding, modulesForRole, type ModuleStatus } from './module-progress'
import { ROLE_LABELS } from './roles'

// ---------- input: the fields of the stored records the dashboard reads ----------

type DashboardProgress = Pick<ModuleProgressRecord, 'learnerId' | 'moduleId' | 'lessonsRead' | 'checkPassed'>

export interface DashboardInput {
  learners: readonly Pick<LearnerRecord, 'id' | 'name' | 'role' | 'practice' | 'staffId' | 'archived'>[]
  progress: readonly DashboardProgress[]
  /** One per learner with a counted attempt (src/domain/learner-attempt-summary.ts). */
  attemptSummaries: readonly LearnerAttemptSummaryRecord[]
  certificates: readonly Pick<CertificateRecord, 'learnerId' | 'kind' | 'issuedAt' | 'refreshBy'>[]
  /** Every module in the content. */
  modules: readonly Module[]
  /** The practice's mandatory modules per role; null or missing means "every module written for the role". */
  mandatoryModules: Readonly<Partial<Record<Role, readonly string[] | null>>>
  /** YYYY-MM-DD, the local date. */
  todayIso: string
  refresherIntervalMonths: number
}

// ---------- output ----------

export type InductionStatus = 'completed' | 'in-progress' | 'not-started'
/** 'none': no certificate of either kind yet. */
export type CertificateStanding = 'in-date' | 'overdue' | 'none'
export type MatrixStatus = ModuleStatus | 'not-required'

export interface DashboardModuleColumn {
  id: string
  title: string
  order: number
}

export interface DashboardRow {
  learnerId: string
  name: string
  role: Role
  practice: string
  staffId: string | null
  induction: InductionStatus
  finalAssessmentPassed: boolean
  /** Required modules complete, of modulesRequired. */
  modulesCompleted: number
  modulesRequired: number
  /** ISO date or date-time of the latest passed refresher (attempt or certificate), or null. */
  lastRefresherAt: string | null
  /** YYYY-MM-DD, or null when there is nothing to refresh. */
  refreshBy: string | null
  certificate: CertificateStanding
  /** refreshBy is before today. */
  overdue: boolean
  /** Over submitted final assessments and locum refreshers (percent). */
  bestScore: number | null
  latestScore: number | null
  /** Module id → status, for every module in the content. */
  moduleStatus: Readonly<Record<string, MatrixStatus>>
}

export interface DashboardSummary {
  learners: number
  completed: number
  inProgress: number
  notStarted: number
  overdue: number
  noCertificate: number
}

export interface Dashboard {
  /** Columns of the completion matrix, in module order. */
  modules: DashboardModuleColumn[]
  /** Current (not archived) learners, by name. */
  rows: DashboardRow[]
  summary: DashboardSummary
}

// ---------- aggregation ----------

interface CertificateFigures {
  hasInduction: boolean
  latestRefreshBy: string | null
  lastRefresherIssuedAt: string | null
}

const dayOf = (isoDateOrTime: string): string => isoDateOrTime.slice(0, 10)
const later = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : b > a ? b : a)

function foldCertificates(certificates: DashboardInput['certificates']): Map<string, CertificateFigures> {
  const byLearner = new Map<string, CertificateFigures>()
  for (const certificate of certificates) {
    let figures = byLearner.get(certificate.learnerId)
    if (!figures) {
      figures = { hasInduction: false, latestRefreshBy: null, lastRefresherIssuedAt: null }
      byLearner.set(certificate.learnerId, figures)
    }
    if (certificate.kind === 'induction') figures.hasInduction = true
    else figures.lastRefresherIssuedAt = later(figures.lastRefresherIssuedAt, certificate.issuedAt)
    figures.latestRefreshBy = later(figures.latestRefreshBy, dayOf(certificate.refreshBy))
  }
  return byLearner
}

function groupProgress(progress: readonly DashboardProgress[]): Map<string, Map<string, DashboardProgress>> {
  const byLearner = new Map<string, Map<string, DashboardProgress>>()
  for (const record of progress) {
    let byModule = byLearner.get(record.learnerId)
    if (!byModule) {
      byModule = new Map()
      byLearner.set(record.learnerId, byModule)
    }
    byModule.set(record.moduleId, record)
  }
  return byLearner
}

/** Refresh-by from certificates, or from a passed refresher that has no certificate issued on or after its day. */
function refreshByFor(attempts: AttemptFigures | undefined, certificates: CertificateFigures | undefined, months: number): string | null {
  let refreshBy = certificates?.latestRefreshBy ?? null
  const passedOn = attempts?.lastPassedRefresherAt ? dayOf(attempts.lastPassedRefresherAt) : null
  const certifiedOn = certificates?.lastRefresherIssuedAt ? dayOf(certificates.lastRefresherIssuedAt) : null
  if (passedOn && (certifiedOn === null || certifiedOn < passedOn)) refreshBy = later(refreshBy, refreshByDate(passedOn, months))
  return refreshBy
}

export function buildDashboard(input: DashboardInput): Dashboard {
  parseIsoDate(input.todayIso)
  if (!Number.isInteger(input.refresherIntervalMonths) || input.refresherIntervalMonths < 1)
    throw new RangeError(`${input.refresherIntervalMonths} is not a usable refresher interval in months`)

  const modules = [...input.modules].sort((a, b) => a.order - b.order)
  const attemptsByLearner: ReadonlyMap<string, AttemptFigures> = new Map(input.attemptSummaries.map((summary) => [summary.learnerId, summary]))
  const certificatesByLearner = foldCertificates(input.certificates)
  const progressByLearner = groupProgress(input.progress)
  // Required modules depend only on the role, so they are worked out once per role.
  const requiredByRole = new Map<Role, ReadonlySet<string>>()
  const requiredFor = (role: Role): ReadonlySet<string> => {
    let required = requiredByRole.get(role)
    if (!required) {
      required = new Set(modulesForRole(modules, role, input.mandatoryModules[role]).map((m) => m.id))
      requiredByRole.set(role, required)
    }
    return required
  }

  const rows: DashboardRow[] = []
  for (const learner of input.learners) {
    if (learner.archived) continue
    const attempts = attemptsByLearner.get(learner.id)
    const certificates = certificatesByLearner.get(learner.id)
    const progress = progressByLearner.get(learner.id)
    const required = requiredFor(learner.role)

    const moduleStatus: Record<string, MatrixStatus> = {}
    let modulesCompleted = 0
    let anyModuleStarted = false
    for (const module of modules) {
      if (!required.has(module.id)) {
        moduleStatus[module.id] = 'not-required'
        continue
      }
      const status = moduleStanding(module, progress?.get(module.id)).status
      moduleStatus[module.id] = status
      if (status === 'completed') modulesCompleted++
      if (status !== 'not-started') anyModuleStarted = true
    }

    const induction: InductionStatus = certificates?.hasInduction
      ? 'completed'
      : anyModuleStarted || attempts?.finalSubmitted
        ? 'in-progress'
        : 'not-started'
    const refreshBy = refreshByFor(attempts, certificates, input.refresherIntervalMonths)
    const overdue = refreshBy !== null && refreshBy < input.todayIso
    rows.push({
      learnerId: learner.id,
      name: learner.name,
      role: learner.role,
      practice: learner.practice,
      staffId: learner.staffId ? learner.staffId : null,
      induction,
      finalAssessmentPassed: attempts?.finalPassed ?? false,
      modulesCompleted,
      // Taken from the content, so a mandatory id for a module that no longer exists is not required.
      modulesRequired: required.size,
      lastRefresherAt: later(attempts?.lastPassedRefresherAt ?? null, certificates?.lastRefresherIssuedAt ?? null),
      refreshBy,
      certificate: refreshBy === null ? 'none' : overdue ? 'overdue' : 'in-date',
      overdue,
      bestScore: attempts?.bestScore ?? null,
      latestScore: attempts?.latestScore ?? null,
      moduleStatus,
    })
  }

  return {
    modules: modules.map((m) => ({ id: m.id, title: m.title, order: m.order })),
    rows: sortRows(rows, 'name', 'asc'),
    summary: summarise(rows),
  }
}

export function summarise(rows: readonly DashboardRow[]): DashboardSummary {
  const summary: DashboardSummary = { learners: rows.length, completed: 0, inProgress: 0, notStarted: 0, overdue: 0, noCertificate: 0 }
  for (const row of rows) {
    if (row.induction === 'completed') summary.completed++
    else if (row.induction === 'in-progress') summary.inProgress++
    else summary.notStarted++
    if (row.overdue) summary.overdue++
    if (row.certificate === 'none') summary.noCertificate++
  }
  return summary
}

// ---------- filter, search, sort ----------

export type DashboardStatusFilter = InductionStatus | 'overdue' | 'no-certificate'

export interface DashboardFilter {
  role?: Role
  status?: DashboardStatusFilter
  /** Words to find in the name, practice or staff id; every word must appear somewhere. */
  query?: string
}

/** Lower case without accents, so "zoe" finds "Zoë" and "lucja" finds "Łucja". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en-GB')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/đ/g, 'd')
    .replace(/ß/g, 'ss')
}

function matchesStatus(row: DashboardRow, status: DashboardStatusFilter): boolean {
  if (status === 'overdue') return row.overdue
  if (status === 'no-certificate') return row.certificate === 'none'
  return row.induction === status
}

export function filterRows(rows: readonly DashboardRow[], filter: DashboardFilter): DashboardRow[] {
  const words = foldForSearch(filter.query ?? '')
    .split(/\s+/)
    .filter((w) => w.length > 0)
  return rows.filter((row) => {
    if (filter.role && row.role !== filter.role) return false
    if (filter.status && !matchesStatus(row, filter.status)) return false
    if (words.length === 0) return true
    const haystack = foldForSearch([row.name, row.practice, row.staffId ?? ''].join(' '))
    return words.every((w) => haystack.includes(w))
  })
}

export type DashboardSortKey =
  'name' | 'role' | 'practice' | 'induction' | 'modules' | 'lastRefresher' | 'refreshBy' | 'bestScore' | 'latestScore'
export type SortDirection = 'asc' | 'desc'

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true })
const INDUCTION_ORDER: Readonly<Record<InductionStatus, number>> = { 'not-started': 0, 'in-progress': 1, completed: 2 }

function sortValue(row: DashboardRow, key: DashboardSortKey): string | number | null {
  switch (key) {
    case 'name':
      return row.name
    case 'role':
      return ROLE_LABELS[row.role]
    case 'practice':
      return row.practice
    case 'induction':
      return INDUCTION_ORDER[row.induction]
    case 'modules':
      return row.modulesRequired === 0 ? null : row.modulesCompleted / row.modulesRequired
    case 'lastRefresher':
      return row.lastRefresherAt
    case 'refreshBy':
      return row.refreshBy
    case 'bestScore':
      return row.bestScore
    case 'latestScore':
      return row.latestScore
  }
}

const compareValues = (a: string | number, b: string | number): number =>
  typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b))

/**
 * A sorted copy. Blanks (no score, no date) go last in either direction, so "refresh by,
 * soonest first" starts with the overdue and never with people who have nothing to refresh.
 * Ties fall back to name, then id, so the order never jumps about between renders.
 */
export function sortRows(rows: readonly DashboardRow[], key: DashboardSortKey, direction: SortDirection): DashboardRow[] {
  const sign = direction === 'asc' ? 1 : -1
  // ISO dates and times sort as plain text; a collator would ignore the punctuation between their parts.
  const isDate = key === 'lastRefresher' || key === 'refreshBy'
  return [...rows].sort((a, b) => {
    const va = sortValue(a, key)
    const vb = sortValue(b, key)
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1
    } else {
      const order = isDate ? (va < vb ? -1 : va > vb ? 1 : 0) : compareValues(va, vb)
      if (order !== 0) return order * sign
    }
    return collator.compare(a.name, b.name) || (a.learnerId < b.learnerId ? -1 : a.learnerId > b.learnerId ? 1 : 0)
  })
}
