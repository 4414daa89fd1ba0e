/**
 * Keeps the derived tables in step with the records they summarise, inside the transaction of the
 * write that changes those records, so a summary is never out of date and a failed write leaves
 * both unchanged:
 * - learnerAttemptSummaries: what the dashboard takes from each learner's attempts
 *   (src/domain/learner-attempt-summary.ts);
 * - questionTallies: the answers "What the team gets wrong" counts, per question
 *   (src/domain/question-tally.ts).
 *
 * A write that may change which attempts or answers count, or a learner's archived flag, runs in
 * a transaction over (at least) summaryTables(db) and goes: snapshot(scope) → write → apply().
 * The snapshot notes what the touched attempts and learners counted for before the write; apply
 * works out what they count for after it and changes the summaries by the difference. A single
 * answer, saved many times per attempt, has its own cheaper path (answerSaved).
 */
import { countsOnDashboard, foldAttemptIntoSummary, summariseLearnerAttempts } from '../domain/learner-attempt-summary'
import type { AnswerRecord, AttemptRecord, QuestionTallyRecord } from '../domain/model'
import { countsInQuestionStats, isCurrentLearner, tallyAnswer, TallyMismatchError } from '../domain/question-tally'
import type { TrainerDatabase } from './database'

/** The tables the upkeep reads and writes: include them all in the write's transaction. */
export function summaryTables(db: TrainerDatabase) {
  return [db.learners, db.attempts, db.answers, db.learnerAttemptSummaries, db.questionTallies]
}

/** What a write may change. */
export interface SummaryScope {
  /** Every attempt the write may add, change or delete, or whose answers it may add, change or delete. */
  attemptIds?: readonly string[]
  /** Every learner whose record the write may add or change (archiving, restoring, importing). */
  learnerIds?: readonly string[]
}

/** What the scope counted for before the write. */
export interface SummarySnapshot {
  attemptIds: readonly string[]
  learnerIds: readonly string[]
  attempts: ReadonlyMap<string, AttemptRecord>
  learnerCurrent: ReadonlyMap<string, boolean>
  countedAnswers: readonly AnswerRecord[]
}

const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)]
const present = <T>(items: readonly (T | undefined)[]): T[] => items.filter((item): item is T => item !== undefined)

/** The attempt fields the dashboard summary depends on are the same in both. */
function sameForDashboard(a: AttemptRecord, b: AttemptRecord): boolean {
  return (
    a.learnerId === b.learnerId &&
    a.kind === b.kind &&
    a.status === b.status &&
    a.submittedAt === b.submittedAt &&
    a.score === b.score &&
    a.passed === b.passed
  )
}

export class SummaryUpkeep {
  constructor(private readonly db: TrainerDatabase) {}

  /** Runs `write` between snapshot and apply. Call inside a transaction over summaryTables(db). */
  async around<T>(scope: SummaryScope, write: () => Promise<T>): Promise<T> {
    const before = await this.snapshot(scope)
    const result = await write()
    await this.apply(before)
    return result
  }

  /** Call inside the write's transaction, before writing. */
  async snapshot(scope: SummaryScope): Promise<SummarySnapshot> {
    const attemptIds = unique(scope.attemptIds ?? [])
    const attempts = present(attemptIds.length ? await this.db.attempts.bulkGet(attemptIds) : [])
    const learnerIds = unique(scope.learnerIds ?? [])
    const learnerCurrent = await this.currentness([...learnerIds, ...attempts.map((a) => a.learnerId)])
    const counted = attempts.filter((a) => countsInQuestionStats(a, learnerCurrent.get(a.learnerId) ?? false))
    return {
      attemptIds,
      learnerIds,
      attempts: new Map(attempts.map((a) => [a.id, a])),
      learnerCurrent,
      countedAnswers: await this.answersOf(counted.map((a) => a.id)),
    }
  }

  /** Call inside the write's transaction, after writing. */
  async apply(before: SummarySnapshot): Promise<void> {
    const { db } = this
    const attempts = present(before.attemptIds.length ? await db.attempts.bulkGet([...before.attemptIds]) : [])
    const learnerCurrent = await this.currentness([
      ...before.learnerIds,
      ...before.learnerCurrent.keys(),
      ...attempts.map((a) => a.learnerId),
    ])
    const counted = attempts.filter((a) => countsInQuestionStats(a, learnerCurrent.get(a.learnerId) ?? false))
    const removed: AnswerRecord[] = [...before.countedAnswers]
    const added: AnswerRecord[] = await this.answersOf(counted.map((a) => a.id))

    // A learner archived, restored or added: their other attempts stop or start counting too.
    const touched = new Set(before.attemptIds)
    for (const learnerId of before.learnerIds) {
      const was = before.learnerCurrent.get(learnerId) ?? false
      const is = learnerCurrent.get(learnerId) ?? false
      if (was === is) continue
      const others = (await db.attempts.where('learnerId').equals(learnerId).toArray()).filter(
        (a) => !touched.has(a.id) && countsInQuestionStats(a, true),
      )
      const answers = await this.answersOf(others.map((a) => a.id))
      if (is) added.push(...answers)
      else removed.push(...answers)
    }
    await this.changeTallies(removed, added)
    await this.updateAttemptSummaries(before.attempts, attempts)
  }

  /**
   * Whether answers to this attempt count in the question tallies now. For a single answer being
   * saved: the attempt and its learner are read, and nothing more unless they count.
   */
  async answersCount(attemptId: string): Promise<boolean> {
    const attempt = await this.db.attempts.get(attemptId)
    if (!attempt || !countsInQuestionStats(attempt, true)) return false
    return isCurrentLearner(await this.db.learners.get(attempt.learnerId))
  }

