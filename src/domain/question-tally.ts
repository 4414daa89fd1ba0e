/**
 * The answers that count towards "What the team gets wrong" (question-stats.ts), tallied per
 * question without reference to the content: how many were given, how many were right, and each
 * wrong answer exactly as stored (as stable JSON) with how often it was given.
 *
 * Keeping the wrong answers as given, not grouped, is what lets the report read the tallies
 * against the content of the day and come out exactly as if it had read every answer again:
 * grouping depends on the question (option order, a date question's rule), and the question can
 * change with a content update after the answers were tallied.
 *
 * The database keeps one QuestionTallyRecord per question up to date as answers arrive, attempts are
 * submitted or imported and learners are archived or restored, so the report reads a few hundred
 * tallies instead of every answer.
 */
import type { AnswerRecord, AttemptRecord, LearnerRecord, QuestionTallyRecord } from './model'

// ---------- what counts ----------

/** The fields of an answer a tally reads. */
export type TalliedAnswer = Pick<AnswerRecord, 'questionId' | 'response' | 'correct'>

/** Current staff: on this PC and not archived. Only their answers count. */
export function isCurrentLearner(learner: Pick<LearnerRecord, 'archived'> | undefined): boolean {
  return learner !== undefined && !learner.archived
}

/**
 * Counted: every stored answer of a submitted attempt of any kind but practice (practice is for
 * trying things out, so its mistakes say little), by a current learner.
 */
export function countsInQuestionStats(attempt: Pick<AttemptRecord, 'kind' | 'status'>, learnerIsCurrent: boolean): boolean {
  return learnerIsCurrent && attempt.status === 'submitted' && attempt.kind !== 'practice'
}

// ---------- answers as keys ----------

/** JSON with object keys sorted, so the same answer always gives the same text. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort()
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(record[k])}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** Not JSON, so it can never be mistaken for an answer. */
const UNSERIALISABLE = '\u0000unserialisable'

/** The stored answer as text: the key of a wrong answer in QuestionTallyRecord.wrong. */
export function responseKey(response: unknown): string {
  try {
    return stableJson(response)
  } catch {
    // A value JSON cannot hold (e.g. a BigInt): it can never be a readable answer either.
    return UNSERIALISABLE
  }
}

/** The answer a responseKey stands for (undefined for one that could not be written as JSON). */
export function responseFromKey(key: string): unknown {
  if (key === UNSERIALISABLE) return undefined
  return JSON.parse(key) as unknown
}

// ---------- tallies ----------

/**
 * Adds (`sign` 1) or takes away (-1) one counted answer, in place. A tally left with no answers
 * is removed from the map, so a question answered by no current learner has none.
 */
export function tallyAnswer(tallies: Map<string, QuestionTallyRecord>, answer: TalliedAnswer, sign: 1 | -1): void {
  const tally = tallies.get(answer.questionId) ?? { questionId: answer.questionId, answered: 0, correct: 0, wrong: {} }
  const answered = tally.answered + sign
  const correct = tally.correct + (answer.correct ? sign : 0)
  const wrongKey = answer.correct ? null : responseKey(answer.response)
  const wrongCount = wrongKey === null ? 0 : (tally.wrong[wrongKey] ?? 0) + sign
  if (answered < 0 || correct < 0 || correct > answered || wrongCount < 0) throw new TallyMismatchError(answer.questionId)
  if (answered === 0) {
    tallies.delete(answer.questionId)
    return
  }
  tally.answered = answered
  tally.correct = correct
  if (wrongKey !== null) {
    if (wrongCount === 0) Reflect.deleteProperty(tally.wrong, wrongKey)
    else tally.wrong[wrongKey] = wrongCount
  }
  tallies.set(answer.questionId, tally)
}

/** Taking away an answer that was never added: the stored tallies no longer match the answers. */
export class TallyMismatchError extends Error {
  override name = 'TallyMismatchError'
  constructor(questionId: string) {
    super(`The answer tally for ${questionId} does not match the stored answers.`)
  }
}
