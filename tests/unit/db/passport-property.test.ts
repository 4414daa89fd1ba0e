/**
 * Property test: valid passports damaged at random, hundreds of times (seeded, so a failure can be
 * replayed). Every damaged file is either refused with a known reason, leaving the database exactly
 * as it was, or imported, leaving the database consistent (and a second import changes nothing).
 */
import { IDBFactory } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import type { TrainerDatabase } from '../../../src/db/database'
import { PassportRepository } from '../../../src/db/repositories/passport-repository'
import {
  buildPassport,
  parsePassport,
  passportDigest,
  serialisePassport,
  PASSPORT_REFUSALS,
  type PassportData,
} from '../../../src/domain/passport'
import { pick, seededRandom, type Random } from '../../../src/domain/random'
import { testDatabase } from './test-db'

const SEED = 20260201
const CASES = 1000
const OWNER = 'learner-p'
const OTHER = 'learner-u'
const META = { exportedAt: new Date('2026-02-01T12:00:00Z'), app: { name: 'e-RS Trainer', version: '0.1.0' }, contentVersion: '4.1.0' }

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

function learnerData(id: string, prefix: string, options: { earlier?: boolean } = {}): PassportData {
  const at = (day: number, minute = 0): string => new Date(Date.UTC(2026, 0, day, 10, minute)).toISOString()
  const answer = (attemptId: string, questionId: string, correct: boolean, day: number): PassportData['answers'][number] => ({
    id: `${attemptId}:${questionId}`,
    attemptId,
    learnerId: id,
    questionId,
    response: correct ? { choice: 'a', notes: ['x', 1, true] } : 'wrong',
    correct,
    answeredAt: at(day, 1),
  })
  const earlier = options.earlier === true
  return {
    learner: {
      id,
      name: `Learner ${prefix}`,
      role: 'admin',
      practice: earlier ? '' : 'Lewisham Medical Centre',
      ...(earlier ? {} : { staffId: 'S-42' }),
      archived: false,
      createdAt: at(1),
      updatedAt: at(earlier ? 1 : 9),
    },
    attempts: [
      {
        id: `${prefix}-a1`,
        learnerId: id,
        kind: 'module-check',
        moduleId: 'm01',
        seed: 11,
        questionIds: ['q1', 'q2'],
        status: 'submitted',
        currentIndex: 2,
        contentVersion: '4.1.0',
        startedAt: at(2),
        submittedAt: at(2, 9),
        score: 50,
        passed: false,
      },
      earlier
        ? {
            id: `${prefix}-a2`,
            learnerId: id,
            kind: 'practice',
            seed: 12,
            questionIds: ['q1', 'q3', 'q4'],
            status: 'in-progress',
            currentIndex: 1,
            contentVersion: '4.1.0',
            startedAt: at(3),
          }
        : {
            id: `${prefix}-a2`,
            learnerId: id,
            kind: 'practice',
            seed: 12,
            questionIds: ['q1', 'q3', 'q4'],
            status: 'submitted',
            currentIndex: 3,
            contentVersion: '4.1.0',
            startedAt: at(3),
            submittedAt: at(4),
            score: 67,
            passed: false,
          },
      ...(earlier
        ? []
        : [
            {
              id: `${prefix}-a3`,
              learnerId: id,
              kind: 'final-assessment' as const,
              seed: 13,
              questionIds: ['q5'],
              status: 'submitted' as const,
              currentIndex: 1,
              contentVersion: '4.1.0',
              startedAt: at(5),
              submittedAt: at(5, 3),
              score: 100,
              passed: true,
            },
          ]),
    ],
    answers: [
      answer(`${prefix}-a1`, 'q1', true, 2),
      answer(`${prefix}-a1`, 'q2', false, 2),
      answer(`${prefix}-a2`, 'q1', earlier, 3),
      ...(earlier
        ? [answer(`${prefix}-a2`, 'q9', false, 3)]
        : [answer(`${prefix}-a2`, 'q3', true, 4), answer(`${prefix}-a2`, 'q4', false, 4), answer(`${prefix}-a3`, 'q5', true, 5)]),
    ],
    moduleProgress: [
      {
        id: `${id}:m01`,
        learnerId: id,
        moduleId: 'm01',
        lessonsRead: earlier ? ['m01-l03'] : ['m01-l01', 'm01-l02'],
        checkPassed: !earlier,
        bestScore: earlier ? 40 : 100,
        ...(earlier ? {} : { completedAt: at(5) }),
        updatedAt: at(earlier ? 2 : 5),
      },
      ...(earlier
        ? []
        : [{ id: `${id}:m02`, learnerId: id, moduleId: 'm02', lessonsRead: ['m02-l01'], checkPassed: false, updatedAt: at(6) }]),
    ],
    certificates: earlier
      ? []
      : [
          {
            id: `${prefix}-c1`,
            learnerId: id,
            code: `${prefix.toUpperCase()}-CODE`,
            kind: 'induction',
            issuedAt: '2026-01-20',
            refreshBy: '2027-01-20',
            record: { learner: `Learner ${prefix}`, modules: ['m01', 'm02'] },
          },
        ],
    reviewItems: [
      {
        id: `${id}:q2`,
        learnerId: id,
        questionId: 'q2',
        box: earlier ? 3 : 1,
        due: earlier ? '2026-01-20' : '2026-01-03',
        lastReviewedAt: at(2, 2),
      },
      ...(earlier ? [] : [{ id: `${id}:q4`, learnerId: id, questionId: 'q4', box: 2, due: '2026-01-06' }]),
    ],
  }
}

