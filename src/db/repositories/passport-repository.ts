/**
 * Progress passports in and out of the database. Export reads one learner's records in one read
 * transaction (a consistent snapshot). Import reads what the passport could touch, plans the merge
 * (src/domain/passport.ts) and writes every change and its audit entry in ONE rw transaction:
 * all of it is saved or none of it, and a refused import writes nothing at all.
 */
import {
  buildPassport,
  describeMerge,
  parsePassport,
  planPassportMerge,
  type ExistingRecords,
  type MergeCounts,
  type Passport,
  type PassportData,
  type PassportMeta,
  type PassportRefused,
} from '../../domain/passport'
import { AUDIT_ACTIONS } from '../../domain/audit-actions'
import type { TrainerDatabase } from '../database'
import { SummaryUpkeep } from '../summary-upkeep'
import { AuditRepository } from './audit-repository'

export const IMPORT_PASSPORT_ACTION = AUDIT_ACTIONS.importPassport

export interface PassportImported {
  ok: true
  learnerId: string
  counts: MergeCounts
  /** Everything was already here: nothing was written (not even an audit entry). */
  alreadyPresent: boolean
  /** A sentence for the learner, e.g. "Added 2 attempts and 14 answers." */
  summary: string
}

export type MergeResult = PassportImported | PassportRefused

function uniqueById<T extends { id: string }>(records: readonly (T | undefined)[]): T[] {
  const out = new Map<string, T>()
  for (const record of records) if (record) out.set(record.id, record)
  return [...out.values()]
}

export class PassportRepository {
  constructor(
    private readonly db: TrainerDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Every record of one learner. Answers whose attempt is missing (never expected) are left out. */
  async exportLearner(learnerId: string): Promise<PassportData> {
    const { db } = this
    return db.transaction('r', [db.learners, db.attempts, db.answers, db.moduleProgress, db.certificates, db.reviewItems], async () => {
      const learner = await db.learners.get(learnerId)
      if (!learner) throw new Error(`No learner with id ${learnerId}`)
      const attempts = await db.attempts.where('learnerId').equals(learnerId).toArray()
      const attemptIds = new Set(attempts.map((a) => a.id))
      const answers = (await db.answers.where('learnerId').equals(learnerId).toArray()).filter((a) => attemptIds.has(a.attemptId))
      const moduleProgress = await db.moduleProgress.where('learnerId').equals(learnerId).toArray()
      const certificates = await db.certificates.where('learnerId').equals(learnerId).toArray()
      const reviewItems = await db.reviewItems.where('learnerId').equals(learnerId).toArray()
      return { learner, attempts, answers, moduleProgress, certificates, reviewItems }
    })
  }

  /** exportLearner + buildPassport; serialise it with serialisePassport. */
  async exportPassport(learnerId: string, meta: PassportMeta): Promise<Passport> {
    return buildPassport(await this.exportLearner(learnerId), meta)
  }

  /**
   * Merges a passport (from parsePassport) into this PC's records. Returns a 'conflict' refusal
   * when it clashes with records here (nothing written); throws if the database fails (nothing
   * written either: the transaction is rolled back).
   */
  async importPassport(passport: Passport, actor: string): Promise<MergeResult> {
    const { db } = this
    const tables = [db.learners, db.attempts, db.answers, db.moduleProgress, db.certificates, db.reviewItems, db.auditLog, db.learnerAttemptSummaries, db.questionTallies]
    return db.transaction('rw', tables, async (): Promise<MergeResult> => {
      const outcome = planPassportMerge(await this.readExisting(passport), passport)
      if (!outcome.ok) return outcome
      const { plan } = outcome
      const result: PassportImported = {
        ok: true,
        learnerId: passport.learner.id,
        counts: plan.counts,
        alreadyPresent: plan.alreadyPresent,
        summary: describeMerge(plan.counts),
      }
      if (plan.alreadyPresent) return result

      // The summaries follow every attempt the plan writes or writes answers for (answers it deletes belong to attempts it replaces).
      const upkeep = new SummaryUpkeep(db)
      const before = await upkeep.snapshot({ learnerIds: [passport.learner.id], attemptIds: [...plan.attempts.map((a) => a.id), ...plan.answers.map((a) => a.attemptId)] })
      if (plan.learner) await db.learners.put(plan.learner)
      if (plan.attempts.length) await db.attempts.bulkPut(plan.attempts)
      if (plan.answerDeletes.length) await db.answers.bulkDelete(plan.answerDeletes)
      if (plan.answers.length) await db.answers.bulkPut(plan.answers)
      if (plan.moduleProgress.length) await db.moduleProgress.bulkPut(plan.moduleProgress)
      // add, not put: a certificate is never overwritten, and a code clash aborts everything.
      if (plan.certificates.length) await db.certificates.bulkAdd(plan.certificates)
      if (plan.reviewItems.length) await db.reviewItems.bulkPut(plan.reviewItems)
      await upkeep.apply(before)
      const learner = plan.learner ?? passport.learner
      await new AuditRepository(db, this.now).record(
        actor,
        IMPORT_PASSPORT_ACTION,
        `Passport for ${learner.name} (${learner.id}) exported ${passport.exportedAt} by ${passport.app.name} ${passport.app.version}: ${result.summary}`,
      )
      return result
    })
  }

  /** parsePassport, then importPassport: the one call an "Import passport" button needs. */
  async importText(text: string, actor: string): Promise<MergeResult> {
    const parsed = await parsePassport(text)
    if (!parsed.ok) return parsed
    return this.importPassport(parsed.passport, actor)
  }

  /** Must run inside the import transaction, so nothing can change between reading and writing. */
  private async readExisting(passport: Passport): Promise<ExistingRecords> {
    const { db } = this
    const ids = <T extends { id: string }>(records: readonly T[]): string[] => records.map((r) => r.id)
    const attemptIds = ids(passport.attempts)
    const learner = await db.learners.get(passport.learner.id)
    const attempts = await db.attempts.bulkGet(attemptIds)
    const answersById = await db.answers.bulkGet(ids(passport.answers))
    const answersOfAttempts = attemptIds.length ? await db.answers.where('attemptId').anyOf(attemptIds).toArray() : []
    const moduleProgress = await db.moduleProgress.bulkGet(ids(passport.moduleProgress))
    const certificatesById = await db.certificates.bulkGet(ids(passport.certificates))
    const codes = passport.certificates.map((c) => c.code)
    const certificatesByCode = codes.length ? await db.certificates.where('code').anyOf(codes).toArray() : []
    const reviewItems = await db.reviewItems.bulkGet(ids(passport.reviewItems))
    return {
      ...(learner ? { learner } : {}),
      attempts: uniqueById(attempts),
      answers: uniqueById([...answersById, ...answersOfAttempts]),
      moduleProgress: uniqueById(moduleProgress),
      certificates: uniqueById([...certificatesById, ...certificatesByCode]),
      reviewItems: uniqueById(reviewItems),
    }
  }
}
