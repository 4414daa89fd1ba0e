/**
 * Progress passport: a learner's whole record (profile, attempts, answers, module progress,
 * certificates, practice items) as one versioned JSON file with a SHA-256 digest, so it can move
 * to another PC and be merged there without duplicates.
 *
 * Reading a file (parsePassport) checks, in this order: it is JSON at all (or was cut short), it
 * is a passport, its version is one this app reads, its digest matches, every field is valid,
 * and its records agree with each other. Each refusal has a reason and a message a learner can
 * act on. Merging (planPassportMerge) is a pure plan of the writes; src/db writes it in one
 * transaction. The digest (canonical JSON + SHA-256, shared with certificate.ts) detects damage
 * and casual edits; it is not a signature: whoever recomputes it can forge a file.
 */
import { z } from 'zod'
import { roleSchema } from '../content/schema'
import { issueTexts } from '../shared/zod-issues'
import { canonicalJson, recordDigest } from './certificate'
import {
  answerId,
  ATTEMPT_KINDS,
  ATTEMPT_STATUSES,
  CERTIFICATE_KINDS,
  progressId,
  reviewItemId,
  type AnswerRecord,
  type AttemptRecord,
  type CertificateRecord,
  type LearnerRecord,
  type ModuleProgressRecord,
  type ReviewItemRecord,
} from './model'
import { slugify } from './slug'

export const PASSPORT_FORMAT = 'ers-trainer-passport'
export const PASSPORT_VERSION = 1

// ---------------------------------------------------------------------------------------------
// Schemas: the stored records (src/domain/model), checked field by field. Each `satisfies`
// fails to compile if the schema and its record type no longer agree.

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/
const idSchema = z.string().min(1, 'is empty').max(200, 'is too long')
const timestampSchema = z.string().refine((s) => ISO_TIMESTAMP.test(s) && !Number.isNaN(Date.parse(s)), 'is not an ISO date or date-time')
const percentSchema = z.number().min(0).max(100)

