/**
 * The bench lab: the app's own storage, domain and content modules in a page of their own, so
 * `npm run bench` can time them in Chromium against real IndexedDB. Exposes `globalThis.benchLab`
 * (see lab-api.ts) and sets html[data-ready] when it is ready to be driven.
 *
 * Browser code: .mts so tsconfig.node.json (build/**\/*.ts, no DOM) leaves it to build/bench/tsconfig.json.
 */
import regularFontUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url'
import boldFontUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url'
import type { Module, Question, Role, Scenario } from '../../src/content/schema'
import type { ContentBundle } from '../../src/content/validate'
import { openRepositories, type Repositories } from '../../src/db'
import { createDatabase, type TrainerDatabase } from '../../src/db/database'
import {
  DASHBOARD_ATTEMPT_KINDS,
  type AnswerRecord,
  type AttemptKind,
  type AttemptRecord,
  type CertificateRecord,
  type LearnerAttemptSummaryRecord,
  type LearnerRecord,
  type ModuleProgressRecord,
} from '../../src/domain/model'
import { AnswersRepository } from '../../src/db/repositories/answers-repository'
import { AttemptsRepository } from '../../src/db/repositories/attempts-repository'
import { CertificatesRepository } from '../../src/db/repositories/certificates-repository'
import { LearnersRepository } from '../../src/db/repositories/learners-repository'
import { ProgressRepository } from '../../src/db/repositories/progress-repository'
import { SettingsRepository } from '../../src/db/repositories/settings-repository'
import { buildCertificatePayload, certificateDigest } from '../../src/domain/certificate'
import { renderCertificatePdf } from '../../src/domain/certificate-pdf'
import { buildDashboard, type DashboardInput } from '../../src/domain/dashboard'
import { deadlineForRule } from '../../src/domain/deadlines'
import { addCalendarDays } from '../../src/domain/iso-date'
import { questionStatsFromTallies, type QuestionStats } from '../../src/domain/question-stats'
// The raw-record baselines fold as the tests do: the app itself reads only the summaries.
import { dashboardFromAttempts, questionStatsFromRecords } from '../../tests/unit/support/from-records'
import { deriveSeed, seededRandom, type Random } from '../../src/domain/random'
import type { QuestionResponse } from '../../src/domain/responses'
import { generateVerificationCode } from '../../src/domain/verification-code'
import type {
  BenchLab,
  CertificateTiming,
  ContentLoadTiming,
  DashboardReadStrategy,
  DashboardTiming,
  InsightsReadStrategy,
  InsightsTiming,
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
  return (await contentBundle()).modules
}

let bundle: ContentBundle | undefined
async function contentBundle(): Promise<ContentBundle> {
  if (!bundle) {
    const { loadAppContent } = await import('../../src/content/app-content')
    bundle = loadAppContent()
  }
  return bundle
}

