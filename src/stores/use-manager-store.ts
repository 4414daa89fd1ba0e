/**
 * The practice manager's screens: the team's records read whole (one read per table; attempts and
 * answers through the summaries the database keeps of them), the dashboard and question
 * statistics worked out from them once per load, importing records from other PCs, the CSV
 * report, practice settings and the audit log. Every action needs manager mode
 * (use-manager-session-store) and every change is audited.
 */
import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import type { AuditEntry, Settings } from '../db'
import type { AuditLogRecord, CertificateRecord, LearnerAttemptSummaryRecord, LearnerRecord, ModuleProgressRecord } from '../domain/model'
import { AUDIT_ACTIONS } from '../domain/audit-actions'
import { csvBytes } from '../domain/csv'
import { buildDashboard, type Dashboard, type DashboardRow } from '../domain/dashboard'
import { dashboardCsv, dashboardFileName } from '../domain/dashboard-csv'
import { localToday } from '../domain/iso-date'
import { MANAGER_ACTOR } from '../domain/manager-identity'
import { describeSettingsChanges, type PracticeSettings } from '../domain/practice-settings'
import { questionStatsFromTallies, type QuestionStats } from '../domain/question-stats'
import { services } from './services'
import { useAppStore } from './use-app-store'
import { useContentStore } from './use-content-store'
import { useLearnersStore } from './use-learners-store'
import { useManagerSessionStore } from './use-manager-session-store'
import { usePassportsStore, type FileImportResult } from './use-passports-store'

/** Everything the dashboard reads, as stored, and the day it was read. */
export interface TeamRecords {
  learners: LearnerRecord[]
  /** What the dashboard takes from each learner's final assessments and locum refreshers. */
  attemptSummaries: LearnerAttemptSummaryRecord[]
  progress: ModuleProgressRecord[]
  certificates: CertificateRecord[]
  todayIso: string
}

export interface ManagerImportResult extends FileImportResult {
  kind: 'passport' | 'certificate' | 'other'
  /** Every reason a certificate was refused (the message sums them up). */
  reasons: string[]
}

export interface PickedRecordFile {
  name: string
  bytes: Uint8Array
}

const IMPORT_FILE_FILTERS = [{ name: 'Progress passports and certificate PDFs', extensions: ['json', 'pdf'] }]

const extensionOf = (name: string): string => name.split('.').pop()?.toLowerCase() ?? ''