export const passportLearnerSchema = z.object({
  id: idSchema,
  name: z.string().max(200),
  role: roleSchema,
  practice: z.string().max(200),
  staffId: z.string().max(100).optional(),
  archived: z.boolean(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
}) satisfies z.ZodType<LearnerRecord>

export const passportAttemptSchema = z.object({
  id: idSchema,
  learnerId: idSchema,
  kind: z.enum(ATTEMPT_KINDS),
  moduleId: idSchema.optional(),
  seed: z.number().int(),
  questionIds: z.array(idSchema),
  status: z.enum(ATTEMPT_STATUSES),
  currentIndex: z.number().int().min(0),
  contentVersion: z.string().min(1).max(50),
  startedAt: timestampSchema,
  submittedAt: timestampSchema.optional(),
  score: percentSchema.optional(),
  passed: z.boolean().optional(),
}) satisfies z.ZodType<AttemptRecord>

export const passportAnswerSchema = z.object({
  id: idSchema,
  attemptId: idSchema,
  learnerId: idSchema,
  questionId: idSchema,
  /** Whatever the question type records; any JSON value, but present. */
  response: z.unknown(),
  correct: z.boolean(),
  answeredAt: timestampSchema,
}) satisfies z.ZodType<AnswerRecord>

export const passportModuleProgressSchema = z.object({
  id: idSchema,
  learnerId: idSchema,
  moduleId: idSchema,
  lessonsRead: z.array(idSchema),
  checkPassed: z.boolean(),
  bestScore: percentSchema.optional(),
  completedAt: timestampSchema.optional(),
  updatedAt: timestampSchema,
}) satisfies z.ZodType<ModuleProgressRecord>

export const passportCertificateSchema = z.object({
  id: idSchema,
  learnerId: idSchema,
  code: z.string().min(1).max(64),
  kind: z.enum(CERTIFICATE_KINDS),
  issuedAt: timestampSchema,
  refreshBy: timestampSchema,
  /** The signed certificate content; its shape belongs to the certificate module. */
  record: z.unknown(),
}) satisfies z.ZodType<CertificateRecord>

export const passportReviewItemSchema = z.object({
  id: idSchema,
  learnerId: idSchema,
  questionId: idSchema,
  box: z.number().int().min(1),
  due: z.iso.date(),
  lastReviewedAt: timestampSchema.optional(),
}) satisfies z.ZodType<ReviewItemRecord>

const passportBodySchema = z.object({
  format: z.literal(PASSPORT_FORMAT),
  version: z.literal(PASSPORT_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  app: z.object({ name: z.string().min(1).max(100), version: z.string().min(1).max(50) }),
  contentVersion: z.string().min(1).max(50),
  learner: passportLearnerSchema,
  attempts: z.array(passportAttemptSchema),
  answers: z.array(passportAnswerSchema),
  moduleProgress: z.array(passportModuleProgressSchema),
  certificates: z.array(passportCertificateSchema),
  reviewItems: z.array(passportReviewItemSchema),
})

export const passportSchema = passportBodySchema.extend({
  /** SHA-256 (lower-case hex) of the canonical JSON of every other field. */
  digest: z.string().regex(/^[0-9a-f]{64}$/, 'is not a SHA-256 digest (64 hex characters)'),
})

export type Passport = z.infer<typeof passportSchema>

/** One learner's records, as exported from (and merged into) the database. */
export interface PassportData {
  learner: LearnerRecord
  attempts: readonly AttemptRecord[]
  answers: readonly AnswerRecord[]
  moduleProgress: readonly ModuleProgressRecord[]
  certificates: readonly CertificateRecord[]
  reviewItems: readonly ReviewItemRecord[]
}

export interface PassportMeta {
  exportedAt: Date
  app: { name: string; version: string }
  contentVersion: string
}

// ---------------------------------------------------------------------------------------------
// Refusals

export const PASSPORT_REFUSALS = [
  'not-json',
  'truncated',
  'wrong-format',
  'newer-version',
  'invalid',
  'tampered',
  'inconsistent',
  'conflict',
] as const
export type PassportRefusal = (typeof PASSPORT_REFUSALS)[number]

export interface PassportRefused {
  ok: false
  reason: PassportRefusal
  message: string
}

export type PassportParseResult = { ok: true; passport: Passport } | PassportRefused

const NOTHING_IMPORTED = 'Nothing has been imported.'

function refuse(reason: PassportRefusal, message: string): PassportRefused {
  return { ok: false, reason, message: `${message} ${NOTHING_IMPORTED}` }
}

/** Thrown by buildPassport when the records would not make a passport another PC can import. */
export class PassportExportError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`This learner's record cannot be exported: ${listProblems(problems)}`)
    this.name = 'PassportExportError'
  }
}

function listProblems(problems: readonly string[], shown = 3): string {
  const head = problems.slice(0, shown).join('; ')
  const more = problems.length - shown
  return more > 0 ? `${head} (and ${more} more)` : head
}

const problemTexts = (issues: z.ZodError['issues']): string[] => issueTexts(issues, { path: 'brackets', whole: '(the whole file)' })

// ---------------------------------------------------------------------------------------------
// Building and writing

function byId<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** The digest of a passport: SHA-256 of the canonical JSON of every field except `digest`. */
export function passportDigest(passport: object): Promise<string> {
  const body: Record<string, unknown> = { ...passport }
  delete body['digest']
  return recordDigest(body)
}

/**
 * Builds the passport for one learner's records. Records are sorted by id (the same records give
 * the same file) and checked as an import would check them, so an export never makes a file that
 * another PC refuses; a problem throws PassportExportError naming it.
 */
export async function buildPassport(data: PassportData, meta: PassportMeta): Promise<Passport> {
  // A JSON round trip first, so the digest is computed over exactly what the file will hold.
  const plain: unknown = JSON.parse(
    JSON.stringify({
      format: PASSPORT_FORMAT,
      version: PASSPORT_VERSION,
      exportedAt: meta.exportedAt.toISOString(),
      app: meta.app,
      contentVersion: meta.contentVersion,
      learner: data.learner,
      attempts: byId(data.attempts),
      answers: byId(data.answers),
      moduleProgress: byId(data.moduleProgress),
      certificates: byId(data.certificates),
      reviewItems: byId(data.reviewItems),
    }),
  )
  const parsed = passportBodySchema.safeParse(plain)
  if (!parsed.success) throw new PassportExportError(problemTexts(parsed.error.issues))
  const problems = findInconsistencies(parsed.data)
  if (problems.length) throw new PassportExportError(problems)
  return { ...parsed.data, digest: await passportDigest(parsed.data) }
}

