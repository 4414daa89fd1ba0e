/**
 * The derived tables (each learner's attempt summary, per-question answer tallies) after every
 * write path the app has: they must always equal what a from-scratch fold of the stored records
 * gives, and a write that fails must leave them as they were.
 */
import { describe, expect, it, vi } from 'vitest'
import type { TrainerDatabase } from '../../../src/db/database'
import type { Repositories } from '../../../src/db'
import type { AnswerRecord, AttemptRecord, LearnerRecord } from '../../../src/domain/model'
import { SummaryUpkeep, summaryTables } from '../../../src/db/summary-upkeep'
import { buildCertificatePayload, certificateDigest } from '../../../src/domain/certificate'
import { buildPassport, type Passport } from '../../../src/domain/passport'
import { storedSummaries, summariesFromRecords } from './summaries-from-records'
import { freshFactory, testDatabase, testRepositories } from './test-db'

const META = { exportedAt: new Date('2026-02-01T12:00:00Z'), app: { name: 'e-RS Trainer', version: '0.1.0' }, contentVersion: '4.1.0' }

function attempt(id: string, learnerId: string, kind: AttemptRecord['kind'], submitted?: { at: string; score: number }): AttemptRecord {
  return {
    id,
    learnerId,
    kind,
    seed: 7,
    questionIds: ['m01-q001', 'm01-q002', 'm01-q003'],
    status: submitted ? 'submitted' : 'in-progress',
    currentIndex: 0,
    contentVersion: '4.1.0',
    startedAt: '2026-01-06T10:00:00.000Z',
    ...(submitted ? { submittedAt: submitted.at, score: submitted.score, passed: submitted.score >= 80 } : {}),
  }
}

const answer = (
  attemptId: string,
  learnerId: string,
  questionId: string,
  response: unknown,
  correct: boolean,
): Omit<AnswerRecord, 'id'> => ({
  attemptId,
  learnerId,
  questionId,
  response,
  correct,
  answeredAt: '2026-01-06T10:01:00.000Z',
})
const single = (optionId: string) => ({ type: 'single', optionId })

/** What the app's repositories hold match a fold of the records, and say so in a readable diff when not. */
async function expectSummariesUpToDate(db: TrainerDatabase): Promise<void> {
  expect(await storedSummaries(db)).toEqual(await summariesFromRecords(db))
}

/** Every table as JSON: equal dumps mean nothing was written. */
async function dump(db: TrainerDatabase): Promise<string> {
  const out: Record<string, unknown> = {}
  for (const table of db.tables) out[table.name] = await table.toArray()
  return JSON.stringify(out)
}

/** A learner who has answered three questions of a final assessment and submits it, as the attempt store does. */
async function answerAndSubmit(
  repos: Repositories,
  learner: LearnerRecord,
  id: string,
  kind: AttemptRecord['kind'],
  at: string,
  answers: Array<[string, unknown, boolean]>,
) {
  const started = attempt(id, learner.id, kind)
  await repos.attempts.add(started)
  for (const [questionId, response, correct] of answers) await repos.answers.save(answer(id, learner.id, questionId, response, correct))
  const score = Math.round((answers.filter((a) => a[2]).length / answers.length) * 100)
  await repos.submissions.submit({
    attempt: { ...started, status: 'submitted', submittedAt: at, score, passed: score >= 80 },
    reviewPuts: [],
    reviewDeletes: [],
  })
}

async function withRepos(): Promise<{ repos: Repositories; db: TrainerDatabase }> {
  const factory = freshFactory()
  const repos = await testRepositories(factory)
  // A second connection to the same database, to read the tables directly.
  const db = testDatabase(factory)
  await db.open()
  return { repos, db }
}

