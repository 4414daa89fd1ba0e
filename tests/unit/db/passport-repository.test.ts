import { describe, expect, it, vi } from 'vitest'
import type { TrainerDatabase } from '../../../src/db/database'
import type { AttemptRecord, LearnerRecord } from '../../../src/domain/model'
import { IMPORT_PASSPORT_ACTION, PassportRepository } from '../../../src/db/repositories/passport-repository'
import { buildPassport, parsePassport, serialisePassport, type Passport } from '../../../src/domain/passport'
import { freshFactory, testDatabase, testRepositories } from './test-db'

const META = { exportedAt: new Date('2026-02-01T12:00:00Z'), app: { name: 'e-RS Trainer', version: '0.1.0' }, contentVersion: '4.1.0' }
const CLOCK = (): Date => new Date('2026-02-02T09:00:00Z')

/** Every table, in a fixed order, as JSON: equal dumps mean nothing was written. */
async function dump(db: TrainerDatabase): Promise<string> {
  const out: Record<string, unknown> = {}
  for (const table of db.tables) out[table.name] = await table.toArray()
  return JSON.stringify(out)
}

function learner(id: string, name: string): LearnerRecord {
  return {
    id,
    name,
    role: 'admin',
    practice: 'Lewisham Medical Centre',
    archived: false,
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
  }
}

function attempt(id: string, learnerId: string, status: AttemptRecord['status']): AttemptRecord {
  return {
    id,
    learnerId,
    kind: 'module-check',
    moduleId: 'm01',
    seed: 7,
    questionIds: ['q1', 'q2'],
    status,
    currentIndex: status === 'submitted' ? 2 : 1,
    contentVersion: '4.1.0',
    startedAt: '2026-01-06T10:00:00.000Z',
    ...(status === 'submitted' ? { submittedAt: '2026-01-06T10:05:00.000Z', score: 50, passed: false } : {}),
  }
}

/** A learner with one of everything, written the way the app writes it. */
async function seedLearner(db: TrainerDatabase, id: string, name: string, prefix: string): Promise<void> {
  await db.learners.add(learner(id, name))
  await db.attempts.bulkAdd([attempt(`${prefix}-a1`, id, 'submitted'), attempt(`${prefix}-a2`, id, 'in-progress')])
  await db.answers.bulkAdd([
    {
      id: `${prefix}-a1:q1`,
      attemptId: `${prefix}-a1`,
      learnerId: id,
      questionId: 'q1',
      response: { choice: 'b' },
      correct: true,
      answeredAt: '2026-01-06T10:01:00.000Z',
    },
    {
      id: `${prefix}-a1:q2`,
      attemptId: `${prefix}-a1`,
      learnerId: id,
      questionId: 'q2',
      response: null,
      correct: false,
      answeredAt: '2026-01-06T10:02:00.000Z',
    },
    {
      id: `${prefix}-a2:q1`,
      attemptId: `${prefix}-a2`,
      learnerId: id,
      questionId: 'q1',
      response: ['x'],
      correct: true,
      answeredAt: '2026-01-07T10:01:00.000Z',
    },
  ])
  await db.moduleProgress.add({
    id: `${id}:m01`,
    learnerId: id,
    moduleId: 'm01',
    lessonsRead: ['m01-l01'],
    checkPassed: false,
    bestScore: 50,
    updatedAt: '2026-01-06T10:05:00.000Z',
  })
  await db.certificates.add({
    id: `${prefix}-c1`,
    learnerId: id,
    code: `${prefix.toUpperCase()}-CODE`,
    kind: 'induction',
    issuedAt: '2026-01-20',
    refreshBy: '2027-01-20',
    record: { learner: name },
  })
  await db.reviewItems.add({
    id: `${id}:q2`,
    learnerId: id,
    questionId: 'q2',
    box: 1,
    due: '2026-01-07',
    lastReviewedAt: '2026-01-06T10:02:00.000Z',
  })
}

async function exportText(db: TrainerDatabase, learnerId: string): Promise<string> {
  return serialisePassport(await new PassportRepository(db).exportPassport(learnerId, META))
}

async function readPassport(text: string): Promise<Passport> {
  const parsed = await parsePassport(text)
  if (!parsed.ok) throw new Error(`${parsed.reason}: ${parsed.message}`)
  return parsed.passport
}