/** Pretty JSON (two-space indent, newline at the end); write it as UTF-8. */
export function serialisePassport(passport: Passport): string {
  return `${JSON.stringify(passport, null, 2)}\n`
}

/** "ers-trainer-passport-sam-jones-2026-03-01.json" */
export function passportFileName(learnerName: string, exportedAt: Date): string {
  const name = slugify(learnerName, { keep: 'letters', maxLength: 40, fallback: 'learner' })
  return `${PASSPORT_FORMAT}-${name}-${exportedAt.toISOString().slice(0, 10)}.json`
}

// ---------------------------------------------------------------------------------------------
// Reading

type JsonScan = { kind: 'cut-short' } | { kind: 'malformed'; line: number; column: number }

const END_OF_TEXT = Symbol('end of text')
const MALFORMED = Symbol('malformed')

/**
 * For text JSON.parse refused: is it the start of a JSON document that stops early (a file cut
 * short), or is it broken somewhere (and where)? A small recursive-descent reader that tells
 * "ran out of text" apart from "met a character that cannot be there".
 */
function scanBrokenJson(text: string): JsonScan {
  let i = 0
  const n = text.length
  const skipSpace = (): void => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++
  }
  const next = (): string => {
    if (i >= n) throw END_OF_TEXT
    return text.charAt(i)
  }
  const expect = (ch: string): void => {
    if (next() !== ch) throw MALFORMED
    i++
  }
  const readString = (): void => {
    expect('"')
    for (;;) {
      const c = next()
      i++
      if (c === '"') return
      if (c === '\\') {
        const e = next()
        i++
        if (e === 'u') {
          for (let k = 0; k < 4; k++) {
            if (!/[0-9a-fA-F]/.test(next())) throw MALFORMED
            i++
          }
        } else if (!'"\\/bfnrt'.includes(e)) throw MALFORMED
      } else if (c < ' ') throw MALFORMED
    }
  }
  const readNumber = (): void => {
    const start = i
    while (i < n && /[-+0-9.eE]/.test(text.charAt(i))) i++
    if (i >= n) throw END_OF_TEXT
    if (!/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(text.slice(start, i))) {
      i = start
      throw MALFORMED
    }
  }
  const readValue = (): void => {
    skipSpace()
    const c = next()
    if (c === '{') {
      i++
      skipSpace()
      if (next() === '}') {
        i++
        return
      }
      for (;;) {
        skipSpace()
        readString()
        skipSpace()
        expect(':')
        readValue()
        skipSpace()
        if (next() === '}') {
          i++
          return
        }
        expect(',')
      }
    }
    if (c === '[') {
      i++
      skipSpace()
      if (next() === ']') {
        i++
        return
      }
      for (;;) {
        readValue()
        skipSpace()
        if (next() === ']') {
          i++
          return
        }
        expect(',')
      }
    }
    if (c === '"') return readString()
    if (c === '-' || (c >= '0' && c <= '9')) return readNumber()
    for (const word of ['true', 'false', 'null']) {
      if (word.startsWith(c)) {
        for (const ch of word) expect(ch)
        return
      }
    }
    throw MALFORMED
  }
  const at = (): JsonScan => {
    const before = text.slice(0, i).split('\n')
    return { kind: 'malformed', line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 }
  }
  try {
    readValue()
    skipSpace()
    return at() // JSON.parse refused it, so something follows the document
  } catch (error) {
    if (error === END_OF_TEXT) return { kind: 'cut-short' }
    return at() // MALFORMED, or nesting too deep to follow (RangeError)
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Reads a passport file's text. Checks run from the outside in, and the first failure is the
 * reason given: not JSON / cut short → not a passport → newer version → digest → fields →
 * records agreeing with each other. The digest is checked before the fields so that any change
 * to an exported file is reported as such, whatever it broke.
 */
export async function parsePassport(text: string): Promise<PassportParseResult> {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (source.trim() === '') {
    return refuse('not-json', 'This file is empty, so it is not a progress passport. Choose the .json file exported from e-RS Trainer.')
  }
  let raw: unknown
  try {
    raw = JSON.parse(source)
  } catch {
    const scan = scanBrokenJson(source)
    if (scan.kind === 'cut-short') {
      return refuse(
        'truncated',
        'The file is incomplete, probably cut short while copying. Copy it again from the original, or export the passport again.',
      )
    }
    return refuse(
      'not-json',
      `This file is not a progress passport: it is not JSON (it cannot be read from line ${scan.line}, column ${scan.column}). Choose the .json file exported from e-RS Trainer.`,
    )
  }
  if (!isPlainObject(raw) || raw['format'] !== PASSPORT_FORMAT) {
    return refuse(
      'wrong-format',
      'This file is not an e-RS Trainer progress passport: it is JSON, but not in the passport format. Choose the .json file exported from e-RS Trainer.',
    )
  }
  const version = raw['version']
  if (typeof version === 'number' && Number.isInteger(version) && version > PASSPORT_VERSION) {
    return refuse(
      'newer-version',
      `This passport was made by a newer version of e-RS Trainer (passport version ${version}; this app reads version ${PASSPORT_VERSION}). Update this PC's app, then import the file again.`,
    )
  }
  const digest = passportSchema.shape.digest.safeParse(raw['digest'])
  if (!digest.success) {
    return refuse(
      'invalid',
      `This passport cannot be used because it is not valid: digest: ${digest.error.issues[0]?.message ?? 'is missing'}.`,
    )
  }
  let actualDigest: string
  try {
    actualDigest = await passportDigest(raw)
  } catch {
    // JSON that JavaScript cannot hold faithfully (e.g. 1e999 reads as Infinity), or absurdly deep.
    return refuse(
      'invalid',
      'This passport cannot be used because it holds a value e-RS Trainer cannot read (a number too large, or nesting too deep).',
    )
  }
  if (actualDigest !== digest.data) {
    return refuse(
      'tampered',
      'The file has been changed since it was exported, so its records cannot be trusted. Export the passport again on the original PC.',
    )
  }
  const parsed = passportSchema.safeParse(raw)
  if (!parsed.success) {
    return refuse(
      'invalid',
      `This passport cannot be used because some of its contents are not valid: ${listProblems(problemTexts(parsed.error.issues))}.`,
    )
  }
  const problems = findInconsistencies(parsed.data)
  if (problems.length) {
    return refuse('inconsistent', `This passport's records contradict each other: ${listProblems(problems)}.`)
  }
  return { ok: true, passport: parsed.data }
}

/** Problems that make a set of records impossible to merge as one learner's record. */
export function findInconsistencies(data: PassportData): string[] {
  const problems: string[] = []
  const learnerId = data.learner.id
  const collections: [string, readonly { id: string; learnerId: string }[]][] = [
    ['attempts', data.attempts],
    ['answers', data.answers],
    ['moduleProgress', data.moduleProgress],
    ['certificates', data.certificates],
    ['reviewItems', data.reviewItems],
  ]
  for (const [name, records] of collections) {
    const seen = new Set<string>()
    records.forEach((record, index) => {
      if (seen.has(record.id)) problems.push(`${name}[${index}] repeats the id "${record.id}"`)
      seen.add(record.id)
      if (record.learnerId !== learnerId)
        problems.push(`${name}[${index}] belongs to a different learner ("${record.learnerId}", not "${learnerId}")`)
    })
  }
  const attemptIds = new Set(data.attempts.map((a) => a.id))
  data.answers.forEach((answer, index) => {
    if (!attemptIds.has(answer.attemptId)) problems.push(`answers[${index}] is for attempt "${answer.attemptId}", which is not in the file`)
    const expected = answerId(answer.attemptId, answer.questionId)
    if (answer.id !== expected) problems.push(`answers[${index}] has the id "${answer.id}" instead of "${expected}"`)
  })
  data.moduleProgress.forEach((progress, index) => {
    const expected = progressId(progress.learnerId, progress.moduleId)
    if (progress.id !== expected) problems.push(`moduleProgress[${index}] has the id "${progress.id}" instead of "${expected}"`)
  })
  data.reviewItems.forEach((item, index) => {
    const expected = reviewItemId(item.learnerId, item.questionId)
    if (item.id !== expected) problems.push(`reviewItems[${index}] has the id "${item.id}" instead of "${expected}"`)
  })
  const codes = new Set<string>()
  data.certificates.forEach((certificate, index) => {
    if (codes.has(certificate.code)) problems.push(`certificates[${index}] repeats the code "${certificate.code}"`)
    codes.add(certificate.code)
  })
  return problems
}

// ---------------------------------------------------------------------------------------------
// Merging

/**
 * Records already on this PC that the passport could touch: the stored learner with the
 * passport's learner id, and every stored record sharing an id with one of the passport's records
 * (whoever it belongs to), every stored certificate sharing a code with one of them, and every
 * stored answer of the passport's attempts.
 */
export interface ExistingRecords {
  learner?: LearnerRecord
  attempts: readonly AttemptRecord[]
  answers: readonly AnswerRecord[]
  moduleProgress: readonly ModuleProgressRecord[]
  certificates: readonly CertificateRecord[]
  reviewItems: readonly ReviewItemRecord[]
}

export interface MergeCounts {
  learnerAdded: boolean
  learnerUpdated: boolean
  attemptsAdded: number
  /** In progress here, submitted in the passport: the submitted attempt replaces this one. */
  attemptsReplaced: number
  /** In progress in both: this one moves on to the passport's position. */
  attemptsUpdated: number
  answersAdded: number
  answersReplaced: number
  answersRemoved: number
  progressAdded: number
  progressUpdated: number
  certificatesAdded: number
  reviewItemsAdded: number
  reviewItemsUpdated: number
}

/** Every write the import makes; all of it goes in one transaction. */
export interface MergePlan {
  learner?: LearnerRecord
  attempts: AttemptRecord[]
  answers: AnswerRecord[]
  answerDeletes: string[]
  moduleProgress: ModuleProgressRecord[]
  certificates: CertificateRecord[]
  reviewItems: ReviewItemRecord[]
  counts: MergeCounts
  /** True when the passport holds nothing this PC does not already have: nothing is written. */
  alreadyPresent: boolean
}

export type MergeOutcome = { ok: true; plan: MergePlan } | PassportRefused

function sameRecord(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b)
}

