/**
 * The manager's dashboard and "What the team gets wrong" read the summaries the database keeps,
 * not every attempt and answer. Here a varied team's records are written through the app's write
 * paths (answers as given, submissions, attempts and passports from other PCs, archiving and
 * restoring), and both screens must come out exactly as they did when built from the raw records.
 */
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Question, Role, Scenario } from '../../../src/content/schema'
import type { Repositories } from '../../../src/db'
import { DASHBOARD_ATTEMPT_KINDS, type AttemptKind, type AttemptRecord, type CertificateRecord } from '../../../src/domain/model'
import { localToday } from '../../../src/domain/iso-date'
import { dashboardFromAttempts, questionStatsFromRecords } from '../support/from-records'
import { pick, seededRandom, shuffle, type Random } from '../../../src/domain/random'
import type { PlatformApi } from '../../../src/platform'
import { setServices } from '../../../src/stores/services'
import { useAppStore } from '../../../src/stores/use-app-store'
import { useContentStore } from '../../../src/stores/use-content-store'
import { useManagerSessionStore } from '../../../src/stores/use-manager-session-store'
import { useManagerStore } from '../../../src/stores/use-manager-store'
import { freshFactory, testRepositories } from '../db/test-db'
import { correctResponse } from '../support/correct-response'
import { wrongResponse } from '../support/wrong-response'

const platform: PlatformApi = {
  kind: 'browser',
  saveFile: async () => ({ saved: false }),
  openFiles: async () => [],
  appVersion: async () => '1.0.0-test',
  openExternal: async () => false,
}
const META = { exportedAt: new Date('2026-02-01T12:00:00Z'), app: { name: 'e-RS Trainer', version: '0.1.0' }, contentVersion: '4.1.0' }
const ROLES: Role[] = ['admin', 'clinician', 'locum', 'practice-manager']
const KINDS: AttemptKind[] = ['module-check', 'final-assessment', 'locum-refresher', 'practice', 'scenario', 'worklist-sim']

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-03-02T09:00:00.000Z'))
})
afterEach(() => vi.useRealTimers())

interface Team {
  repos: Repositories
  questions: Question[]
  scenarios: ReadonlyMap<string, Scenario>
  random: Random
}

const isoAt = (day: number, minute: number): string => new Date(Date.UTC(2025, 6, 1) + day * 86_400_000 + minute * 60_000).toISOString()

/**
 * One attempt, answered question by question as the attempt store saves answers (some answered
 * twice, the second answer replacing the first), then submitted or left in progress.
 */
async function playAttempt(team: Team, learnerId: string, id: string, kind: AttemptKind, submittedAt: string | null): Promise<void> {
  const { repos, random } = team
  const seed = Math.floor(random() * 2 ** 31)
  const questions = shuffle(team.questions, random).slice(0, 3 + Math.floor(random() * 6))
  const started: AttemptRecord = {
    id,
    learnerId,
    kind,
    seed,
    questionIds: questions.map((q) => q.id),
    status: 'in-progress',
    currentIndex: 0,
    contentVersion: '4.1.0',
    startedAt: isoAt(0, 0),
  }
  await repos.attempts.add(started)
  let right = 0
  for (const question of questions) {
    if (random() < 0.1) continue // skipped: no answer stored
    const answerOnce = async (): Promise<boolean> => {
      const correct = random() < 0.55
      const roll = random()
      // Now and then an answer no longer readable, or to a question since removed from the content.
      const response =
        roll < 0.03
          ? 'garbage'
          : correct
            ? correctResponse(question, seed, team.scenarios)
            : wrongResponse(question, seed, team.scenarios, random)
      const questionId = roll > 0.98 ? 'm01-q999' : question.id
      await repos.answers.save({ attemptId: id, learnerId, questionId, response, correct, answeredAt: isoAt(0, 1) })
      return correct
    }
    let correct = await answerOnce()
    if (random() < 0.2) correct = await answerOnce()
    if (correct) right++
  }
  if (submittedAt === null) return
  const score = Math.round((right / questions.length) * 100)
  await repos.submissions.submit({
    attempt: { ...started, status: 'submitted', submittedAt, score, passed: score >= 60 },
    reviewPuts: [],
    reviewDeletes: [],
  })
}