export const useManagerStore = defineStore('manager', () => {
  const app = useAppStore()
  const session = useManagerSessionStore()
  const content = useContentStore()

  // Shallow: tens of thousands of plain records that are read, never edited in place.
  const team = shallowRef<TeamRecords | null>(null)
  const teamLoading = shallowRef(false)
  const stats = shallowRef<QuestionStats | null>(null)
  const auditLog = shallowRef<AuditLogRecord[]>([])

  /** Reads the team's records (all of them, one read per table). */
  async function loadTeam(): Promise<void> {
    session.requireSession()
    const { repos } = services()
    teamLoading.value = true
    try {
      await content.ensureLoaded()
      const [learners, attemptSummaries, progress, certificates] = await Promise.all([
        repos.learners.list({ includeArchived: true }),
        // One summary per learner rather than every final assessment and refresher.
        repos.attempts.learnerSummaries(),
        repos.progress.all(),
        repos.certificates.all(),
      ])
      team.value = { learners, attemptSummaries, progress, certificates, todayIso: localToday() }
    } catch (error) {
      app.reportStorageError(error)
      throw error
    } finally {
      teamLoading.value = false
    }
  }

  /** Worked out once per load (and again only if the practice settings change). */
  const dashboard = computed<Dashboard | null>(() => {
    const records = team.value
    const bundle = content.bundle
    if (!records || !bundle) return null
    return buildDashboard({
      learners: records.learners,
      progress: records.progress,
      attemptSummaries: records.attemptSummaries,
      certificates: records.certificates,
      modules: bundle.modules,
      mandatoryModules: app.settings.mandatoryModules,
      todayIso: records.todayIso,
      refresherIntervalMonths: app.settings.refresherIntervalMonths,
    })
  })

  /**
   * "What the team gets wrong": answers of current (not archived) staff in real attempts, from the
   * per-question tallies the database keeps (which count exactly those answers).
   */
  async function loadStats(): Promise<void> {
    session.requireSession()
    const { repos } = services()
    const bundle = await content.ensureLoaded()
    if (!bundle) throw new Error('The training content could not be loaded.')
    try {
      const tallies = await repos.answers.questionTallies()
      stats.value = questionStatsFromTallies({
        tallies,
        questions: bundle.questions,
        modules: bundle.modules,
        scenarios: bundle.scenarios,
        worklists: bundle.worklists,
      })
    } catch (error) {
      app.reportStorageError(error)
      throw error
    }
  }

  // ---------- import from other PCs ----------

  async function importCertificate(file: PickedRecordFile): Promise<ManagerImportResult> {
    // Loaded on first use: PDF reading is large and only this screen and Verify need it.
    const [{ verifyCertificatePdf }, { certificateDigest }] = await Promise.all([import('../domain/certificate-verify'), import('../domain/certificate')])
    const base = { fileName: file.name, kind: 'certificate' as const }
    const result = await verifyCertificatePdf(file.bytes, localToday())
    if (!result.verified) {
      return { ...base, outcome: 'refused', message: 'This certificate does not verify, so nothing has been imported.', reasons: result.reasons }
    }
    const digest = await certificateDigest(result.payload)
    try {
      const stored = await app.guardedWrite(() => services().repos.certificates.importVerified({ payload: result.payload, digest }, MANAGER_ACTOR))
      const who = result.payload.learner.name
      if (stored.outcome === 'already-present') return { ...base, outcome: 'already-present', message: `Certificate ${result.payload.code} for ${who} is already on this PC.`, reasons: [] }
      return {
        ...base,
        outcome: 'imported',
        message: `Certificate ${result.payload.code} for ${who}${stored.learnerCreated ? `; ${who} was added to this PC` : ''}.`,
        reasons: [],
      }
    } catch {
      return { ...base, outcome: 'refused', message: 'It could not be saved on this PC (see the message above). Nothing has been imported.', reasons: [] }
    }
  }

  /**
   * Imports progress passports (.json) and certificate PDFs (.pdf), each file on its own and in
   * one transaction: a refused file writes nothing and never stops the others. Results come back
   * in the order the files were given.
   */
  async function importRecordFiles(files: readonly PickedRecordFile[], onProgress?: (done: number, total: number) => void): Promise<ManagerImportResult[]> {
    session.requireSession()
    const total = files.length
    let done = 0
    const step = (): void => {
      done++
      onProgress?.(done, total)
    }
    const results = new Array<ManagerImportResult | undefined>(total)
    const passports: Array<{ index: number; file: PickedRecordFile }> = []
    for (const [index, file] of files.entries()) {
      const extension = extensionOf(file.name)
      if (extension === 'json') passports.push({ index, file })
      else if (extension === 'pdf') {
        results[index] = await importCertificate(file)
        step()
      } else {
        results[index] = { fileName: file.name, kind: 'other', outcome: 'refused', message: 'This is not a progress passport (.json) or a certificate PDF (.pdf). Nothing has been imported.', reasons: [] }
        step()
      }
    }
    if (passports.length) {
      const passportResults = await usePassportsStore().importFiles(
        passports.map((p) => p.file),
        MANAGER_ACTOR,
        () => step(),
      )
      passportResults.forEach((result, i) => {
        const at = passports[i]?.index
        if (at !== undefined) results[at] = { ...result, kind: 'passport', reasons: [] }
      })
    } else {
      await useLearnersStore().load()
    }
    session.touch()
    return results.filter((r): r is ManagerImportResult => r !== undefined)
  }

  // ---------- reports ----------

  /** Saves the rows given (the dashboard as filtered) as a CSV file for Excel. */
  async function exportCsv(rows: readonly DashboardRow[]): Promise<string> {
    session.requireSession()
    const board = dashboard.value
    if (!board) throw new Error('The dashboard has not loaded yet.')
    const { platform, repos } = services()
    const fileName = dashboardFileName(app.settings.practiceName, localToday())
    const result = await platform.saveFile(fileName, csvBytes(dashboardCsv(rows, board.modules)), [{ name: 'CSV (Excel)', extensions: ['csv'] }])
    if (!result.saved) return 'Not saved.'
    await app.guardedWrite(() => repos.audit.record(MANAGER_ACTOR, AUDIT_ACTIONS.exportDashboard, `${fileName}: ${rows.length} of ${board.rows.length} staff`))
    return `Saved ${fileName}${result.location ? ` to ${result.location}` : ''}.`
  }

  // ---------- settings and audit log ----------

  /** Saves the practice settings that changed, each with an audit entry "old → new", in one transaction. Returns the lines audited. */
  async function saveSettings(next: PracticeSettings): Promise<string[]> {
    session.requireSession()
    const bundle = await content.ensureLoaded()
    const titles = new Map((bundle?.modules ?? []).map((m) => [m.id, m.title]))
    const changes = describeSettingsChanges(app.settings, next, titles)
    if (!changes.length) return []
    const keys = [...new Set(changes.map((c) => c.key))]
    const values: Partial<Settings> = Object.fromEntries(keys.map((key) => [key, next[key]]))
    const entries: AuditEntry[] = changes.map((c) => ({ actor: MANAGER_ACTOR, action: AUDIT_ACTIONS.settingsChange, detail: c.description }))
    const { repos } = services()
    await app.guardedWrite(() =>
      repos.audit.withEntries(entries, async () => {
        for (const key of keys) await repos.settings.write(key, next[key])
      }),
    )
    app.applySavedSettings(values)
    return changes.map((c) => c.description)
  }

  async function loadAuditLog(limit = 200): Promise<void> {
    session.requireSession()
    auditLog.value = await services().repos.audit.recent(limit)
  }

  /** Asks for passports and certificate PDFs to import; none if cancelled. */
  function chooseRecordFiles(): Promise<PickedRecordFile[]> {
    return services().platform.openFiles(IMPORT_FILE_FILTERS, { multiple: true })
  }

  return { team, teamLoading, dashboard, stats, auditLog, loadTeam, loadStats, chooseRecordFiles, importRecordFiles, exportCsv, saveSettings, loadAuditLog }
})