function later(a: string, b: string): string {
  return Date.parse(b) > Date.parse(a) ? b : a
}

function earlierOptional(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b
  if (b === undefined) return a
  return Date.parse(b) < Date.parse(a) ? b : a
}

function maxOptional(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b
  if (b === undefined) return a
  return Math.max(a, b)
}

function groupBy<T>(records: readonly T[], key: (record: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const record of records) {
    const k = key(record)
    const list = out.get(k)
    if (list) list.push(record)
    else out.set(k, [record])
  }
  return out
}

/** Module progress from two PCs: everything either PC achieved. */
export function mergeModuleProgress(local: ModuleProgressRecord, incoming: ModuleProgressRecord): ModuleProgressRecord {
  const lessonsRead = [...local.lessonsRead, ...incoming.lessonsRead.filter((id) => !local.lessonsRead.includes(id))]
  const bestScore = maxOptional(local.bestScore, incoming.bestScore)
  const completedAt = earlierOptional(local.completedAt, incoming.completedAt)
  const merged: ModuleProgressRecord = {
    id: local.id,
    learnerId: local.learnerId,
    moduleId: local.moduleId,
    lessonsRead,
    checkPassed: local.checkPassed || incoming.checkPassed,
    ...(bestScore !== undefined ? { bestScore } : {}),
    ...(completedAt !== undefined ? { completedAt } : {}),
    updatedAt: local.updatedAt,
  }
  if (sameRecord(merged, local)) return local
  return { ...merged, updatedAt: later(local.updatedAt, incoming.updatedAt) }
}