/** Every table as JSON, in a fixed order: equal dumps mean nothing was written. */
async function dump(db: TrainerDatabase): Promise<string> {
  const out: Record<string, unknown> = {}
  for (const table of db.tables) out[table.name] = await table.toArray()
  return JSON.stringify(out)
}

async function dumpLearner(db: TrainerDatabase, learnerId: string): Promise<string> {
  const out: Record<string, unknown> = { learner: await db.learners.get(learnerId) }
  for (const table of [db.attempts, db.answers, db.moduleProgress, db.certificates, db.reviewItems])
    out[table.name] = await table.where('learnerId').equals(learnerId).sortBy('id')
  return JSON.stringify(out)
}

/** A PC with an unrelated learner's records, settings and audit log; sometimes an earlier copy of the owner's record too. */
async function baseline(withEarlierCopy: boolean): Promise<TrainerDatabase> {
  const db = testDatabase(new IDBFactory())
  const repo = new PassportRepository(db, () => new Date('2026-01-15T08:00:00Z'))
  const imports = [await buildPassport(learnerData(OTHER, 'u'), META)]
  if (withEarlierCopy) imports.push(await buildPassport(learnerData(OWNER, 'p', { earlier: true }), META))
  for (const passport of imports) {
    const result = await repo.importPassport(passport, 'setup')
    if (!result.ok) throw new Error(result.message)
  }
  await db.settings.put({ key: 'practiceName', value: 'Lewisham' })
  return db
}

function containers(value: Json, out: (Json[] | JsonObject)[] = []): (Json[] | JsonObject)[] {
  if (value !== null && typeof value === 'object') {
    out.push(value)
    for (const child of Array.isArray(value) ? value : Object.values(value)) containers(child, out)
  }
  return out
}

function otherType(value: Json, random: Random): Json {
  const kind = (v: Json): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)
  const candidates: Json[] = [42, -1.5, 'text', '', true, null, [], {}, ['a'], { x: 1 }]
  const options = candidates.filter((v) => kind(v) !== kind(value))
  return pick(options, random)
}

const RECORD_LISTS = ['attempts', 'answers', 'moduleProgress', 'certificates', 'reviewItems'] as const

function recordList(body: JsonObject, random: Random): JsonObject[] {
  const lists = RECORD_LISTS.map((key) => body[key]).filter((v): v is JsonObject[] => Array.isArray(v) && v.length > 0)
  return lists.length ? pick(lists, random) : []
}

interface Mutation {
  name: string
  /** Whether the damage is to the text, or to the data (whose digest may then be recomputed). */
  apply: (text: string, random: Random) => string | ((body: JsonObject) => void)
}