/** A submitted attempt brought in whole (as a passport brings one), with no answers. */
async function importedAttempt(
  repos: Repositories,
  learnerId: string,
  id: string,
  kind: AttemptKind,
  submittedAt: string,
  score: number,
): Promise<void> {
  await repos.attempts.add({
    id,
    learnerId,
    kind,
    seed: 1,
    questionIds: [],
    status: 'submitted',
    currentIndex: 0,
    contentVersion: '4.1.0',
    startedAt: submittedAt,
    submittedAt,
    score,
    passed: score >= 60,
  })
}

async function playLearner(team: Team, learnerId: string, prefix: string): Promise<void> {
  const { repos, random } = team
  const attempts = 2 + Math.floor(random() * 6)
  for (let a = 0; a < attempts; a++) {
    const id = `${prefix}-${String(a).padStart(2, '0')}`
    const kind = pick(KINDS, random)
    const submittedAt = random() < 0.15 ? null : isoAt(1 + Math.floor(random() * 200), Math.floor(random() * 3))
    await playAttempt(team, learnerId, id, kind, submittedAt)
  }
  // Same-millisecond submissions (only ever seen in imported records): the tie rule must hold.
  if (random() < 0.5) {
    const at = isoAt(300, 0)
    await importedAttempt(repos, learnerId, `${prefix}-t1`, 'final-assessment', at, Math.floor(random() * 101))
    await importedAttempt(repos, learnerId, `${prefix}-t0`, pick(DASHBOARD_ATTEMPT_KINDS, random), at, Math.floor(random() * 101))
  }
  if (random() < 0.4) {
    const certificate: CertificateRecord = {
      id: `${prefix}-cert`,
      learnerId,
      code: `${prefix.toUpperCase()}-CODE`,
      kind: random() < 0.5 ? 'induction' : 'locum-refresher',
      issuedAt: isoAt(100 + Math.floor(random() * 150), 0),
      refreshBy: random() < 0.5 ? '2026-01-15' : '2026-11-30',
      record: {},
    }
    await repos.certificates.add(certificate)
  }
}

async function session(seed: number) {
  setActivePinia(createPinia())
  const factory = freshFactory()
  const repos = await testRepositories(factory)
  setServices({ repos, platform })
  await useAppStore().start()
  const bundle = await useContentStore().ensureLoaded()
  if (!bundle) throw new Error('content did not load')
  await useManagerSessionStore().setFirstPin('482916')
  const team: Team = {
    repos,
    questions: bundle.questions,
    scenarios: new Map(bundle.scenarios.map((s) => [s.id, s])),
    random: seededRandom(seed),
  }
  return { repos, bundle, team, app: useAppStore(), manager: useManagerStore() }
}

/** A practice's records written through the app's write paths, and a few brought from another PC. */
async function varietyOfRecords(seed: number) {
  const s = await session(seed)
  const { repos, team } = s
  const learners = []
  for (let i = 0; i < 10; i++)
    learners.push(await repos.learners.create({ name: `Learner ${i}`, role: ROLES[i % ROLES.length] ?? 'admin', practice: 'P' }))
  for (const [i, learner] of learners.entries()) {
    await playLearner(team, learner.id, `l${i}`)
    for (const module of s.bundle.modules.slice(0, 1 + (i % 4)))
      for (const lesson of module.lessons.slice(0, i % 3)) await repos.progress.markLessonRead(learner.id, module.id, lesson.id)
  }
  // Two learners from another PC: one current, one archived there.
  const elsewhere = await testRepositories(freshFactory())
  const otherTeam: Team = { ...team, repos: elsewhere }
  for (const [i, archived] of [false, true].entries()) {
    const visitor = await elsewhere.learners.create({ name: `Visitor ${i}`, role: 'locum', practice: 'Other' })
    await playLearner(otherTeam, visitor.id, `v${i}`)
    if (archived) await elsewhere.learners.update(visitor.id, { archived: true })
    const passport = await elsewhere.passports.exportPassport(visitor.id, META)
    expect(await repos.passports.importPassport(passport, 'Practice manager')).toMatchObject({ ok: true })
  }
  // A check brought in from another PC, answered in part to a question since removed from the content.
  const first = learners[0]?.id ?? ''
  await importedAttempt(repos, first, 'l0-removed', 'module-check', isoAt(250, 0), 50)
  await repos.answers.save({
    attemptId: 'l0-removed',
    learnerId: first,
    questionId: 'm01-q999',
    response: { type: 'true-false', value: true },
    correct: false,
    answeredAt: isoAt(250, 0),
  })
  await repos.answers.save({
    attemptId: 'l0-removed',
    learnerId: first,
    questionId: 'm01-q001',
    response: { type: 'single', optionId: 'zz' },
    correct: false,
    answeredAt: isoAt(250, 0),
  })
  // Staff who left, one of whom came back.
  await repos.learners.update(learners[1]?.id ?? '', { archived: true })
  await repos.learners.update(learners[2]?.id ?? '', { archived: true })
  await repos.learners.update(learners[2]?.id ?? '', { archived: false })
  return s
}