/**
 * A practice item on both PCs: keep the one in the lower Leitner box (on a tie, the one due
 * sooner). The lower box is the cautious choice: it is where the learner most recently showed
 * they had not yet learnt the question on one of the PCs, and an extra practice question costs
 * a minute while a skipped one can leave a gap. It needs no clock comparison (lastReviewedAt is
 * optional and PC clocks disagree), and the rule gives the same result in either import order and
 * nothing new the second time, so merging stays idempotent.
 */
export function mergeReviewItem(local: ReviewItemRecord, incoming: ReviewItemRecord): ReviewItemRecord {
  if (incoming.box < local.box) return incoming
  if (incoming.box === local.box && incoming.due < local.due) return incoming
  return local
}

/** The digest kept in a certificate's record ({ payload, digest }), if any. */
function recordDigestOf(record: unknown): string | null {
  const digest = typeof record === 'object' && record !== null ? (record as { digest?: unknown }).digest : undefined
  return typeof digest === 'string' && digest.length > 0 ? digest : null
}

/**
 * The same certificate under another id: same learner, code and kind, and the same record digest
 * (so the same record). A certificate imported on its own from its PDF gets a new id on this PC;
 * the learner's passport bringing the original later must not clash with it.
 */
function isSameCertificate(local: CertificateRecord, incoming: CertificateRecord): boolean {
  const digest = recordDigestOf(local.record)
  return local.learnerId === incoming.learnerId && local.code === incoming.code && local.kind === incoming.kind && digest !== null && digest === recordDigestOf(incoming.record)
}

