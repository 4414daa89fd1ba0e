/**
 * Upgrade harness: for every schema version after the first, open a database at the previous
 * version, fill it with that version's fixture, close it, reopen with the current code and check
 * the data. Add a fixture and an expectation here with every new db.version(n).
 */
import { describe, expect, it, vi } from 'vitest'
import type { TrainerDatabase } from '../../../src/db/database'
import type { AnswerRecord, AttemptRecord, LearnerRecord } from '../../../src/domain/model'
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../src/db/versions'
import { storedSummaries, summariesFromRecords } from './summaries-from-records'
import { freshFactory, testDatabase } from './test-db'

/** Data as each version stored it. Keep every entry forever. */
const FIXTURES: Record<number, (db: ReturnType<typeof testDatabase>) => Promise<void>> = {
  1: async (db) => {
    await db.learners.add({
      id: 'l1',
      name: 'Version One',
      role: 'admin',
      practice: 'Synthetic Surgery',
      archived: false,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    })
    await db.settings.put({ key: 'passMarkPercent', value: 90 })
  },
  2: async (db) => {
    await db.learners.add({
      id: 'l1',
      name: 'Version One',
      role: 'admin',
      practice: 'Synthetic Surgery',
      archived: false,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    })
    await db.settings.put({ key: 'passMarkPercent', value: 90 })
    await db.questionTallies.put({ questionId: 'm01-q001', answered: 1, correct: 1, wrong: {} })
  },
}

describe('database schema versions', () => {
  it('are numbered 1, 2, 3… with no gaps', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1))
  })

  it('each have an upgrade fixture', () => {
    for (const v of SCHEMA_VERSIONS) expect(FIXTURES[v.version], `fixture for version ${v.version}`).toBeDefined()
  })

  it.each(SCHEMA_VERSIONS.map((v) => v.version))('data written at version %i is still there at the latest version', async (version) => {
    const factory = freshFactory()
    const old = testDatabase(factory, version)
    await old.open()
    await FIXTURES[version]?.(old)
    old.close()

    const current = testDatabase(factory)
    await current.open()
    expect(current.verno).toBe(LATEST_SCHEMA_VERSION)
    expect(await current.learners.get('l1')).toMatchObject({ name: 'Version One' })
    expect(await current.settings.get('passMarkPercent')).toEqual({ key: 'passMarkPercent', value: 90 })
    current.close()
  })

  it('has every table the app needs', async () => {
    const db = testDatabase()
    await db.open()
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      [
        'answers',
        'attempts',
        'auditLog',
        'certificates',
        'learnerAttemptSummaries',
        'learners',
        'moduleProgress',
        'questionTallies',
        'reviewItems',
        'settings',
      ].sort(),
    )
  })
})

// ---------- version 2: summaries built from the records already stored ----------

const V1_TABLES = ['learners', 'attempts', 'answers', 'moduleProgress', 'certificates', 'reviewItems', 'settings', 'auditLog'] as const

async function dumpV1Tables(db: TrainerDatabase): Promise<string> {
  const out: Record<string, unknown> = {}
  for (const name of V1_TABLES) out[name] = await db.table(name).toArray()
  return JSON.stringify(out)
}

const learner = (id: string, archived = false): LearnerRecord => ({
  id,
  name: id.toUpperCase(),
  role: 'admin',
  practice: 'P',
  archived,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
})
const attempt = (id: string, learnerId: string, kind: AttemptRecord['kind'], submitted?: { at: string; score: number }): AttemptRecord => ({
  id,
  learnerId,
  kind,
  seed: 1,
  questionIds: [],
  status: submitted ? 'submitted' : 'in-progress',
  currentIndex: 0,
  contentVersion: '1.0.0',
  startedAt: '2025-06-01T09:00:00.000Z',
  ...(submitted ? { submittedAt: submitted.at, score: submitted.score, passed: submitted.score >= 80 } : {}),
})
const answer = (attemptId: string, questionId: string, response: unknown, correct: boolean): AnswerRecord => ({
  id: `${attemptId}:${questionId}`,
  attemptId,
  learnerId: attemptId.slice(0, 3),
  questionId,
  response,
  correct,
  answeredAt: '2025-06-01T09:01:00.000Z',
})
const single = (optionId: string) => ({ type: 'single', optionId })