/** The order the kind index gave: final assessments, then refreshers, each by id. */
const byKindThenId = (a: AttemptRecord, b: AttemptRecord): number =>
  (DASHBOARD_ATTEMPT_KINDS as readonly AttemptKind[]).indexOf(a.kind) - (DASHBOARD_ATTEMPT_KINDS as readonly AttemptKind[]).indexOf(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

describe('the manager’s screens from the summaries', () => {
  it.each([1, 2, 3])('give exactly the dashboard and insights the raw records give (team %i)', async (seed) => {
    const { repos, bundle, app, manager } = await varietyOfRecords(seed)
    // Every raw record, learner by learner and attempt by attempt (the app itself reads only the summaries).
    const everyone = await repos.learners.list({ includeArchived: true })
    const allAttempts = (await Promise.all(everyone.map((l) => repos.attempts.forLearner(l.id)))).flat()
    const allAnswers = (await Promise.all(allAttempts.map((a) => repos.answers.forAttempt(a.id)))).flat()

    // As the manager store built them before the summaries: the dashboard's attempts by the kind index…
    const rawDashboard = dashboardFromAttempts({
      learners: await repos.learners.list({ includeArchived: true }),
      attempts: allAttempts.filter((a) => (DASHBOARD_ATTEMPT_KINDS as readonly AttemptKind[]).includes(a.kind)).sort(byKindThenId),
      progress: await repos.progress.all(),
      certificates: await repos.certificates.all(),
      modules: bundle.modules,
      mandatoryModules: app.settings.mandatoryModules,
      todayIso: localToday(),
      refresherIntervalMonths: app.settings.refresherIntervalMonths,
    })
    // …and insights from every attempt and answer, counting current learners.
    const rawStats = questionStatsFromRecords({
      answers: allAnswers,
      attempts: allAttempts,
      questions: bundle.questions,
      modules: bundle.modules,
      scenarios: bundle.scenarios,
      worklists: bundle.worklists,
      learnerIds: new Set((await repos.learners.list()).map((l) => l.id)),
    })

    await manager.loadTeam()
    await manager.loadStats()
    expect(manager.dashboard).toEqual(rawDashboard)
    expect(manager.stats).toEqual(rawStats)

    // The data is varied enough to mean something.
    expect(rawDashboard.rows.length).toBe(10)
    expect(new Set(rawDashboard.rows.map((r) => r.induction)).size).toBeGreaterThan(1)
    expect(rawDashboard.rows.filter((r) => r.latestScore !== null).length).toBeGreaterThan(3)
    expect(rawStats.answersCounted).toBeGreaterThan(50)
    expect(rawStats.answersSkipped).toBeGreaterThan(0)
    expect(rawStats.questions.filter((q) => q.mostCommonWrong && q.mostCommonWrong.count > 1).length).toBeGreaterThan(0)
    expect(manager.team?.attemptSummaries.length).toBeGreaterThan(3)
  })
})