/**
 * Plans the merge of a passport into this PC's records, so that the result has no duplicates:
 * - learner (by id): added if new; if already here the local profile is kept (archived stays
 *   archived, local edits win) and only fields missing here (staff id, an empty name or practice)
 *   are filled in from the passport.
 * - attempts (by id): added if new. One already here is kept, except that an attempt still in
 *   progress here and submitted in the passport is replaced by the submitted one with its
 *   answers (answers here that the submitted attempt does not have are removed, since its score
 *   was worked out from its own answers). In progress in both: kept, moved on to the further
 *   question, and the passport's answers for questions not answered here are added.
 * - answers (by id): added with their attempt as above; an answer already here is kept unless
 *   its attempt is being added or replaced from the passport. Answers of an attempt submitted
 *   here are never changed.
 * - module progress (by learner + module): merged: lessons read united, check passed if passed on
 *   either PC, best score the higher, completed at the earlier date.
 * - certificates (by id): added if new, never changed. The same certificate here under another id
 *   (same learner, code, kind and record digest: imported earlier from its PDF) is kept as it is.
 *   Otherwise a certificate code already used here by a
 *   different certificate is a conflict and the whole import is refused.
 * - practice items (by id): see mergeReviewItem.
 * Any record here with the id of a passport record but belonging to another learner is also a
 * conflict. Updated records take the later of the two updatedAt times, so a second import of the
 * same passport plans no writes at all (alreadyPresent).
 */
