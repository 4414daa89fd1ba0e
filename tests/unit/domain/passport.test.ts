import { describe, expect, it } from 'vitest'
import type { AnswerRecord, AttemptRecord, LearnerRecord, ModuleProgressRecord, ReviewItemRecord } from '../../../src/domain/model'
import {
  buildPassport,
  describeMerge,
  mergeReviewItem,
  parsePassport,
  passportDigest,
  passportFileName,
  PassportExportError,
  planPassportMerge,
  serialisePassport,
  PASSPORT_FORMAT,
  PASSPORT_VERSION,
  type ExistingRecords,
  type MergePlan,
  type Passport,
  type PassportData,
} from '../../../src/domain/passport'

const LEARNER_ID = 'learner-a'

function sampleData(): PassportData {
  return {
    learner: {
      id: LEARNER_ID,
      name: 'Łucja Nowak',
      role: 'admin',
      practice: 'Lewisham Medical Centre',
      staffId: 'S123',
      archived: false,
      createdAt: '2026-01-05T09:00:00.000Z',
      updatedAt: '2026-01-05T09:00:00.000Z',
    },
    attempts: [
      {
        id: 'att-2',
        learnerId: LEARNER_ID,
        kind: 'practice',
        seed: 99,
        questionIds: ['q3', 'q4', 'q5'],
        status: 'in-progress',
        currentIndex: 1,
        contentVersion: '4.1.0',
        startedAt: '2026-01-07T10:00:00.000Z',
      },
      {
        id: 'att-1',
        learnerId: LEARNER_ID,
        kind: 'module-check',
        moduleId: 'm01',
        seed: 12345,
        questionIds: ['q1', 'q2'],
        status: 'submitted',
        currentIndex: 2,
        contentVersion: '4.1.0',
        startedAt: '2026-01-06T10:00:00.000Z',
        submittedAt: '2026-01-06T10:05:00.000Z',
        score: 100,
        passed: true,
      },
    ],
    answers: [
      {
        id: 'att-1:q1',
        attemptId: 'att-1',
        learnerId: LEARNER_ID,
        questionId: 'q1',
        response: { choice: 'b' },
        correct: true,
        answeredAt: '2026-01-06T10:01:00.000Z',
      },
      {
        id: 'att-1:q2',
        attemptId: 'att-1',
        learnerId: LEARNER_ID,
        questionId: 'q2',
        response: ['x', 'y'],
        correct: true,
        answeredAt: '2026-01-06T10:02:00.000Z',
      },
      {
        id: 'att-2:q3',
        attemptId: 'att-2',
        learnerId: LEARNER_ID,
        questionId: 'q3',
        response: '2026-02-03',
        correct: false,
        answeredAt: '2026-01-07T10:01:00.000Z',
      },
    ],
    moduleProgress: [
      {
        id: `${LEARNER_ID}:m01`,
        learnerId: LEARNER_ID,
        moduleId: 'm01',
        lessonsRead: ['m01-l01', 'm01-l02'],
        checkPassed: true,
        bestScore: 100,
        completedAt: '2026-01-06T10:05:00.000Z',
        updatedAt: '2026-01-06T10:05:00.000Z',
      },
    ],
    certificates: [
      {
        id: 'cert-1',
        learnerId: LEARNER_ID,
        code: 'ABCD-EFGH-JKMN-P',
        kind: 'induction',
        issuedAt: '2026-01-20',
        refreshBy: '2027-01-20',
        record: { formatVersion: 1, learnerName: 'Łucja Nowak', modules: ['m01'] },
      },
    ],
    reviewItems: [
      {
        id: `${LEARNER_ID}:q3`,
        learnerId: LEARNER_ID,
        questionId: 'q3',
        box: 1,
        due: '2026-01-08',
        lastReviewedAt: '2026-01-07T10:01:00.000Z',
      },
    ],
  }
}

const META = { exportedAt: new Date('2026-02-01T12:00:00Z'), app: { name: 'e-RS Trainer', version: '0.1.0' }, contentVersion: '4.1.0' }

function samplePassport(data: PassportData = sampleData()): Promise<Passport> {
  return buildPassport(data, META)
}