/** A hash of a result as JSON (and its length), to check two ways of working it out agree without sending it to Node. */
function fingerprint(value: unknown): string {
  const text = JSON.stringify(value)
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0
  return `${hash.toString(16)}/${text.length}`
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

/**
 * Real question ids (so the insights have something to say): a module's attempts ask that
 * module's questions, a final assessment or refresher questions from across the bank.
 */
function attemptQuestionIds(
  kind: AttemptKind,
  moduleQuestions: readonly Question[],
  allQuestions: readonly Question[],
  offset: number,
): string[] {
  const pool = kind === 'final-assessment' || kind === 'locum-refresher' ? allQuestions : moduleQuestions
  return Array.from({ length: Math.min(QUESTIONS_PER_ATTEMPT[kind], pool.length) }, (_, q) => pool[(offset + q) % pool.length]?.id ?? '')
}

/** Deterministic records: the same learner count always gives the same rows. */
function makeRecords(count: number, modules: readonly Module[], questions: readonly Question[]): SeedRecords {
  const random = seededRandom(20251103 + count)
  const bytes = (n: number): Uint8Array => Uint8Array.from({ length: n }, () => Math.floor(random() * 256))
  const since = Date.UTC(2024, 0, 1)
  const out: SeedRecords = { learners: [], progress: [], attempts: [], certificates: [] }
  const used = modules.slice(0, MODULES_PER_LEARNER)
  const questionsOf = new Map(used.map((m) => [m.id, questions.filter((q) => q.id.slice(0, 3) === m.id.slice(0, 3))]))
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
    for (const [moduleIndex, module] of used.entries()) {
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
          questionIds: attemptQuestionIds(kind, questionsOf.get(module.id) ?? [], questions, a + l * 37 + moduleIndex * 11),
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

/** Choice ids from a scenario's start to the first ending that is (or is not) good. */
function scenarioPath(scenario: Scenario, good: boolean): { path: string[]; endingId: string } | null {
  const states = new Map(scenario.states.map((s) => [s.id, s]))
  const queue: Array<{ id: string; path: string[] }> = [{ id: scenario.start, path: [] }]
  const seen = new Set<string>()
  while (queue.length) {
    const next = queue.shift()
    if (!next || seen.has(next.id)) continue
    seen.add(next.id)
    const state = states.get(next.id)
    if (state?.outcome && (state.outcome === 'good') === good && next.path.length) return { path: next.path, endingId: next.id }
    for (const c of state?.choices ?? []) queue.push({ id: c.next, path: [...next.path, c.id] })
  }
  return null
}

/** A right or a plausibly wrong answer to any question; a date question's start date differs per attempt, as in the app. */
function benchResponse(question: Question, correct: boolean, random: Random, scenarios: ReadonlyMap<string, Scenario>): QuestionResponse {
  const other = <T,>(items: readonly T[], not: (item: T) => boolean): T => {
    const choices = items.filter((item) => !not(item))
    return choices[Math.floor(random() * choices.length)] ?? (items[0] as T)
  }
  switch (question.type) {
    case 'single':
      return { type: 'single', optionId: correct ? question.answer : other(question.options, (o) => o.id === question.answer).id }
    case 'multiple':
      return {
        type: 'multiple',
        optionIds: correct ? [...question.answer] : question.options.filter(() => random() < 0.5).map((o) => o.id),
      }
    case 'true-false':
      return { type: 'true-false', value: correct === question.answer }
    case 'ordering':
      return { type: 'ordering', order: (correct ? question.items : [...question.items].reverse()).map((i) => i.id) }
    case 'matching':
      return {
        type: 'matching',
        matches: Object.fromEntries(
          question.pairs.map((p, i) => [p.id, correct ? p.right : (question.pairs[(i + 1) % question.pairs.length]?.right ?? p.right)]),
        ),
      }
    case 'date-calc': {
      const start = addCalendarDays('2025-01-06', Math.floor(random() * 360))
      const due = deadlineForRule(question.rule, start).dueIso
      return {
        type: 'date-calc',
        start,
        date: correct
          ? due
          : addCalendarDays(
              due,
              other([-3, -2, -1, 1, 2, 3], () => false),
            ),
      }
    }
    case 'worklist-triage':
      return { type: 'worklist-triage', worklist: question.answer.worklist, action: correct ? question.answer.action : 'leave-on-worklist' }
    case 'scenario': {
      const scenario = scenarios.get(question.scenario)
      const path = scenario ? scenarioPath(scenario, correct) : null
      return { type: 'scenario', ...(path ?? { path: ['start'], endingId: 'end' }) }
    }
  }
}

/** Every answer of these attempts: all their questions if submitted, the first few if still in progress; 7 in 10 right. */
function makeAnswers(attempts: readonly AttemptRecord[], content: ContentBundle): AnswerRecord[] {
  const questions = new Map(content.questions.map((q) => [q.id, q]))
  const scenarios = new Map(content.scenarios.map((s) => [s.id, s]))
  const out: AnswerRecord[] = []
  for (const attempt of attempts) {
    const random = seededRandom(deriveSeed(attempt.seed, attempt.id))
    const answered = attempt.status === 'submitted' ? attempt.questionIds : attempt.questionIds.slice(0, attempt.currentIndex)
    for (const [i, questionId] of answered.entries()) {
      const question = questions.get(questionId)
      if (!question) continue
      const correct = random() < 0.7
      out.push({
        id: `${attempt.id}:${questionId}`,
        attemptId: attempt.id,
        learnerId: attempt.learnerId,
        questionId,
        response: benchResponse(question, correct, random, scenarios),
        correct,
        answeredAt: new Date(Date.parse(attempt.startedAt) + (i + 1) * 30_000).toISOString(),
      })
    }
  }
  return out
}

async function seedDashboard(learners: number, withAnswers: boolean): Promise<SeedResult> {
  const t0 = performance.now()
  const content = await contentBundle()
  const modules = content.modules
  if (modules.length < MODULES_PER_LEARNER)
    throw new Error(`The content has ${modules.length} modules; the bench needs ${MODULES_PER_LEARNER}`)
  const records = makeRecords(learners, modules, content.questions)
  const name = dashboardDbName(learners)
  // Written at schema v1, as on a PC updated from before the summaries existed.
  const v1 = createDatabase({ name, upToVersion: 1 })
  await v1.delete()
  await v1.open()
  let answers = 0
  try {
    await bulkAddInChunks(v1.learners, records.learners)
    await bulkAddInChunks(v1.moduleProgress, records.progress)
    await bulkAddInChunks(v1.certificates, records.certificates)
    await bulkAddInChunks(v1.attempts, records.attempts)
    // A million answers at 300 learners: made and written a slice of attempts at a time, never all in memory at once.
    const slice = MODULES_PER_LEARNER * ATTEMPTS_PER_MODULE * 10
    for (let i = 0; withAnswers && i < records.attempts.length; i += slice) {
      const batch = makeAnswers(records.attempts.slice(i, i + slice), content)
      answers += batch.length
      await bulkAddInChunks(v1.answers, batch)
    }
  } finally {
    v1.close()
  }
  const t1 = performance.now()
  const current = createDatabase({ name })
  await current.open()
  const upgradeMs = performance.now() - t1
  current.close()
  return {
    learners: records.learners.length,
    attempts: records.attempts.length,
    answers,
    progress: records.progress.length,
    certificates: records.certificates.length,
    ms: t1 - t0,
    upgradeMs,
  }
}

// ---------- dashboard ----------

interface DashboardSource {
  db: TrainerDatabase
  learners: LearnersRepository
  attempts: AttemptsRepository
  answers: AnswersRepository
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
      answers: new AnswersRepository(db),
      progress: new ProgressRepository(db),
      certificates: new CertificatesRepository(db),
      settings: new SettingsRepository(db),
      modules: await contentModules(),
    }
    sources.set(learners, source)
  }
  return source
}

type DashboardRecords = Pick<DashboardInput, 'learners' | 'progress' | 'certificates'> & {
  mandatoryModules: DashboardInput['mandatoryModules']
  refresherIntervalMonths: number
} & ({ attempts: AttemptRecord[] } | { attemptSummaries: LearnerAttemptSummaryRecord[] })

/**
 * Only the attempt kinds buildDashboard looks at, one index range per kind: each is a single
 * IndexedDB getAll (Dexie's anyOf() would walk a cursor instead, several times slower).
 */
async function dashboardAttemptsByKind(db: TrainerDatabase): Promise<AttemptRecord[]> {
  const perKind = await Promise.all(DASHBOARD_ATTEMPT_KINDS.map((kind) => db.attempts.where('kind').equals(kind).toArray()))
  return perKind.flat()
}

async function readDashboardRecords(source: DashboardSource, strategy: DashboardReadStrategy): Promise<DashboardRecords> {
  const { db } = source
  return db.transaction(
    'r',
    [db.learners, db.moduleProgress, db.attempts, db.learnerAttemptSummaries, db.certificates, db.settings],
    async () => {
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
      if (strategy === 'summaries') {
        // As use-manager-store's loadTeam reads them.
        const [attemptSummaries, progress, certificates] = await Promise.all([
          source.attempts.learnerSummaries(),
          source.progress.all(),
          source.certificates.all(),
        ])
        return { ...common, progress, attemptSummaries, certificates }
      }
      const [progress, attempts, certificates] = await Promise.all([
        db.moduleProgress.toArray(),
        strategy === 'kind-index' ? dashboardAttemptsByKind(db) : db.attempts.toArray(),
        db.certificates.toArray(),
      ])
      return { ...common, progress, attempts, certificates }
    },
  )
}

async function timeDashboard(learners: number, strategy: DashboardReadStrategy): Promise<DashboardTiming> {
  const source = await dashboardSource(learners)
  const t0 = performance.now()
  const records = await readDashboardRecords(source, strategy)
  const t1 = performance.now()
  const dashboard =
    'attempts' in records
      ? dashboardFromAttempts({ ...records, modules: source.modules, todayIso: TODAY })
      : buildDashboard({ ...records, modules: source.modules, todayIso: TODAY })
  const t2 = performance.now()
  return {
    readMs: t1 - t0,
    buildMs: t2 - t1,
    totalMs: t2 - t0,
    attemptsRead: 'attempts' in records ? records.attempts.length : 0,
    rows: dashboard.rows.length,
    fingerprint: fingerprint(dashboard),
  }
}

// ---------- insights ----------

async function timeInsights(learners: number, strategy: InsightsReadStrategy): Promise<InsightsTiming> {
  const source = await dashboardSource(learners)
  const content = await contentBundle()
  const t0 = performance.now()
  let stats: QuestionStats
  let rowsRead: number
  let t1: number
  if (strategy === 'tallies') {
    // As use-manager-store's loadStats reads them.
    const tallies = await source.answers.questionTallies()
    t1 = performance.now()
    rowsRead = tallies.length
    stats = questionStatsFromTallies({ tallies, ...content })
  } else {
    // As loadStats read them before the tallies: current learners, every attempt and every answer.
    const [current, attempts, answers] = await Promise.all([source.learners.list(), source.db.attempts.toArray(), source.db.answers.toArray()])
    t1 = performance.now()
    rowsRead = current.length + attempts.length + answers.length
    stats = questionStatsFromRecords({ answers, attempts, ...content, learnerIds: new Set(current.map((l) => l.id)) })
  }
  const t2 = performance.now()
  return {
    readMs: t1 - t0,
    buildMs: t2 - t1,
    totalMs: t2 - t0,
    rowsRead,
    answersCounted: stats.answersCounted,
    fingerprint: fingerprint(stats),
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

const lab: BenchLab = { seedDashboard, timeDashboard, timeInsights, timeAnswerWrites, timeContentLoad, timeCertificate }
;(globalThis as LabGlobal).benchLab = lab
document.documentElement.dataset['ready'] = 'true'
