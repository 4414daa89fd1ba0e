/**
 * The bench lab: the app's own storage, domain and content modules in a page of their own, so
 * `npm run bench` can time them in Chromium against real IndexedDB. Exposes `globalThis.benchLab`
 * (see lab-api.ts) and sets html[data-ready] when it is ready to be driven.
 *
 * Browser code: .mts so tsconfig.node.json (build/**\/*.ts, no DOM) leaves it to build/bench/tsconfig.json.
 */
import regularFontUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url'
import boldFontUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url'
import type { Module, Role } from '../../src/content/schema'
import { openRepositories, type Repositories } from '../../src/db'
import { createDatabase, type TrainerDatabase } from '../../src/db/database'
import type { AnswerRecord, AttemptKind, AttemptRecord, CertificateRecord, LearnerRecord, ModuleProgressRecord } from '../../src/db/records'
import { AttemptsRepository } from '../../src/db/repositories/attempts-repository'
import { CertificatesRepository } from '../../src/db/repositories/certificates-repository'
import { LearnersRepository } from '../../src/db/repositories/learners-repository'
import { ProgressRepository } from '../../src/db/repositories/progress-repository'
import { SettingsRepository } from '../../src/db/repositories/settings-repository'
import { buildCertificatePayload, certificateDigest } from '../../src/domain/certificate'
import { renderCertificatePdf } from '../../src/domain/certificate-pdf'
import { buildDashboard, type DashboardInput } from '../../src/domain/dashboard'
import { seededRandom, type Random } from '../../src/domain/random'
import { generateVerificationCode } from '../../src/domain/verification-code'
import type {
  BenchLab,
  CertificateTiming,
  ContentLoadTiming,
  DashboardReadStrategy,
  DashboardTiming,
  LabGlobal,
  SeedResult,
} from './lab-api'

const MODULES_PER_LEARNER = 16
const ATTEMPTS_PER_MODULE = 20
/** As src/domain/attempt-plans.ts draws them (a scenario or simulator run records its steps the same way). */
const QUESTIONS_PER_ATTEMPT: Readonly<Record<AttemptKind, number>> = {
  'module-check': 10,
  'final-assessment': 32,
  'locum-refresher': 20,
  practice: 10,
  scenario: 6,
  'worklist-sim': 8,
}
/** A fixed "today" so every run reads the same dashboard. */
const TODAY = '2026-01-15'
const CONTENT_VERSION = '1.0.0'

const dashboardDbName = (learners: number): string => `bench-dashboard-${learners}`

/** Content is imported on demand, as the app's content store does, so timeContentLoad sees a cold import. */
async function contentModules(): Promise<Module[]> {
  const { loadAppContent } = await import('../../src/content/app-content')
  return loadAppContent().modules
}

// ---------- seeding ----------

const FIRST = [
  'Amara',
  'Ben',
  'Chloë',
  'Dev',
  'Eilidh',
  'Femi',
  'Grace',
  'Hamza',
  'Ife',
  'José',
  'Kasia',
  'Łucja',
  'Mo',
  'Niamh',
  'Olu',
  'Priya',
]
const LAST = [
  'Adeyemi',
  'Brown',
  'Chowdhury',
  'Dąbrowska',
  'Evans',
  'Fernández',
  'Gill',
  'Hughes',
  'Ibrahim',
  'Jones',
  'Khan',
  'Lewis',
  'Müller',
  'Nwosu',
]
const PRACTICES = ['Lordship Lane Surgery', 'Hambleden Clinic', 'Nunhead Surgery', 'Sternhall Lane Surgery', 'The Gables Surgery']
/** Roughly a GP practice team: mostly admin and clinicians, a few managers and locums. */
const ROLE_MIX: readonly Role[] = [
  'admin',
  'admin',
  'admin',
  'admin',
  'clinician',
  'clinician',
  'clinician',
  'practice-manager',
  'locum',
  'locum',
]

const pick = <T,>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
const isoAt = (base: number, days: number): string => new Date(base + days * 86_400_000).toISOString()

interface SeedRecords {
  learners: LearnerRecord[]
  progress: ModuleProgressRecord[]
  attempts: AttemptRecord[]
  certificates: CertificateRecord[]
}