describe('summaries through the app’s write paths', () => {
  it('an attempt in progress counts for nothing; submitting it counts it on the dashboard and in the tallies', async () => {
    const { repos, db } = await withRepos()
    const ann = await repos.learners.create({ name: 'Ann', role: 'admin', practice: 'P' })
    const started = attempt('f1', ann.id, 'final-assessment')
    await repos.attempts.add(started)
    await repos.answers.save(answer('f1', ann.id, 'm01-q001', single('a'), false))
    await repos.answers.save(answer('f1', ann.id, 'm01-q001', single('b'), true))
    expect(await storedSummaries(db)).toEqual({ learnerAttemptSummaries: [], questionTallies: [] })

    await repos.answers.save(answer('f1', ann.id, 'm01-q002', single('c'), false))
    await repos.submissions.submit({
      attempt: { ...started, status: 'submitted', submittedAt: '2026-01-07T10:00:00.000Z', score: 50, passed: false },
      reviewPuts: [],
      reviewDeletes: [],
    })
    expect(await repos.attempts.learnerSummaries()).toEqual([
      expect.objectContaining({ learnerId: ann.id, finalSubmitted: true, finalPassed: false, bestScore: 50, latestScore: 50 }),
    ])
    expect(await repos.answers.questionTallies()).toEqual([
      { questionId: 'm01-q001', answered: 1, correct: 1, wrong: {} },
      { questionId: 'm01-q002', answered: 1, correct: 0, wrong: { '{"optionId":"c","type":"single"}': 1 } },
    ])
    await expectSummariesUpToDate(db)
  })

  it('practice attempts count in neither; knowledge checks count in the tallies but not on the dashboard', async () => {
    const { repos, db } = await withRepos()
    const ann = await repos.learners.create({ name: 'Ann', role: 'admin', practice: 'P' })
    await answerAndSubmit(repos, ann, 'p1', 'practice', '2026-01-07T10:00:00.000Z', [['m01-q001', single('a'), false]])
    await answerAndSubmit(repos, ann, 'k1', 'module-check', '2026-01-07T11:00:00.000Z', [['m01-q002', single('a'), false]])
    expect(await repos.attempts.learnerSummaries()).toEqual([])
    expect((await repos.answers.questionTallies()).map((t) => t.questionId)).toEqual(['m01-q002'])
    await expectSummariesUpToDate(db)
  })

  it('an answer saved to an attempt already submitted (a second window) counts at once, and replacing it replaces its count', async () => {
    const { repos, db } = await withRepos()
    const ann = await repos.learners.create({ name: 'Ann', role: 'admin', practice: 'P' })
    await answerAndSubmit(repos, ann, 'k1', 'module-check', '2026-01-07T10:00:00.000Z', [['m01-q001', single('a'), false]])
    await repos.answers.save(answer('k1', ann.id, 'm01-q002', single('d'), false))
    await expectSummariesUpToDate(db)
    await repos.answers.save(answer('k1', ann.id, 'm01-q001', single('b'), true))
    expect(await repos.answers.questionTallies()).toEqual([
      { questionId: 'm01-q001', answered: 1, correct: 1, wrong: {} },
      { questionId: 'm01-q002', answered: 1, correct: 0, wrong: { '{"optionId":"d","type":"single"}': 1 } },
    ])
    await expectSummariesUpToDate(db)
  })

  it('a submitted attempt added directly (as an import does) counts at once', async () => {
    const { repos, db } = await withRepos()
    const ann = await repos.learners.create({ name: 'Ann', role: 'locum', practice: 'P' })
    await repos.attempts.add(attempt('r1', ann.id, 'locum-refresher', { at: '2026-01-07T10:00:00.000Z', score: 90 }))
    expect(await repos.attempts.learnerSummaries()).toEqual([
      expect.objectContaining({ learnerId: ann.id, lastPassedRefresherAt: '2026-01-07T10:00:00.000Z' }),
    ])
    await expectSummariesUpToDate(db)
  })

  it('archiving a learner takes their answers out of the tallies and restoring puts them back; the dashboard summary stays', async () => {
    const { repos, db } = await withRepos()
    const ann = await repos.learners.create({ name: 'Ann', role: 'admin', practice: 'P' })
    const ben = await repos.learners.create({ name: 'Ben', role: 'admin', practice: 'P' })
    await answerAndSubmit(repos, ann, 'a1', 'final-assessment', '2026-01-07T10:00:00.000Z', [
      ['m01-q001', single('a'), false],
      ['m01-q002', single('b'), true],
    ])
    await answerAndSubmit(repos, ben, 'b1', 'final-assessment', '2026-01-08T10:00:00.000Z', [['m01-q001', single('c'), false]])
    const withAnn = await storedSummaries(db)

    await repos.learners.update(ann.id, { archived: true })
    expect(await repos.answers.questionTallies()).toEqual([
      { questionId: 'm01-q001', answered: 1, correct: 0, wrong: { '{"optionId":"c","type":"single"}': 1 } },
    ])
    expect((await repos.attempts.learnerSummaries()).map((s) => s.learnerId).sort()).toEqual([ann.id, ben.id].sort())
    await expectSummariesUpToDate(db)

    await repos.learners.update(ann.id, { name: 'Ann Renamed' })
    await repos.learners.update(ann.id, { archived: false })
    expect(await storedSummaries(db)).toEqual(withAnn)
    await expectSummariesUpToDate(db)
  })

  it('importing a passport counts the learner’s submitted attempts and answers', async () => {
    const { repos: elsewhere } = await withRepos()
    const cat = await elsewhere.learners.create({ name: 'Cat', role: 'admin', practice: 'Other' })
    await answerAndSubmit(elsewhere, cat, 'c1', 'final-assessment', '2026-01-07T10:00:00.000Z', [
      ['m01-q001', single('a'), false],
      ['m01-q003', { type: 'true-false', value: true }, true],
    ])
    await answerAndSubmit(elsewhere, cat, 'c2', 'module-check', '2026-01-08T10:00:00.000Z', [['m01-q001', single('a'), false]])
    const passport = await elsewhere.passports.exportPassport(cat.id, META)

    const { repos, db } = await withRepos()
    expect(await repos.passports.importPassport(passport, 'Practice manager')).toMatchObject({ ok: true, alreadyPresent: false })
    expect(await repos.answers.questionTallies()).toEqual([
      { questionId: 'm01-q001', answered: 2, correct: 0, wrong: { '{"optionId":"a","type":"single"}': 2 } },
      { questionId: 'm01-q003', answered: 1, correct: 1, wrong: {} },
    ])
    await expectSummariesUpToDate(db)
    const before = await dump(db)
    expect(await repos.passports.importPassport(passport, 'Practice manager')).toMatchObject({ ok: true, alreadyPresent: true })
    expect(await dump(db)).toBe(before)
  })

  it('a passport finishing an attempt still in progress here replaces its answers in the tallies', async () => {
    const { repos: elsewhere } = await withRepos()
    const dan = await elsewhere.learners.create({ name: 'Dan', role: 'admin', practice: 'Other' })
    const started = attempt('d1', dan.id, 'final-assessment')
    await elsewhere.attempts.add(started)
    await elsewhere.answers.save(answer('d1', dan.id, 'm01-q001', single('a'), false))
    await elsewhere.answers.save(answer('d1', dan.id, 'm01-q002', single('a'), false))
    const unfinished = await elsewhere.passports.exportPassport(dan.id, META)

    const { repos, db } = await withRepos()
    await repos.passports.importPassport(unfinished, 'Dan')
    expect(await storedSummaries(db)).toEqual({ learnerAttemptSummaries: [], questionTallies: [] })

    // On the other PC Dan changes one answer, drops another (a fresh attempt record without it) and submits.
    const finished: Passport = {
      ...unfinished,
      attempts: [{ ...started, status: 'submitted', submittedAt: '2026-01-09T10:00:00.000Z', score: 100, passed: true }],
      answers: [{ ...answer('d1', dan.id, 'm01-q001', single('b'), true), id: 'd1:m01-q001' }],
    }
    expect(await repos.passports.importPassport(finished, 'Dan')).toMatchObject({
      ok: true,
      counts: { attemptsReplaced: 1, answersRemoved: 1 },
    })
    expect(await repos.answers.questionTallies()).toEqual([{ questionId: 'm01-q001', answered: 1, correct: 1, wrong: {} }])
    expect(await repos.attempts.learnerSummaries()).toEqual([
      expect.objectContaining({ learnerId: dan.id, finalPassed: true, latestScore: 100 }),
    ])
    await expectSummariesUpToDate(db)
  })

  it('an archived learner brought in by a passport counts on the dashboard but not in the tallies', async () => {
    const { repos: elsewhere } = await withRepos()
    const eve = await elsewhere.learners.create({ name: 'Eve', role: 'admin', practice: 'Other' })
    await answerAndSubmit(elsewhere, eve, 'e1', 'final-assessment', '2026-01-07T10:00:00.000Z', [['m01-q001', single('a'), false]])
    const records = await elsewhere.passports.exportLearner(eve.id)
    const passport = await buildPassport({ ...records, learner: { ...records.learner, archived: true } }, META)

    const { repos, db } = await withRepos()
    await repos.passports.importPassport(passport, 'Practice manager')
    expect(await repos.answers.questionTallies()).toEqual([])
    expect(await repos.attempts.learnerSummaries()).toHaveLength(1)
    await expectSummariesUpToDate(db)
  })

  it('a certificate import that adds the learner counts records already stored under that learner', async () => {
    const { repos, db } = await withRepos()
    // Records stored under an id no learner on this PC has yet: their answers count nowhere.
    await repos.attempts.add(attempt('e1', 'learner-from-elsewhere', 'final-assessment', { at: '2026-01-04T10:00:00.000Z', score: 50 }))
    await repos.answers.save(answer('e1', 'learner-from-elsewhere', 'm01-q003', single('d'), false))
    expect(await repos.answers.questionTallies()).toEqual([])
    const payload = buildCertificatePayload({
      code: '0123-4567-89AB-Y',
      kind: 'induction',
      learner: { id: 'learner-from-elsewhere', name: 'Fay', role: 'clinician', practice: 'Other Surgery' },
      completedModules: ['Getting started'],
      scorePercent: 92,
      issuedOn: '2026-01-05',
      contentVersion: '1.0.0',
      appVersion: '0.1.0',
    })
    expect(
      await repos.certificates.importVerified({ payload, digest: await certificateDigest(payload) }, 'Practice manager'),
    ).toMatchObject({ outcome: 'imported', learnerCreated: true })
    expect(await repos.answers.questionTallies()).toEqual([
      { questionId: 'm01-q003', answered: 1, correct: 0, wrong: { '{"optionId":"d","type":"single"}': 1 } },
    ])
    await expectSummariesUpToDate(db)
  })

  it('a tally that no longer matches the answers never stops a write: the questions are counted again', async () => {
    const { repos, db } = await withRepos()
    const ann = await repos.learners.create({ name: 'Ann', role: 'admin', practice: 'P' })
    await answerAndSubmit(repos, ann, 'a1', 'final-assessment', '2026-01-07T10:00:00.000Z', [
      ['m01-q001', single('a'), false],
      ['m01-q002', single('b'), true],
    ])
    // Damage: the tally for m01-q001 has lost its answer (say, a bug in an older version).
    await db.questionTallies.put({ questionId: 'm01-q001', answered: 0, correct: 0, wrong: {} })
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)

    await repos.learners.update(ann.id, { archived: true })
    expect(await repos.answers.questionTallies()).toEqual([])
    await repos.learners.update(ann.id, { archived: false })
    await expectSummariesUpToDate(db)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('m01-q001'))
    warn.mockRestore()
  })

  it('a write that fails changes no summary', async () => {
    const { repos, db } = await withRepos()
    const ann = await repos.learners.create({ name: 'Ann', role: 'admin', practice: 'P' })
    await answerAndSubmit(repos, ann, 'a1', 'final-assessment', '2026-01-07T10:00:00.000Z', [['m01-q001', single('a'), false]])
    const before = await dump(db)
    const again = { ...attempt('a1', ann.id, 'final-assessment', { at: '2026-01-08T10:00:00.000Z', score: 100 }) }
    await expect(repos.submissions.submit({ attempt: again, reviewPuts: [], reviewDeletes: [] })).rejects.toThrow(/already been submitted/)
    await expect(repos.attempts.add(again)).rejects.toThrow()
    await expect(repos.learners.update('nobody', { archived: true })).rejects.toThrow(/No learner/)
    expect(await dump(db)).toBe(before)
  })
})

