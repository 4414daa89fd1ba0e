/**
 * What the derived tables should hold, worked out from scratch from every learner, attempt and
 * answer stored, with the domain folds: the yardstick the upkeep and the upgrade are held to.
 */
import type { TrainerDatabase } from '../../../src/db/database'
import type { LearnerAttemptSummaryRecord, QuestionTallyRecord } from '../../../src/domain/model'
import { summariseLearnerAttempts } from '../../../src/domain/learner-attempt-summary'
import { countsInQuestionStats, isCurrentLearner, tallyAnswer } from '../../../src/domain/question-tally'

export interface StoredSummaries {
  learnerAttemptSummaries: LearnerAttemptSummaryRecord[]
  questionTallies: QuestionTallyRecord[]
}

const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T): number =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0

export async function summariesFromRecords(db: TrainerDatabase): Promise<StoredSummaries> {
  const [learners, attempts, answers] = await Promise.all([db.learners.toArray(), db.attempts.toArray(), db.answers.toArray()])
  const current = new Set(learners.filter(isCurrentLearner).map((l) => l.id))
  const learnerAttemptSummaries = [...new Set(attempts.map((a) => a.learnerId))]
    .map((learnerId) => summariseLearnerAttempts(learnerId, attempts))
    .filter((s): s is LearnerAttemptSummaryRecord => s !== undefined)
  const counted = new Set(attempts.filter((a) => countsInQuestionStats(a, current.has(a.learnerId))).map((a) => a.id))
  const tallies = new Map<string, QuestionTallyRecord>()
  for (const answer of answers) if (counted.has(answer.attemptId)) tallyAnswer(tallies, answer, 1)
  return {
    learnerAttemptSummaries: learnerAttemptSummaries.sort(byKey((s) => s.learnerId)),
    questionTallies: [...tallies.values()].sort(byKey((t) => t.questionId)),
  }
}

export async function storedSummaries(db: TrainerDatabase): Promise<StoredSummaries> {
  return {
    learnerAttemptSummaries: (await db.learnerAttemptSummaries.toArray()).sort(byKey((s) => s.learnerId)),
    questionTallies: (await db.questionTallies.toArray()).sort(byKey((t) => t.questionId)),
  }
}