/** Deterministic records: the same learner count always gives the same rows. */
function makeRecords(count: number, modules: readonly Module[]): SeedRecords {
  const random = seededRandom(20251103 + count)
  const bytes = (n: number): Uint8Array => Uint8Array.from({ length: n }, () => Math.floor(random() * 256))
  const since = Date.UTC(2024, 0, 1)
  const out: SeedRecords = { learners: [], progress: [], attempts: [], certificates: [] }
  const used = modules.slice(0, MODULES_PER_LEARNER)
  for (let l = 0; l < count; l++) {
    const id = `learner-${String(l).padStart(4, '0')}`
    const role = ROLE_MIX[l % ROLE_MIX.length] ?? 'admin'
    const createdAt = isoAt(since, Math.floor(random() * 200))
    out.learners.push({
      id,
      name: `${pick(random, FIRST)} ${pick(random, LAST)}`,
      role,
      practice: pick(random, PRACTICES),
      ...(random() < 0.5 ? { staffId: `S${1000 + l}` } : {}),
      archived: false,
      createdAt,
      updatedAt: createdAt,
    })
    let day = 200
    let finalPassed = false
    let bestFinal = 0
    for (const module of used) {
      const lessonsRead = module.lessons.filter(() => random() < 0.85).map((lesson) => lesson.id)
      const checkPassed = random() < 0.7
      out.progress.push({
        id: `${id}:${module.id}`,
        learnerId: id,
        moduleId: module.id,
        lessonsRead,
        checkPassed,
        ...(checkPassed ? { bestScore: 80 + Math.floor(random() * 21), completedAt: isoAt(since, day) } : {}),
        updatedAt: isoAt(since, day),
      })
      for (let a = 0; a < ATTEMPTS_PER_MODULE; a++) {
        day += random() * 2
        // Most attempts are module checks and practice; one in twenty is a final assessment (or, for a locum, a refresher).
        const kind: AttemptKind =
          a < 10
            ? 'module-check'
            : a < 15
              ? 'practice'
              : a < 18
                ? 'scenario'
                : a < 19
                  ? 'worklist-sim'
                  : role === 'locum'
                    ? 'locum-refresher'
                    : 'final-assessment'
        const inProgress = a === ATTEMPTS_PER_MODULE - 1 && random() < 0.05
        const score = 40 + Math.floor(random() * 61)
        const startedAt = isoAt(since, day)
        if (!inProgress && kind === 'final-assessment' && score >= 80) {
          finalPassed = true
          bestFinal = Math.max(bestFinal, score)
        }
        out.attempts.push({
          id: `${id}:a${String(out.attempts.length).padStart(6, '0')}`,
          learnerId: id,
          kind,
          ...(kind === 'module-check' ? { moduleId: module.id } : {}),
          seed: Math.floor(random() * 2 ** 32),
          questionIds: Array.from(
            { length: QUESTIONS_PER_ATTEMPT[kind] },
            (_, q) => `${module.id.slice(0, 3)}-q${String(1 + ((a + q) % 24)).padStart(3, '0')}`,
          ),
          status: inProgress ? 'in-progress' : 'submitted',
          currentIndex: inProgress ? 3 : QUESTIONS_PER_ATTEMPT[kind],
          contentVersion: CONTENT_VERSION,
          startedAt,
          ...(inProgress ? {} : { submittedAt: isoAt(since, day + 0.01), score, passed: score >= 80 }),
        })
      }
    }
    const issuedOn = isoAt(since, day + 1).slice(0, 10)
    const certificate = (kind: CertificateRecord['kind']): void => {
      const learner = out.learners[out.learners.length - 1] as LearnerRecord
      const payload = buildCertificatePayload({
        code: generateVerificationCode(bytes),
        kind,
        learner,
        completedModules: used.map((m) => m.title),
        scorePercent: bestFinal || 85,
        issuedOn,
        contentVersion: CONTENT_VERSION,
        appVersion: '0.1.0',
      })
      out.certificates.push({
        id: `${id}:cert-${kind}`,
        learnerId: id,
        code: payload.code,
        kind,
        issuedAt: `${issuedOn}T12:00:00.000Z`,
        refreshBy: payload.refreshBy,
        // The digest is left out: the dashboard never reads it, and hashing thousands would only slow seeding.
        record: { payload, digest: '0'.repeat(64) },
      })
    }
    if (finalPassed) certificate('induction')
    if (role === 'locum' && random() < 0.6) certificate('locum-refresher')
  }
  return out
}