describe('SummaryUpkeep beyond the app’s paths', () => {
  it('works a learner’s summary out again when an attempt it counted changes or goes', async () => {
    const db = testDatabase()
    await db.open()
    await db.learners.add({ id: 'ann', name: 'Ann', role: 'admin', practice: 'P', archived: false, createdAt: '', updatedAt: '' })
    const upkeep = new SummaryUpkeep(db)
    const write = (scope: { attemptIds: string[] }, change: () => Promise<unknown>) =>
      db.transaction('rw', summaryTables(db), async () => upkeep.around(scope, change))
    await write({ attemptIds: ['a1'] }, () =>
      db.attempts.add(attempt('a1', 'ann', 'final-assessment', { at: '2026-01-07T10:00:00.000Z', score: 95 })),
    )
    await write({ attemptIds: ['a2'] }, () =>
      db.attempts.add(attempt('a2', 'ann', 'final-assessment', { at: '2026-01-08T10:00:00.000Z', score: 70 })),
    )
    expect(await db.learnerAttemptSummaries.get('ann')).toMatchObject({ bestScore: 95, latestScore: 70 })

    await write({ attemptIds: ['a1'] }, () => db.attempts.update('a1', { score: 60, passed: false }))
    expect(await db.learnerAttemptSummaries.get('ann')).toMatchObject({ bestScore: 70, finalPassed: false })
    await expectSummariesUpToDate(db)

    await write({ attemptIds: ['a1', 'a2'] }, () => db.attempts.bulkDelete(['a1', 'a2']))
    expect(await db.learnerAttemptSummaries.count()).toBe(0)
    await expectSummariesUpToDate(db)
  })
})