const MUTATIONS: readonly Mutation[] = [
  { name: 'truncate', apply: (text, random) => text.slice(0, Math.floor(random() * text.length)) },
  {
    name: 'replace a character',
    apply: (text, random) => {
      const at = Math.floor(random() * text.length)
      return text.slice(0, at) + pick([...'{}[]":,0123456789 abcxyzAEZ-.\\\n\u00e9\u0000'], random) + text.slice(at + 1)
    },
  },
  {
    name: 'delete a character',
    apply: (text, random) => ((at) => text.slice(0, at) + text.slice(at + 1))(Math.floor(random() * text.length)),
  },
  { name: 'write compactly', apply: (text) => JSON.stringify(JSON.parse(text)) },
  {
    name: 'delete a key',
    apply: (_, random) => (body) => {
      const objects = containers(body).filter((c): c is JsonObject => !Array.isArray(c) && Object.keys(c).length > 0)
      const target = pick(objects, random)
      const key = pick(Object.keys(target), random)
      Reflect.deleteProperty(target, key)
    },
  },
  {
    name: "change a value's type",
    apply: (_, random) => (body) => {
      const target = pick(
        containers(body).filter((c) => (Array.isArray(c) ? c.length : Object.keys(c).length) > 0),
        random,
      )
      if (Array.isArray(target)) {
        const i = Math.floor(random() * target.length)
        target[i] = otherType(target[i] ?? null, random)
      } else {
        const key = pick(Object.keys(target), random)
        target[key] = otherType(target[key] ?? null, random)
      }
    },
  },
  {
    name: 'change the version',
    apply: (_, random) => (body) => void (body['version'] = pick<Json>([0, 1, 2, 3, 99, '1', 1.5, -1, null], random)),
  },
  {
    name: 'change the format',
    apply: (_, random) => (body) => {
      const value = pick<Json | undefined>(['ers-trainer-certificate', 'ERS-TRAINER-PASSPORT', 1, null, undefined], random)
      if (value === undefined) delete body['format']
      else body['format'] = value
    },
  },
  {
    name: 'duplicate a record',
    apply: (_, random) => (body) => {
      const list = recordList(body, random)
      if (list.length) list.splice(Math.floor(random() * list.length), 0, structuredClone(pick(list, random)))
    },
  },
  {
    name: "change a record's learnerId",
    apply: (_, random) => (body) => {
      const list = recordList(body, random)
      if (list.length) pick(list, random)['learnerId'] = pick([OTHER, 'learner-x', ''], random)
    },
  },
  {
    name: 'reuse an id or code from this PC',
    apply: (_, random) => (body) => {
      const certificates = body['certificates']
      const attempts = body['attempts']
      if (
        random() < 0.5 &&
        Array.isArray(certificates) &&
        certificates[0] &&
        typeof certificates[0] === 'object' &&
        !Array.isArray(certificates[0])
      ) {
        certificates[0]['code'] = 'U-CODE'
      } else if (Array.isArray(attempts)) {
        // A new attempt (no answers) whose id the unrelated learner's attempt already has.
        attempts.push({
          id: 'u-a1',
          learnerId: OWNER,
          kind: 'practice',
          seed: 1,
          questionIds: ['q1'],
          status: 'in-progress',
          currentIndex: 0,
          contentVersion: '4.1.0',
          startedAt: '2026-01-10T10:00:00.000Z',
        })
      }
    },
  },
]

async function mutate(text: string, random: Random): Promise<{ name: string; text: string }> {
  const mutation = pick(MUTATIONS, random)
  const applied = mutation.apply(text, random)
  if (typeof applied === 'string') return { name: mutation.name, text: applied }
  const body = JSON.parse(text) as JsonObject
  applied(body)
  // Half the time the digest is recomputed, as a buggy exporter or a knowing editor would: this
  // is what lets damaged data reach the field, consistency and conflict checks.
  const resign = mutation.name === 'reuse an id or code from this PC' || random() < 0.5
  if (resign) body['digest'] = await passportDigest(body)
  return {
    name: `${mutation.name}${resign ? ' (digest recomputed)' : ''}`,
    text: random() < 0.5 ? JSON.stringify(body, null, 2) : JSON.stringify(body),
  }
}