  /** One answer saved (replacing `previous`, if there was one) to an attempt whose answers count. */
  async answerSaved(previous: AnswerRecord | undefined, saved: AnswerRecord): Promise<void> {
    await this.changeTallies(previous ? [previous] : [], [saved])
  }

  private async currentness(learnerIds: readonly string[]): Promise<Map<string, boolean>> {
    const ids = unique(learnerIds)
    const learners = ids.length ? await this.db.learners.bulkGet(ids) : []
    return new Map(ids.map((id, i) => [id, isCurrentLearner(learners[i])]))
  }

  private async answersOf(attemptIds: readonly string[]): Promise<AnswerRecord[]> {
    if (attemptIds.length === 0) return []
    const [only] = attemptIds
    if (attemptIds.length === 1 && only !== undefined) return this.db.answers.where('attemptId').equals(only).toArray()
    return this.db.answers
      .where('attemptId')
      .anyOf([...attemptIds])
      .toArray()
  }

  private async changeTallies(removed: readonly AnswerRecord[], added: readonly AnswerRecord[]): Promise<void> {
    if (removed.length === 0 && added.length === 0) return
    const { db } = this
    const questionIds = unique([...removed, ...added].map((a) => a.questionId))
    const stored = present(await db.questionTallies.bulkGet(questionIds))
    const tallies = new Map<string, QuestionTallyRecord>(stored.map((t) => [t.questionId, t]))
    try {
      for (const answer of removed) tallyAnswer(tallies, answer, -1)
      for (const answer of added) tallyAnswer(tallies, answer, 1)
    } catch (error) {
      if (!(error instanceof TallyMismatchError)) throw error
      // A tally that no longer matches the answers must never stop a learner's answer or a manager's
      // import being saved: count these questions again from the stored answers instead.
      console.warn(`${error.message} Counting ${questionIds.length} question(s) again from the stored answers.`)
      await this.recountTallies(questionIds)
      return
    }
    await this.saveTallies(questionIds, tallies)
  }

  /** The tallies of these questions worked out from scratch from every stored answer to them. */
  private async recountTallies(questionIds: readonly string[]): Promise<void> {
    const { db } = this
    const answers = await db.answers.where('questionId').anyOf([...questionIds]).toArray()
    const attemptIds = unique(answers.map((a) => a.attemptId))
    const attempts = new Map(present(attemptIds.length ? await db.attempts.bulkGet(attemptIds) : []).map((a) => [a.id, a]))
    const learnerCurrent = await this.currentness([...attempts.values()].map((a) => a.learnerId))
    const tallies = new Map<string, QuestionTallyRecord>()
    for (const answer of answers) {
      const attempt = attempts.get(answer.attemptId)
      if (attempt && countsInQuestionStats(attempt, learnerCurrent.get(attempt.learnerId) ?? false)) tallyAnswer(tallies, answer, 1)
    }
    await this.saveTallies(questionIds, tallies)
  }

  private async saveTallies(questionIds: readonly string[], tallies: ReadonlyMap<string, QuestionTallyRecord>): Promise<void> {
    const { db } = this
    const emptied = questionIds.filter((id) => !tallies.has(id))
    if (emptied.length) await db.questionTallies.bulkDelete(emptied)
    if (tallies.size) await db.questionTallies.bulkPut([...tallies.values()])
  }

  /**
   * Attempts that start counting on the dashboard are folded into their learner's summary. One
   * that counted and changed or went (never done by the app today: a submitted final assessment
   * or refresher is final) cannot be taken out of a maximum, so that learner's summary is worked
   * out again from all their attempts.
   */
  private async updateAttemptSummaries(before: ReadonlyMap<string, AttemptRecord>, after: readonly AttemptRecord[]): Promise<void> {
    const { db } = this
    const afterById = new Map(after.map((a) => [a.id, a]))
    const rebuild = new Set<string>()
    for (const old of before.values()) {
      if (!countsOnDashboard(old)) continue
      const now = afterById.get(old.id)
      if (!now || !sameForDashboard(old, now)) {
        rebuild.add(old.learnerId)
        if (now) rebuild.add(now.learnerId)
      }
    }
    const countedBefore = (id: string): boolean => {
      const old = before.get(id)
      return old !== undefined && countsOnDashboard(old)
    }
    // Counted before and unchanged: already in the summary.
    const fresh = after.filter((a) => countsOnDashboard(a) && !countedBefore(a.id) && !rebuild.has(a.learnerId))
    const freshLearners = unique(fresh.map((a) => a.learnerId))
    if (freshLearners.length) {
      const stored = await db.learnerAttemptSummaries.bulkGet(freshLearners)
      const summaries = new Map(present(stored).map((s) => [s.learnerId, s]))
      for (const attempt of fresh) {
        const folded = foldAttemptIntoSummary(summaries.get(attempt.learnerId), attempt)
        if (folded) summaries.set(attempt.learnerId, folded)
      }
      await db.learnerAttemptSummaries.bulkPut([...summaries.values()])
    }
    for (const learnerId of rebuild) {
      const summary = summariseLearnerAttempts(learnerId, await db.attempts.where('learnerId').equals(learnerId).toArray())
      if (summary) await db.learnerAttemptSummaries.put(summary)
      else await db.learnerAttemptSummaries.delete(learnerId)
    }
  }
}