/**
 * A v1 database as the app left it:
 * - ann (current): final failed 60 then passed 85 (same time as a refresher she failed 70: the
 *   refresher's score is the latest), a knowledge check and a practice run, an attempt in progress;
 * - bob (archived): a passed final and a knowledge check;
 * - answers to all of those, and one to an attempt that is not stored.
 */
async function fillVersionOne(db: TrainerDatabase): Promise<void> {
  await db.learners.bulkAdd([learner('ann'), learner('bob', true)])
  await db.attempts.bulkAdd([
    attempt('ann-f1', 'ann', 'final-assessment', { at: '2025-06-01T10:00:00.000Z', score: 60 }),
    attempt('ann-f2', 'ann', 'final-assessment', { at: '2025-06-02T10:00:00.000Z', score: 85 }),
    attempt('ann-r1', 'ann', 'locum-refresher', { at: '2025-06-02T10:00:00.000Z', score: 70 }),
    attempt('ann-k1', 'ann', 'module-check', { at: '2025-06-03T10:00:00.000Z', score: 100 }),
    attempt('ann-p1', 'ann', 'practice', { at: '2025-06-04T10:00:00.000Z', score: 0 }),
    attempt('ann-f3', 'ann', 'final-assessment'),
    attempt('bob-f1', 'bob', 'final-assessment', { at: '2025-05-01T10:00:00.000Z', score: 90 }),
    attempt('bob-k1', 'bob', 'module-check', { at: '2025-05-02T10:00:00.000Z', score: 0 }),
  ])
  await db.answers.bulkAdd([
    answer('ann-f1', 'm01-q001', single('a'), false),
    answer('ann-f2', 'm01-q001', single('b'), true),
    answer('ann-r1', 'm01-q001', single('a'), false),
    answer('ann-k1', 'm02-q004', { type: 'true-false', value: true }, true),
    answer('ann-p1', 'm01-q001', single('c'), false),
    answer('ann-f3', 'm01-q001', single('c'), false),
    answer('bob-f1', 'm01-q001', single('b'), true),
    answer('bob-k1', 'm01-q001', single('d'), false),
    answer('gone-a1', 'm01-q001', single('d'), false),
  ])
  await db.moduleProgress.add({
    id: 'ann:m01',
    learnerId: 'ann',
    moduleId: 'm01',
    lessonsRead: ['m01-l01'],
    checkPassed: true,
    updatedAt: '2025-06-03T10:00:00.000Z',
  })
  await db.certificates.add({
    id: 'c1',
    learnerId: 'bob',
    code: 'ABCD-EFGH-JKLM-N',
    kind: 'induction',
    issuedAt: '2025-05-01',
    refreshBy: '2026-05-01',
    record: {},
  })
  await db.reviewItems.add({ id: 'ann:m01-q001', learnerId: 'ann', questionId: 'm01-q001', box: 1, due: '2025-06-05' })
  await db.settings.put({ key: 'practiceName', value: 'Synthetic Surgery' })
  await db.auditLog.add({ at: '2025-06-01T00:00:00.000Z', actor: 'Practice manager', action: 'learner-archive', detail: 'bob' })
}

async function upgradedFrom(fill: (db: TrainerDatabase) => Promise<void>): Promise<{ db: TrainerDatabase; v1Dump: string }> {
  const factory = freshFactory()
  const old = testDatabase(factory, 1)
  await old.open()
  await fill(old)
  const v1Dump = await dumpV1Tables(old)
  old.close()
  const db = testDatabase(factory)
  await db.open()
  return { db, v1Dump }
}