export function planPassportMerge(existing: ExistingRecords, passport: PassportData): MergeOutcome {
  const learnerId = passport.learner.id
  const conflicts: string[] = []

  const ids = (records: readonly { id: string }[]): Set<string> => new Set(records.map((r) => r.id))
  const passportAttemptIds = ids(passport.attempts)
  const passportAnswerIds = ids(passport.answers)
  const tables: [string, readonly { id: string; learnerId: string }[], Set<string>][] = [
    ['attempt', existing.attempts, passportAttemptIds],
    ['answer', existing.answers, passportAnswerIds],
    ['module progress record', existing.moduleProgress, ids(passport.moduleProgress)],
    ['certificate', existing.certificates, ids(passport.certificates)],
    ['practice item', existing.reviewItems, ids(passport.reviewItems)],
  ]
  for (const [label, records, incomingIds] of tables) {
    for (const record of records) {
      if (record.learnerId !== learnerId && incomingIds.has(record.id)) {
        conflicts.push(`the ${label} "${record.id}" already belongs to another learner on this PC`)
      }
    }
  }
  for (const answer of existing.answers) {
    // Another learner's answer filed under one of the passport's attempts: never ours to replace.
    if (answer.learnerId !== learnerId && passportAttemptIds.has(answer.attemptId) && !passportAnswerIds.has(answer.id)) {
      conflicts.push(`the answer "${answer.id}" to attempt "${answer.attemptId}" belongs to another learner on this PC`)
    }
  }
  const localCertificatesById = new Map(existing.certificates.map((c) => [c.id, c]))
  const localCertificatesByCode = new Map(existing.certificates.map((c) => [c.code, c]))
  for (const certificate of passport.certificates) {
    const sameId = localCertificatesById.get(certificate.id)
    if (sameId && sameId.learnerId === learnerId && sameId.code !== certificate.code) {
      conflicts.push(`the certificate "${certificate.id}" has the code ${sameId.code} on this PC but ${certificate.code} in the passport`)
    }
    const sameCode = localCertificatesByCode.get(certificate.code)
    if (sameCode && sameCode.id !== certificate.id && !isSameCertificate(sameCode, certificate)) {
      conflicts.push(`the certificate code ${certificate.code} is already used by a different certificate on this PC`)
    }
  }
  if (existing.learner && existing.learner.id !== learnerId) {
    conflicts.push(`the stored learner given for comparison is "${existing.learner.id}", not "${learnerId}"`)
  }
  if (conflicts.length) {
    return refuse('conflict', `This passport clashes with records already on this PC: ${listProblems(conflicts)}.`)
  }

  const counts: MergeCounts = {
    learnerAdded: false,
    learnerUpdated: false,
    attemptsAdded: 0,
    attemptsReplaced: 0,
    attemptsUpdated: 0,
    answersAdded: 0,
    answersReplaced: 0,
    answersRemoved: 0,
    progressAdded: 0,
    progressUpdated: 0,
    certificatesAdded: 0,
    reviewItemsAdded: 0,
    reviewItemsUpdated: 0,
  }
  const plan: MergePlan = {
    attempts: [],
    answers: [],
    answerDeletes: [],
    moduleProgress: [],
    certificates: [],
    reviewItems: [],
    counts,
    alreadyPresent: false,
  }

  // Learner
  const localLearner = existing.learner
  if (!localLearner) {
    plan.learner = passport.learner
    counts.learnerAdded = true
  } else {
    const incoming = passport.learner
    const filled: LearnerRecord = { ...localLearner }
    if (!localLearner.staffId?.trim() && incoming.staffId?.trim()) filled.staffId = incoming.staffId
    if (!localLearner.name.trim() && incoming.name.trim()) filled.name = incoming.name
    if (!localLearner.practice.trim() && incoming.practice.trim()) filled.practice = incoming.practice
    if (!sameRecord(filled, localLearner)) {
      plan.learner = { ...filled, updatedAt: later(localLearner.updatedAt, incoming.updatedAt) }
      counts.learnerUpdated = true
    }
  }

  // Attempts and their answers
  const localAttempts = new Map(existing.attempts.map((a) => [a.id, a]))
  const localAnswers = new Map(existing.answers.map((a) => [a.id, a]))
  const localAnswersByAttempt = groupBy(existing.answers, (a) => a.attemptId)
  const incomingAnswersByAttempt = groupBy(passport.answers, (a) => a.attemptId)
  const takeAnswers = (answers: readonly AnswerRecord[], overwrite: boolean): void => {
    for (const answer of answers) {
      const local = localAnswers.get(answer.id)
      if (!local) {
        plan.answers.push(answer)
        counts.answersAdded++
      } else if (overwrite && !sameRecord(local, answer)) {
        plan.answers.push(answer)
        counts.answersReplaced++
      }
    }
  }
  for (const attempt of passport.attempts) {
    const local = localAttempts.get(attempt.id)
    const answers = incomingAnswersByAttempt.get(attempt.id) ?? []
    if (!local) {
      plan.attempts.push(attempt)
      counts.attemptsAdded++
      takeAnswers(answers, true)
    } else if (local.status === 'in-progress' && attempt.status === 'submitted') {
      plan.attempts.push(attempt)
      counts.attemptsReplaced++
      takeAnswers(answers, true)
      const kept = new Set(answers.map((a) => a.id))
      for (const stale of localAnswersByAttempt.get(attempt.id) ?? []) {
        if (!kept.has(stale.id)) {
          plan.answerDeletes.push(stale.id)
          counts.answersRemoved++
        }
      }
    } else if (local.status === 'in-progress' && attempt.status === 'in-progress') {
      if (attempt.currentIndex > local.currentIndex) {
        plan.attempts.push({ ...local, currentIndex: attempt.currentIndex })
        counts.attemptsUpdated++
      }
      takeAnswers(answers, false)
    }
    // Submitted here: the attempt and its answers are final and stay as they are.
  }

  // Module progress
  const localProgress = new Map(existing.moduleProgress.map((p) => [p.id, p]))
  for (const progress of passport.moduleProgress) {
    const local = localProgress.get(progress.id)
    if (!local) {
      plan.moduleProgress.push(progress)
      counts.progressAdded++
      continue
    }
    const merged = mergeModuleProgress(local, progress)
    if (merged !== local) {
      plan.moduleProgress.push(merged)
      counts.progressUpdated++
    }
  }

  // Certificates
  for (const certificate of passport.certificates) {
    // A same-code certificate here is this one (checked above), e.g. imported earlier from its PDF.
    if (!localCertificatesById.has(certificate.id) && !localCertificatesByCode.has(certificate.code)) {
      plan.certificates.push(certificate)
      counts.certificatesAdded++
    }
  }

  // Practice items
  const localReviews = new Map(existing.reviewItems.map((r) => [r.id, r]))
  for (const item of passport.reviewItems) {
    const local = localReviews.get(item.id)
    if (!local) {
      plan.reviewItems.push(item)
      counts.reviewItemsAdded++
    } else if (mergeReviewItem(local, item) !== local && !sameRecord(local, item)) {
      plan.reviewItems.push(item)
      counts.reviewItemsUpdated++
    }
  }

  plan.alreadyPresent =
    plan.learner === undefined &&
    plan.attempts.length === 0 &&
    plan.answers.length === 0 &&
    plan.answerDeletes.length === 0 &&
    plan.moduleProgress.length === 0 &&
    plan.certificates.length === 0 &&
    plan.reviewItems.length === 0
  return { ok: true, plan }
}