describe('PassportRepository', () => {
  it('is one of the repositories, loaded on first use', async () => {
    const factory = freshFactory()
    const db = testDatabase(factory)
    await seedLearner(db, 'learner-a', 'Sam Jones', 'a')
    db.close()
    const repos = await testRepositories(factory)
    const records = await repos.passports.exportLearner('learner-a')
    expect(records.learner.name).toBe('Sam Jones')
    expect(records.attempts.map((a) => a.id).sort()).toEqual(['a-a1', 'a-a2'])
    repos.close()
  })

  it('exports one learner’s records and nobody else’s', async () => {
    const db = testDatabase()
    await seedLearner(db, 'learner-a', 'Sam Jones', 'a')
    await seedLearner(db, 'learner-b', 'Ana Silva', 'b')
    const records = await new PassportRepository(db).exportLearner('learner-a')
    expect(records.learner.name).toBe('Sam Jones')
    expect(records.attempts.map((a) => a.id).sort()).toEqual(['a-a1', 'a-a2'])
    expect(records.answers).toHaveLength(3)
    for (const list of [records.attempts, records.answers, records.moduleProgress, records.certificates, records.reviewItems]) {
      expect(list.every((r) => r.learnerId === 'learner-a')).toBe(true)
    }
    await expect(new PassportRepository(db).exportLearner('nobody')).rejects.toThrow('No learner with id nobody')
  })

  it('round trip: export from one PC, import into an empty one, and get the same records', async () => {
    const a = testDatabase()
    await seedLearner(a, 'learner-a', 'Łucja Nowak', 'a')
    await seedLearner(a, 'learner-b', 'Ana Silva', 'b')
    const b = testDatabase()
    const repoB = new PassportRepository(b, CLOCK)
    const result = await repoB.importText(await exportText(a, 'learner-a'), 'Practice manager')
    expect(result).toMatchObject({ ok: true, learnerId: 'learner-a', alreadyPresent: false })
    if (!result.ok) return
    expect(result.counts).toMatchObject({
      learnerAdded: true,
      attemptsAdded: 2,
      answersAdded: 3,
      progressAdded: 1,
      certificatesAdded: 1,
      reviewItemsAdded: 1,
    })
    const sortAll = (r: Awaited<ReturnType<PassportRepository['exportLearner']>>): string =>
      JSON.stringify(
        Object.fromEntries(
          Object.entries(r).map(([k, v]: [string, unknown]) => [
            k,
            Array.isArray(v) ? [...(v as { id: string }[])].sort((x, y) => x.id.localeCompare(y.id)) : v,
          ]),
        ),
      )
    expect(sortAll(await repoB.exportLearner('learner-a'))).toBe(sortAll(await new PassportRepository(a).exportLearner('learner-a')))
    expect(await b.learners.count()).toBe(1)
    expect(await b.auditLog.toArray()).toEqual([
      {
        id: 1,
        at: '2026-02-02T09:00:00.000Z',
        actor: 'Practice manager',
        action: IMPORT_PASSPORT_ACTION,
        detail: expect.stringMatching(
          /^Passport for Łucja Nowak \(learner-a\) exported 2026-02-01T12:00:00\.000Z by e-RS Trainer 0\.1\.0: Added the learner, 2 attempts/,
        ),
      },
    ])
  })

  it('importing the same passport twice adds no duplicates and writes nothing the second time', async () => {
    const a = testDatabase()
    await seedLearner(a, 'learner-a', 'Sam Jones', 'a')
    const text = await exportText(a, 'learner-a')
    const b = testDatabase()
    await seedLearner(b, 'learner-b', 'Ana Silva', 'b')
    const repoB = new PassportRepository(b, CLOCK)
    expect(await repoB.importText(text, 'Sam')).toMatchObject({ ok: true, alreadyPresent: false })
    const before = await dump(b)
    const again = await repoB.importText(text, 'Sam')
    expect(again).toMatchObject({
      ok: true,
      alreadyPresent: true,
      summary: 'Everything in this passport is already on this PC; nothing was changed.',
    })
    expect(await dump(b)).toBe(before)
    expect(await b.attempts.where('learnerId').equals('learner-a').count()).toBe(2)
    expect(await b.answers.where('learnerId').equals('learner-a').count()).toBe(3)
    expect(await b.auditLog.count()).toBe(1)
  })

  it('carries an attempt finished on the other PC back: the submitted attempt replaces the unfinished one', async () => {
    const a = testDatabase()
    await seedLearner(a, 'learner-a', 'Sam Jones', 'a')
    const b = testDatabase()
    await new PassportRepository(b, CLOCK).importText(await exportText(a, 'learner-a'), 'Sam')
    // On PC B the learner finishes the attempt they started on PC A.
    await b.answers.put({
      id: 'a-a2:q2',
      attemptId: 'a-a2',
      learnerId: 'learner-a',
      questionId: 'q2',
      response: 'c',
      correct: true,
      answeredAt: '2026-01-08T10:00:00.000Z',
    })
    await b.attempts.put({ ...attempt('a-a2', 'learner-a', 'submitted'), score: 100, passed: true })
    await b.moduleProgress.put({
      id: 'learner-a:m01',
      learnerId: 'learner-a',
      moduleId: 'm01',
      lessonsRead: ['m01-l01', 'm01-l02'],
      checkPassed: true,
      bestScore: 100,
      updatedAt: '2026-01-08T10:00:00.000Z',
    })
    const back = await new PassportRepository(a, CLOCK).importText(await exportText(b, 'learner-a'), 'Sam')
    expect(back).toMatchObject({ ok: true, counts: { attemptsReplaced: 1, answersAdded: 1, progressUpdated: 1 } })
    expect(await a.attempts.get('a-a2')).toMatchObject({ status: 'submitted', score: 100 })
    expect(await a.answers.where('attemptId').equals('a-a2').count()).toBe(2)
    expect(await a.moduleProgress.get('learner-a:m01')).toMatchObject({
      lessonsRead: ['m01-l01', 'm01-l02'],
      checkPassed: true,
      bestScore: 100,
    })
  })

  it('a refused import leaves the database exactly as it was', async () => {
    const a = testDatabase()
    await seedLearner(a, 'learner-a', 'Sam Jones', 'a')
    const text = await exportText(a, 'learner-a')
    const b = testDatabase()
    await seedLearner(b, 'learner-b', 'Ana Silva', 'b')
    // A different certificate on PC B already has PC A's certificate code.
    await b.certificates.add({
      id: 'other',
      learnerId: 'learner-b',
      code: 'A-CODE',
      kind: 'induction',
      issuedAt: '2026-01-01',
      refreshBy: '2027-01-01',
      record: {},
    })
    await b.settings.put({ key: 'practiceName', value: 'Lewisham' })
    const before = await dump(b)
    const repoB = new PassportRepository(b, CLOCK)
    expect(await repoB.importText(text, 'Sam')).toMatchObject({
      ok: false,
      reason: 'conflict',
      message: expect.stringContaining('the certificate code A-CODE is already used by a different certificate'),
    })
    expect(await dump(b)).toBe(before)
    expect(await repoB.importText(text.replace('Sam Jones', 'Sam Jonas'), 'Sam')).toMatchObject({ ok: false, reason: 'tampered' })
    expect(await repoB.importText(text.slice(0, 500), 'Sam')).toMatchObject({ ok: false, reason: 'truncated' })
    expect(await dump(b)).toBe(before)
  })

  it('a failure half way through the transaction writes nothing', async () => {
    const a = testDatabase()
    await seedLearner(a, 'learner-a', 'Sam Jones', 'a')
    const passport = await readPassport(await exportText(a, 'learner-a'))
    const b = testDatabase()
    await seedLearner(b, 'learner-b', 'Ana Silva', 'b')
    const before = await dump(b)
    const learnersPut = vi.spyOn(b.learners, 'put')
    const answersPut = vi.spyOn(b.answers, 'bulkPut')
    const reviewPut = vi.spyOn(b.reviewItems, 'bulkPut').mockRejectedValue(new Error('QuotaExceededError: the disk is full'))
    await expect(new PassportRepository(b, CLOCK).importPassport(passport, 'Sam')).rejects.toThrow('the disk is full')
    // The earlier writes did run, and were rolled back with the transaction.
    expect(learnersPut).toHaveBeenCalledOnce()
    expect(answersPut).toHaveBeenCalledOnce()
    expect(reviewPut).toHaveBeenCalledOnce()
    reviewPut.mockRestore()
    expect(await dump(b)).toBe(before)
    // And with the fault gone the same import succeeds in full.
    expect(await new PassportRepository(b, CLOCK).importPassport(passport, 'Sam')).toMatchObject({ ok: true, alreadyPresent: false })
    expect(await b.reviewItems.get('learner-a:q2')).toBeDefined()
  })

  it('leaves answers whose attempt is missing out of the export, so the file stays importable', async () => {
    const db = testDatabase()
    await seedLearner(db, 'learner-a', 'Sam Jones', 'a')
    await db.answers.add({
      id: 'gone:q1',
      attemptId: 'gone',
      learnerId: 'learner-a',
      questionId: 'q1',
      response: 1,
      correct: true,
      answeredAt: '2026-01-06T10:01:00.000Z',
    })
    const passport = await buildPassport(await new PassportRepository(db).exportLearner('learner-a'), META)
    expect(passport.answers.map((a) => a.id)).not.toContain('gone:q1')
  })
})