async function expectConsistent(db: TrainerDatabase, where: string): Promise<void> {
  const learners = new Set((await db.learners.toArray()).map((l) => l.id))
  const attempts = new Map((await db.attempts.toArray()).map((a) => [a.id, a]))
  const certificates = await db.certificates.toArray()
  for (const attempt of attempts.values()) expect(learners.has(attempt.learnerId), where).toBe(true)
  for (const answer of await db.answers.toArray()) {
    expect(attempts.get(answer.attemptId)?.learnerId, `${where}: answer ${answer.id} has its attempt`).toBe(answer.learnerId)
    expect(answer.id, where).toBe(`${answer.attemptId}:${answer.questionId}`)
  }
  for (const progress of await db.moduleProgress.toArray()) {
    expect(learners.has(progress.learnerId), where).toBe(true)
    expect(progress.id, where).toBe(`${progress.learnerId}:${progress.moduleId}`)
  }
  for (const item of await db.reviewItems.toArray()) {
    expect(learners.has(item.learnerId), where).toBe(true)
    expect(item.id, where).toBe(`${item.learnerId}:${item.questionId}`)
  }
  for (const certificate of certificates) expect(learners.has(certificate.learnerId), where).toBe(true)
  expect(new Set(certificates.map((c) => c.code)).size, where).toBe(certificates.length)
}

describe('passport import under random damage', () => {
  it(`each of ${CASES} damaged passports is refused with nothing written, or imported consistently`, async () => {
    const random = seededRandom(SEED)
    const validText = serialisePassport(await buildPassport(learnerData(OWNER, 'p'), META))
    const outcomes = new Map<string, number>()
    const tally = (key: string): void => void outcomes.set(key, (outcomes.get(key) ?? 0) + 1)
    const withEarlier = [await baseline(false), await baseline(true)]
    const unrelated = await dumpLearner(withEarlier[0] as TrainerDatabase, OTHER)

    for (let n = 0; n < CASES; n++) {
      const variant = n % 2
      const db = withEarlier[variant] as TrainerDatabase
      const repo = new PassportRepository(db, () => new Date('2026-02-02T09:00:00Z'))
      const { name, text } = await mutate(validText, random)
      const where = `case ${n} (seed ${SEED}, ${name})`
      const before = await dump(db)

      const parsed = await parsePassport(text)
      const result = parsed.ok ? await repo.importPassport(parsed.passport, 'property test') : parsed
      if (!result.ok) {
        expect(PASSPORT_REFUSALS, where).toContain(result.reason)
        expect(result.message.length, where).toBeGreaterThan(40)
        expect(await dump(db), `${where}: refused (${result.reason}) but the database changed`).toBe(before)
        tally(result.reason)
        continue
      }
      tally('imported')
      await expectConsistent(db, where)
      expect(await db.learners.get(result.learnerId), where).toBeDefined()
      if (parsed.ok) {
        const p = parsed.passport
        for (const [ids, table] of [
          [p.attempts.map((r) => r.id), db.attempts],
          [p.moduleProgress.map((r) => r.id), db.moduleProgress],
          [p.certificates.map((r) => r.id), db.certificates],
          [p.reviewItems.map((r) => r.id), db.reviewItems],
        ] as const) {
          expect((await table.bulkGet([...ids])).every(Boolean), `${where}: ${table.name} all present`).toBe(true)
        }
      }
      expect(await dumpLearner(db, OTHER), `${where}: the unrelated learner was touched`).toBe(unrelated)
      const after = await dump(db)
      expect(await repo.importText(text, 'property test'), where).toMatchObject({ ok: true, alreadyPresent: true })
      expect(await dump(db), `${where}: a second import wrote something`).toBe(after)
      withEarlier[variant] = await baseline(variant === 1)
    }

    // Every way of failing was met, and damage the format tolerates was imported.
    for (const reason of PASSPORT_REFUSALS)
      expect(outcomes.get(reason) ?? 0, `refusal "${reason}" never happened: ${JSON.stringify([...outcomes])}`).toBeGreaterThan(0)
    expect(outcomes.get('imported') ?? 0).toBeGreaterThan(10)
    expect([...outcomes.values()].reduce((a, b) => a + b, 0)).toBe(CASES)
  }, 60_000)
})