describe('upgrading to version 2', () => {
  it('summarises each learner’s final assessments and refreshers for the dashboard', async () => {
    const { db } = await upgradedFrom(fillVersionOne)
    expect(await db.learnerAttemptSummaries.toArray()).toEqual([
      {
        learnerId: 'ann',
        finalSubmitted: true,
        finalPassed: true,
        bestScore: 85,
        latestScore: 70,
        latestScoreAt: '2025-06-02T10:00:00.000Z',
        lastPassedRefresherAt: null,
        latestScoreFrom: { kind: 'locum-refresher', attemptId: 'ann-r1' },
      },
      {
        learnerId: 'bob',
        finalSubmitted: true,
        finalPassed: true,
        bestScore: 90,
        latestScore: 90,
        latestScoreAt: '2025-05-01T10:00:00.000Z',
        lastPassedRefresherAt: null,
        latestScoreFrom: { kind: 'final-assessment', attemptId: 'bob-f1' },
      },
    ])
  })

  it('tallies the answers insights count: submitted, not practice, current learners only', async () => {
    const { db } = await upgradedFrom(fillVersionOne)
    expect(await storedSummaries(db).then((s) => s.questionTallies)).toEqual([
      { questionId: 'm01-q001', answered: 3, correct: 1, wrong: { '{"optionId":"a","type":"single"}': 2 } },
      { questionId: 'm02-q004', answered: 1, correct: 1, wrong: {} },
    ])
    expect(await storedSummaries(db)).toEqual(await summariesFromRecords(db))
  })

  it('still opens when a stored record names no learner or question: that record is left out and kept', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { db } = await upgradedFrom(async (old) => {
      await fillVersionOne(old)
      // Damage from some older bug: records whose learner or question is missing.
      const orphanAttempt = { ...attempt('orphan-f1', 'ann', 'final-assessment', { at: '2025-07-01T10:00:00.000Z', score: 99 }) }
      await old.attempts.add({ ...orphanAttempt, learnerId: undefined } as unknown as AttemptRecord)
      await old.answers.add({ ...answer('ann-f1', 'm01-q001', single('b'), true), id: 'broken', questionId: undefined } as unknown as AnswerRecord)
    })
    const expected = await upgradedFrom(fillVersionOne)
    expect(await storedSummaries(db)).toEqual(await storedSummaries(expected.db))
    expect(await db.attempts.get('orphan-f1')).toBeDefined()
    expect(await db.answers.get('broken')).toBeDefined()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('2 record(s)'))
  })

  it('changes nothing else', async () => {
    const { db, v1Dump } = await upgradedFrom(fillVersionOne)
    expect(await dumpV1Tables(db)).toBe(v1Dump)
  })

  it('reads a large table page by page and misses nothing', async () => {
    const { db } = await upgradedFrom(async (old) => {
      await old.learners.bulkAdd([learner('ann'), learner('bob'), learner('cat', true)])
      const attempts: AttemptRecord[] = []
      const answers: AnswerRecord[] = []
      for (let i = 0; i < 1_201; i++) {
        const who = ['ann', 'bob', 'cat'][i % 3] ?? 'ann'
        const kind = (['final-assessment', 'module-check', 'practice', 'locum-refresher'] as const)[i % 4] ?? 'module-check'
        const id = `${who}-${String(i).padStart(5, '0')}`
        attempts.push(
          attempt(
            id,
            who,
            kind,
            i % 7 === 0 ? undefined : { at: `2025-06-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00.000Z`, score: i % 101 },
          ),
        )
        for (let q = 1; q <= 10; q++)
          answers.push({
            ...answer(id, `m0${1 + (q % 3)}-q00${q % 10}`, single('abcd'[(i + q) % 4] ?? 'a'), (i + q) % 3 === 0),
            learnerId: who,
          })
      }
      await old.attempts.bulkAdd(attempts)
      await old.answers.bulkAdd(answers)
    })
    expect(await db.answers.count()).toBe(12_010)
    const stored = await storedSummaries(db)
    expect(stored).toEqual(await summariesFromRecords(db))
    expect(stored.questionTallies.reduce((sum, t) => sum + t.answered, 0)).toBeGreaterThan(5_000)
  })
})