/** A JSON copy of a passport to edit freely. */
function editable(passport: Passport): Record<string, unknown> {
  return JSON.parse(JSON.stringify(passport)) as Record<string, unknown>
}

/** Records the editable copy under a key, as an array of plain objects. */
function records(body: Record<string, unknown>, key: string): Record<string, unknown>[] {
  return body[key] as Record<string, unknown>[]
}

/** Recomputes the digest, as a buggy exporter or someone who knows the format would. */
async function resigned(body: Record<string, unknown>): Promise<string> {
  return JSON.stringify({ ...body, digest: await passportDigest(body) })
}

function emptyExisting(): ExistingRecords {
  return { attempts: [], answers: [], moduleProgress: [], certificates: [], reviewItems: [] }
}

/** Applies a plan to an in-memory copy of the records: what the repository does in its transaction. */
function applyPlan(existing: ExistingRecords, plan: MergePlan): ExistingRecords {
  const put = <T extends { id: string }>(current: readonly T[], writes: readonly T[], deletes: readonly string[] = []): T[] => {
    const map = new Map(current.map((r) => [r.id, r]))
    for (const id of deletes) map.delete(id)
    for (const w of writes) map.set(w.id, w)
    return [...map.values()]
  }
  const learner = plan.learner ?? existing.learner
  return {
    ...(learner ? { learner } : {}),
    attempts: put(existing.attempts, plan.attempts),
    answers: put(existing.answers, plan.answers, plan.answerDeletes),
    moduleProgress: put(existing.moduleProgress, plan.moduleProgress),
    certificates: put(existing.certificates, plan.certificates),
    reviewItems: put(existing.reviewItems, plan.reviewItems),
  }
}

function planOk(existing: ExistingRecords, passport: PassportData): MergePlan {
  const outcome = planPassportMerge(existing, passport)
  if (!outcome.ok) throw new Error(`expected a plan, got ${outcome.reason}: ${outcome.message}`)
  return outcome.plan
}

describe('building and reading a passport', () => {
  it('round-trips: build → serialise → parse gives the same passport', async () => {
    const passport = await samplePassport()
    expect(passport.format).toBe(PASSPORT_FORMAT)
    expect(passport.version).toBe(PASSPORT_VERSION)
    expect(passport.exportedAt).toBe('2026-02-01T12:00:00.000Z')
    expect(passport.digest).toMatch(/^[0-9a-f]{64}$/)
    const text = serialisePassport(passport)
    expect(text.endsWith('}\n')).toBe(true)
    expect(text).toContain('\n  "learner": {')
    expect(text).toContain('Łucja Nowak')
    const parsed = await parsePassport(text)
    expect(parsed).toEqual({ ok: true, passport })
  })

  it('sorts records by id, so the same records give the same digest in any order', async () => {
    const data = sampleData()
    const a = await samplePassport(data)
    const b = await samplePassport({ ...data, attempts: [...data.attempts].reverse(), answers: [...data.answers].reverse() })
    expect(a.digest).toBe(b.digest)
    expect(a.attempts.map((x) => x.id)).toEqual(['att-1', 'att-2'])
  })

  it('accepts the same passport written compactly, with keys reordered, or with a byte-order mark', async () => {
    const passport = await samplePassport()
    const compact = JSON.stringify(passport)
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(passport).reverse()))
    for (const text of [compact, reordered, `\uFEFF${serialisePassport(passport)}`]) {
      expect((await parsePassport(text)).ok).toBe(true)
    }
  })

  it('refuses to export records that another PC would refuse', async () => {
    const data = sampleData()
    const orphan: AnswerRecord = { ...(data.answers[0] as AnswerRecord), id: 'gone:q1', attemptId: 'gone' }
    await expect(samplePassport({ ...data, answers: [...data.answers, orphan] })).rejects.toBeInstanceOf(PassportExportError)
    await expect(samplePassport({ ...data, answers: [...data.answers, orphan] })).rejects.toThrow(
      /answers\[\d\] is for attempt "gone", which is not in the file/,
    )
  })

  it('names the file after the learner and the export date', () => {
    expect(passportFileName('Łucja  Nowak', META.exportedAt)).toBe('ers-trainer-passport-łucja-nowak-2026-02-01.json')
    expect(passportFileName('   ', META.exportedAt)).toBe('ers-trainer-passport-learner-2026-02-01.json')
  })
})