/** bulkAdd in slices (each its own transaction), so 200,000 rows never sit in one IndexedDB request. */
async function bulkAddInChunks<T>(table: { bulkAdd: (rows: readonly T[]) => Promise<unknown> }, rows: readonly T[]): Promise<void> {
  const chunk = 20_000
  for (let i = 0; i < rows.length; i += chunk) await table.bulkAdd(rows.slice(i, i + chunk))
}

async function seedDashboard(learners: number): Promise<SeedResult> {
  const t0 = performance.now()
  const modules = await contentModules()
  if (modules.length < MODULES_PER_LEARNER)
    throw new Error(`The content has ${modules.length} modules; the bench needs ${MODULES_PER_LEARNER}`)
  const records = makeRecords(learners, modules)
  const db = createDatabase({ name: dashboardDbName(learners) })
  await db.delete()
  await db.open()
  try {
    await bulkAddInChunks(db.learners, records.learners)
    await bulkAddInChunks(db.moduleProgress, records.progress)
    await bulkAddInChunks(db.certificates, records.certificates)
    await bulkAddInChunks(db.attempts, records.attempts)
  } finally {
    db.close()
  }
  return {
    learners: records.learners.length,
    attempts: records.attempts.length,
    progress: records.progress.length,
    certificates: records.certificates.length,
    ms: performance.now() - t0,
  }
}

// ---------- dashboard ----------

interface DashboardSource {
  db: TrainerDatabase
  learners: LearnersRepository
  attempts: AttemptsRepository
  progress: ProgressRepository
  certificates: CertificatesRepository
  settings: SettingsRepository
  modules: Module[]
}
const sources = new Map<number, DashboardSource>()

/** Opened once per page and learner count, outside the timing (the app opens storage at start). */
async function dashboardSource(learners: number): Promise<DashboardSource> {
  let source = sources.get(learners)
  if (!source) {
    const db = createDatabase({ name: dashboardDbName(learners) })
    await db.open()
    source = {
      db,
      learners: new LearnersRepository(db),
      attempts: new AttemptsRepository(db),
      progress: new ProgressRepository(db),
      certificates: new CertificatesRepository(db),
      settings: new SettingsRepository(db),
      modules: await contentModules(),
    }
    sources.set(learners, source)
  }
  return source
}

type DashboardRecords = Pick<DashboardInput, 'learners' | 'progress' | 'attempts' | 'certificates'> & {
  mandatoryModules: DashboardInput['mandatoryModules']
  refresherIntervalMonths: number
}

/**
 * Only the attempt kinds buildDashboard looks at, one index range per kind: each is a single
 * IndexedDB getAll (Dexie's anyOf() would walk a cursor instead, several times slower).
 */
async function dashboardAttemptsByKind(db: TrainerDatabase): Promise<AttemptRecord[]> {
  const kinds: AttemptKind[] = ['final-assessment', 'locum-refresher']
  const perKind = await Promise.all(kinds.map((kind) => db.attempts.where('kind').equals(kind).toArray()))
  return perKind.flat()
}

async function readDashboardRecords(source: DashboardSource, strategy: DashboardReadStrategy): Promise<DashboardRecords> {
  const { db } = source
  return db.transaction('r', [db.learners, db.moduleProgress, db.attempts, db.certificates, db.settings], async () => {
    const [learners, { settings }] = await Promise.all([source.learners.list(), source.settings.read()])
    const common = { learners, mandatoryModules: settings.mandatoryModules, refresherIntervalMonths: settings.refresherIntervalMonths }
    if (strategy === 'per-learner') {
      const perLearner = await Promise.all(
        learners.map((l) =>
          Promise.all([source.progress.forLearner(l.id), source.attempts.forLearner(l.id), source.certificates.forLearner(l.id)]),
        ),
      )
      return {
        ...common,
        progress: perLearner.flatMap((r) => r[0]),
        attempts: perLearner.flatMap((r) => r[1]),
        certificates: perLearner.flatMap((r) => r[2]),
      }
    }
    const [progress, attempts, certificates] = await Promise.all([
      db.moduleProgress.toArray(),
      strategy === 'kind-index' ? dashboardAttemptsByKind(db) : db.attempts.toArray(),
      db.certificates.toArray(),
    ])
    return { ...common, progress, attempts, certificates }
  })
}