/** "2 attempts, 14 answers and 1 certificate added; 1 module's progress updated." */
export function describeMerge(counts: MergeCounts): string {
  const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`
  const added: string[] = []
  const changed: string[] = []
  if (counts.learnerAdded) added.push('the learner')
  if (counts.attemptsAdded) added.push(plural(counts.attemptsAdded, 'attempt', 'attempts'))
  if (counts.answersAdded) added.push(plural(counts.answersAdded, 'answer', 'answers'))
  if (counts.progressAdded) added.push(plural(counts.progressAdded, "module's progress", "modules' progress"))
  if (counts.certificatesAdded) added.push(plural(counts.certificatesAdded, 'certificate', 'certificates'))
  if (counts.reviewItemsAdded) added.push(plural(counts.reviewItemsAdded, 'practice item', 'practice items'))
  if (counts.learnerUpdated) changed.push('the learner’s missing details filled in')
  if (counts.attemptsReplaced)
    changed.push(`${plural(counts.attemptsReplaced, 'unfinished attempt', 'unfinished attempts')} replaced by the submitted one`)
  if (counts.attemptsUpdated) changed.push(`${plural(counts.attemptsUpdated, 'unfinished attempt', 'unfinished attempts')} moved on`)
  if (counts.answersReplaced) changed.push(`${plural(counts.answersReplaced, 'answer', 'answers')} replaced`)
  if (counts.answersRemoved) changed.push(`${plural(counts.answersRemoved, 'answer', 'answers')} of a replaced attempt removed`)
  if (counts.progressUpdated) changed.push(`${plural(counts.progressUpdated, "module's progress", "modules' progress")} merged`)
  if (counts.reviewItemsUpdated) changed.push(`${plural(counts.reviewItemsUpdated, 'practice item', 'practice items')} updated`)
  const join = (parts: string[]): string =>
    parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}` : (parts[0] ?? '')
  const sentences = [
    added.length ? `Added ${join(added)}.` : '',
    changed.length ? `${join(changed).replace(/^./, (c) => c.toUpperCase())}.` : '',
  ].filter(Boolean)
  return sentences.length ? sentences.join(' ') : 'Everything in this passport is already on this PC; nothing was changed.'
}