describe('refusals', () => {
  async function refusal(text: string): Promise<{ reason: string; message: string }> {
    const result = await parsePassport(text)
    if (result.ok) throw new Error('expected a refusal')
    expect(result.message).toMatch(/Nothing has been imported\.$/)
    return result
  }

  it('not-json: an empty file, plain text or a binary file', async () => {
    expect(await refusal('')).toMatchObject({
      reason: 'not-json',
      message: expect.stringMatching(/^This file is empty, so it is not a progress passport/),
    })
    expect(await refusal('  \n ')).toMatchObject({ reason: 'not-json' })
    expect(await refusal('hello, this is a letter')).toMatchObject({
      reason: 'not-json',
      message: expect.stringContaining('it is not JSON (it cannot be read from line 1, column 1)'),
    })
    expect(await refusal('%PDF-1.7\n%âãÏÓ\n1 0 obj')).toMatchObject({ reason: 'not-json' })
    const passport = serialisePassport(await samplePassport())
    // A broken character in the middle is damage, not a short file: the position is named.
    const broken = passport.replace('"learner": {', '"learner": }')
    const line = passport.slice(0, passport.indexOf('"learner": {')).split('\n').length
    expect(await refusal(broken)).toMatchObject({ reason: 'not-json', message: expect.stringContaining(`line ${line}, column 14`) })
    expect(await refusal(`${passport}trailing`)).toMatchObject({ reason: 'not-json' })
  })

  it('truncated: the JSON stops early', async () => {
    const text = serialisePassport(await samplePassport())
    for (const cut of [1, 2, 100, Math.floor(text.length / 2), text.length - 3]) {
      expect(await refusal(text.slice(0, cut))).toEqual({
        ok: false,
        reason: 'truncated',
        message:
          'The file is incomplete, probably cut short while copying. Copy it again from the original, or export the passport again. Nothing has been imported.',
      })
    }
    expect(await refusal('{"format": "ers-trainer-pass')).toMatchObject({ reason: 'truncated' })
    expect(await refusal('{"a": tr')).toMatchObject({ reason: 'truncated' })
    expect(await refusal('{"a": -')).toMatchObject({ reason: 'truncated' })
    expect(await refusal('{"a": "\\u00')).toMatchObject({ reason: 'truncated' })
  })

  it('wrong-format: JSON that is not a passport', async () => {
    for (const text of ['[1, 2, 3]', '"passport"', 'null', '{}', '{"format": "ers-trainer-certificate", "version": 1}']) {
      expect(await refusal(text)).toMatchObject({
        reason: 'wrong-format',
        message: expect.stringContaining('not an e-RS Trainer progress passport'),
      })
    }
  })

  it('newer-version: made by a newer app, whatever else it holds', async () => {
    const body = editable(await samplePassport())
    body['version'] = 2
    body['somethingNew'] = { shape: 'unknown to this app' }
    expect(await refusal(JSON.stringify(body))).toMatchObject({
      reason: 'newer-version',
      message: expect.stringMatching(
        /^This passport was made by a newer version of e-RS Trainer \(passport version 2; this app reads version 1\)\. Update this PC's app/,
      ),
    })
  })

  it('invalid: names the fields that are wrong, with their paths', async () => {
    const body = editable(await samplePassport())
    ;(body['learner'] as Record<string, unknown>)['role'] = 'receptionist'
    const attempt = records(body, 'attempts')[1] as Record<string, unknown>
    attempt['status'] = 'finished'
    delete attempt['seed']
    const result = await refusal(await resigned(body))
    expect(result.reason).toBe('invalid')
    expect(result.message).toMatch(/^This passport cannot be used because some of its contents are not valid: /)
    expect(result.message).toContain('learner.role: ')
    expect(result.message).toContain('attempts[1].seed: ')
    expect(result.message).toContain('attempts[1].status: ')

    const noDigest = editable(await samplePassport())
    delete noDigest['digest']
    expect(await refusal(JSON.stringify(noDigest))).toMatchObject({ reason: 'invalid', message: expect.stringContaining('digest: ') })
    expect(await refusal(JSON.stringify({ ...noDigest, digest: 'abc' }))).toMatchObject({
      reason: 'invalid',
      message: expect.stringContaining('digest: is not a SHA-256 digest'),
    })

    const oldVersion = editable(await samplePassport())
    oldVersion['version'] = 0
    expect(await refusal(await resigned(oldVersion))).toMatchObject({ reason: 'invalid', message: expect.stringContaining('version: ') })

    const huge = serialisePassport(await samplePassport()).replace('"seed": 12345', '"seed": 1e999')
    expect(await refusal(huge)).toMatchObject({ reason: 'invalid', message: expect.stringContaining('a number too large') })
  })

  it('tampered: any change after export, even a valid one', async () => {
    const passport = await samplePassport()
    const edits: ((body: Record<string, unknown>) => void)[] = [
      (b) => ((b['learner'] as Record<string, unknown>)['name'] = 'Someone Else'),
      (b) => ((records(b, 'attempts')[1] as Record<string, unknown>)['score'] = 99),
      (b) => records(b, 'answers').pop(),
      (b) => (b['extra'] = true),
      (b) => (b['digest'] = '0'.repeat(64)),
    ]
    for (const edit of edits) {
      const body = editable(passport)
      edit(body)
      expect(await refusal(JSON.stringify(body))).toEqual({
        ok: false,
        reason: 'tampered',
        message:
          'The file has been changed since it was exported, so its records cannot be trusted. Export the passport again on the original PC. Nothing has been imported.',
      })
    }
  })

  it('inconsistent: records of another learner, answers without their attempt, repeated ids', async () => {
    const cases: [(body: Record<string, unknown>) => void, RegExp][] = [
      [
        (b) => ((records(b, 'answers')[0] as Record<string, unknown>)['learnerId'] = 'learner-b'),
        /answers\[0\] belongs to a different learner \("learner-b", not "learner-a"\)/,
      ],
      [(b) => records(b, 'attempts').splice(0, 1), /answers\[\d\] is for attempt "att-1", which is not in the file/],
      [(b) => records(b, 'attempts').push(records(b, 'attempts')[0] as Record<string, unknown>), /attempts\[2\] repeats the id "att-1"/],
      [
        (b) => ((records(b, 'moduleProgress')[0] as Record<string, unknown>)['id'] = 'm01'),
        /moduleProgress\[0\] has the id "m01" instead of "learner-a:m01"/,
      ],
      [
        (b) => records(b, 'certificates').push({ ...(records(b, 'certificates')[0] as Record<string, unknown>), id: 'cert-2' }),
        /certificates\[1\] repeats the code "ABCD-EFGH-JKMN-P"/,
      ],
    ]
    for (const [edit, expected] of cases) {
      const body = editable(await samplePassport())
      edit(body)
      const result = await refusal(await resigned(body))
      expect(result.reason).toBe('inconsistent')
      expect(result.message).toMatch(/^This passport's records contradict each other: /)
      expect(result.message).toMatch(expected)
    }
  })
})

describe('planning a merge', () => {
  it('adds everything for a learner new to this PC', async () => {
    const passport = await samplePassport()
    const plan = planOk(emptyExisting(), passport)
    expect(plan.alreadyPresent).toBe(false)
    expect(plan.learner).toEqual(passport.learner)
    expect(plan.counts).toEqual({
      learnerAdded: true,
      learnerUpdated: false,
      attemptsAdded: 2,
      attemptsReplaced: 0,
      attemptsUpdated: 0,
      answersAdded: 3,
      answersReplaced: 0,
      answersRemoved: 0,
      progressAdded: 1,
      progressUpdated: 0,
      certificatesAdded: 1,
      reviewItemsAdded: 1,
      reviewItemsUpdated: 0,
    })
    expect(describeMerge(plan.counts)).toBe(
      "Added the learner, 2 attempts, 3 answers, 1 module's progress, 1 certificate and 1 practice item.",
    )
  })

  it('is idempotent: the same passport a second time changes nothing', async () => {
    const passport = await samplePassport()
    const once = applyPlan(emptyExisting(), planOk(emptyExisting(), passport))
    const again = planOk(once, passport)
    expect(again.alreadyPresent).toBe(true)
    expect(Object.values(again.counts).every((v) => v === 0 || v === false)).toBe(true)
    expect(describeMerge(again.counts)).toBe('Everything in this passport is already on this PC; nothing was changed.')
  })

  it('keeps the local profile: archived stays archived, only missing details are filled in', async () => {
    const passport = await samplePassport()
    const local: LearnerRecord = {
      ...passport.learner,
      name: 'Lucja N.',
      practice: '',
      archived: true,
      updatedAt: '2026-01-01T00:00:00.000Z',
    }
    delete local.staffId
    const plan = planOk({ ...emptyExisting(), learner: local }, passport)
    expect(plan.counts.learnerAdded).toBe(false)
    expect(plan.counts.learnerUpdated).toBe(true)
    expect(plan.learner).toEqual({ ...local, staffId: 'S123', practice: 'Lewisham Medical Centre', updatedAt: passport.learner.updatedAt })
    const complete = planOk({ ...emptyExisting(), learner: { ...passport.learner, name: 'Lucja N.', archived: true } }, passport)
    expect(complete.learner).toBeUndefined()
  })

  it('replaces an attempt in progress here with the submitted one from the passport, answers and all', async () => {
    const data = sampleData()
    const submitted: AttemptRecord = {
      ...(data.attempts[0] as AttemptRecord),
      status: 'submitted',
      currentIndex: 3,
      submittedAt: '2026-01-09T10:00:00.000Z',
      score: 67,
      passed: false,
    }
    const passportAnswers: AnswerRecord[] = [
      {
        id: 'att-2:q3',
        attemptId: 'att-2',
        learnerId: LEARNER_ID,
        questionId: 'q3',
        response: '2026-02-04',
        correct: true,
        answeredAt: '2026-01-09T09:00:00.000Z',
      },
      {
        id: 'att-2:q5',
        attemptId: 'att-2',
        learnerId: LEARNER_ID,
        questionId: 'q5',
        response: 'c',
        correct: true,
        answeredAt: '2026-01-09T09:01:00.000Z',
      },
    ]
    const passport = await samplePassport({
      ...data,
      attempts: [submitted],
      answers: passportAnswers,
      moduleProgress: [],
      certificates: [],
      reviewItems: [],
    })
    const localAttempt = data.attempts[0] as AttemptRecord
    const localAnswers: AnswerRecord[] = [
      data.answers[2] as AnswerRecord,
      {
        id: 'att-2:q4',
        attemptId: 'att-2',
        learnerId: LEARNER_ID,
        questionId: 'q4',
        response: 'a',
        correct: false,
        answeredAt: '2026-01-07T10:02:00.000Z',
      },
    ]
    const existing: ExistingRecords = { ...emptyExisting(), learner: data.learner, attempts: [localAttempt], answers: localAnswers }
    const plan = planOk(existing, passport)
    expect(plan.attempts).toEqual([submitted])
    expect(plan.counts).toMatchObject({ attemptsReplaced: 1, answersReplaced: 1, answersAdded: 1, answersRemoved: 1 })
    expect(plan.answerDeletes).toEqual(['att-2:q4'])
    const after = applyPlan(existing, plan)
    expect(after.answers.map((a) => a.id).sort()).toEqual(['att-2:q3', 'att-2:q5'])
    expect(planOk(after, passport).alreadyPresent).toBe(true)
  })

  it('never changes an attempt submitted here; merges two unfinished copies of one attempt', async () => {
    const data = sampleData()
    const inProgress = data.attempts[0] as AttemptRecord
    const passport = await samplePassport({ ...data, attempts: [inProgress], answers: [data.answers[2] as AnswerRecord] })
    const submittedHere: AttemptRecord = {
      ...inProgress,
      status: 'submitted',
      currentIndex: 3,
      score: 0,
      passed: false,
      submittedAt: '2026-01-08T00:00:00.000Z',
    }
    const keep = planOk({ ...emptyExisting(), learner: data.learner, attempts: [submittedHere] }, passport)
    expect(keep.attempts).toEqual([])
    expect(keep.answers).toEqual([])

    const behind: AttemptRecord = { ...inProgress, currentIndex: 0 }
    const merge = planOk({ ...emptyExisting(), learner: data.learner, attempts: [behind] }, passport)
    expect(merge.attempts).toEqual([{ ...behind, currentIndex: 1 }])
    expect(merge.counts).toMatchObject({ attemptsUpdated: 1, answersAdded: 1 })
  })

  it('merges module progress: lessons united, check passed on either PC, best score, earliest completion', async () => {
    const data = sampleData()
    const incoming = data.moduleProgress[0] as ModuleProgressRecord
    const local: ModuleProgressRecord = {
      ...incoming,
      lessonsRead: ['m01-l03', 'm01-l01'],
      checkPassed: false,
      bestScore: 60,
      completedAt: '2026-03-01T00:00:00.000Z',
      updatedAt: '2026-03-01T00:00:00.000Z',
    }
    const passport = await samplePassport({ ...data, moduleProgress: [incoming] })
    const plan = planOk({ ...emptyExisting(), learner: data.learner, moduleProgress: [local] }, passport)
    expect(plan.counts.progressUpdated).toBe(1)
    expect(plan.moduleProgress).toEqual([
      {
        ...local,
        lessonsRead: ['m01-l03', 'm01-l01', 'm01-l02'],
        checkPassed: true,
        bestScore: 100,
        completedAt: incoming.completedAt,
        updatedAt: '2026-03-01T00:00:00.000Z',
      },
    ])
    // Progress here already covering the passport's is left alone.
    const ahead: ModuleProgressRecord = { ...incoming, lessonsRead: ['m01-l01', 'm01-l02', 'm01-l03'] }
    expect(planOk({ ...emptyExisting(), learner: data.learner, moduleProgress: [ahead] }, passport).moduleProgress).toEqual([])
  })

  it('keeps the practice item in the lower box, whichever PC it came from', () => {
    const a: ReviewItemRecord = { id: 'l:q', learnerId: 'l', questionId: 'q', box: 3, due: '2026-02-10' }
    const b: ReviewItemRecord = { ...a, box: 1, due: '2026-02-12' }
    const c: ReviewItemRecord = { ...a, due: '2026-02-05' }
    expect(mergeReviewItem(a, b)).toBe(b)
    expect(mergeReviewItem(b, a)).toBe(b)
    expect(mergeReviewItem(a, c)).toBe(c)
    expect(mergeReviewItem(c, a)).toBe(c)
    expect(mergeReviewItem(a, { ...a })).toBe(a)
  })

  it('refuses a certificate whose code is used here by a different certificate', async () => {
    const passport = await samplePassport()
    const other = { ...(passport.certificates[0] as Passport['certificates'][number]), id: 'cert-other', learnerId: 'learner-b' }
    const outcome = planPassportMerge({ ...emptyExisting(), certificates: [other] }, passport)
    expect(outcome).toEqual({
      ok: false,
      reason: 'conflict',
      message:
        'This passport clashes with records already on this PC: the certificate code ABCD-EFGH-JKMN-P is already used by a different certificate on this PC. Nothing has been imported.',
    })
  })

  it('refuses records whose ids belong to another learner here', async () => {
    const passport = await samplePassport()
    const foreign: AttemptRecord = { ...(passport.attempts[0] as AttemptRecord), learnerId: 'learner-b' }
    const outcome = planPassportMerge({ ...emptyExisting(), attempts: [foreign] }, passport)
    expect(outcome).toMatchObject({
      ok: false,
      reason: 'conflict',
      message: expect.stringContaining('the attempt "att-1" already belongs to another learner on this PC'),
    })
    // Another learner's answer filed under one of the passport's attempts is never replaced or removed.
    const strayAnswer: AnswerRecord = {
      id: 'att-2:q4',
      attemptId: 'att-2',
      learnerId: 'learner-b',
      questionId: 'q4',
      response: 'a',
      correct: false,
      answeredAt: '2026-01-07T10:02:00.000Z',
    }
    expect(planPassportMerge({ ...emptyExisting(), answers: [strayAnswer] }, passport)).toMatchObject({
      ok: false,
      reason: 'conflict',
      message: expect.stringContaining('the answer "att-2:q4" to attempt "att-2" belongs to another learner on this PC'),
    })
  })
})