async function timeDashboard(learners: number, strategy: DashboardReadStrategy): Promise<DashboardTiming> {
  const source = await dashboardSource(learners)
  const t0 = performance.now()
  const records = await readDashboardRecords(source, strategy)
  const t1 = performance.now()
  const dashboard = buildDashboard({ ...records, modules: source.modules, todayIso: TODAY })
  const t2 = performance.now()
  return {
    readMs: t1 - t0,
    buildMs: t2 - t1,
    totalMs: t2 - t0,
    attemptsRead: records.attempts.length,
    rows: dashboard.rows.length,
    summary: JSON.stringify(dashboard.summary),
  }
}

// ---------- answers ----------

async function timeAnswerWrites(count: number): Promise<number[]> {
  const repos: Repositories = await openRepositories({ name: 'bench-answers' })
  try {
    // A table that already holds a few thousand answers (a busy practice PC), not an empty one.
    const existing: AnswerRecord[] = Array.from({ length: 5_000 }, (_, i) => ({
      id: `old-${i >> 4}:q${i & 15}`,
      attemptId: `old-${i >> 4}`,
      learnerId: `learner-${i % 50}`,
      questionId: `q${i & 15}`,
      response: { selected: ['a', 'c'] },
      correct: i % 3 !== 0,
      answeredAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
    }))
    await Promise.all(existing.map((a) => repos.answers.save(a)))
    const durations: number[] = []
    for (let i = 0; i < count; i++) {
      const t0 = performance.now()
      await repos.answers.save({
        attemptId: `attempt-${Math.floor(i / 20)}`,
        learnerId: 'learner-bench',
        questionId: `m06-q${String(i % 20).padStart(2, '0')}`,
        response: i % 2 ? { selected: ['b'] } : { order: ['c', 'a', 'd', 'b'] },
        correct: i % 4 !== 0,
        answeredAt: new Date().toISOString(),
      })
      durations.push(performance.now() - t0)
    }
    return durations
  } finally {
    repos.close()
  }
}

// ---------- content ----------

async function timeContentLoad(runs: number): Promise<ContentLoadTiming> {
  const t0 = performance.now()
  const { loadAppContent } = await import('../../src/content/app-content')
  const importMs = performance.now() - t0
  const times: number[] = []
  let modules = 0
  let questions = 0
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    const bundle = loadAppContent()
    times.push(performance.now() - start)
    modules = bundle.modules.length
    questions = bundle.questions.length
  }
  return { importMs, runs: times, modules, questions }
}

// ---------- certificates ----------

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  return new Uint8Array(await response.arrayBuffer())
}

async function timeCertificate(runs: number): Promise<CertificateTiming> {
  const modules = await contentModules()
  const f0 = performance.now()
  const [regularFont, boldFont] = await Promise.all([fetchBytes(regularFontUrl), fetchBytes(boldFontUrl)])
  const fontFetchMs = performance.now() - f0
  const times: number[] = []
  let bytes = 0
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    const payload = buildCertificatePayload({
      code: '0123-4567-89AB-Y',
      kind: 'induction',
      learner: { id: 'learner-1', name: 'Łucja Brzęczyszczykiewicz', role: 'admin', practice: 'Lordship Lane Surgery', staffId: 'A123' },
      completedModules: modules.map((m) => m.title),
      scorePercent: 92,
      issuedOn: '2025-11-03',
      contentVersion: CONTENT_VERSION,
      appVersion: '0.1.0',
    })
    const pdf = await renderCertificatePdf(payload, await certificateDigest(payload), { regularFont, boldFont })
    times.push(performance.now() - t0)
    bytes = pdf.byteLength
  }
  return { runs: times, bytes, fontFetchMs }
}

const lab: BenchLab = { seedDashboard, timeDashboard, timeAnswerWrites, timeContentLoad, timeCertificate }
;(globalThis as LabGlobal).benchLab = lab
document.documentElement.dataset['ready'] = 'true'
