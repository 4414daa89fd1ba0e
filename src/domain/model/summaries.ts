/**
 * The derived tables, kept up to date in the same transaction as every write they depend on
 * (src/db/summary-upkeep.ts); folded by src/domain/learner-attempt-summary.ts and question-tally.ts.
 */
import type { AttemptKind } from './attempt'

/**
 * The attempt kinds the dashboard counts. The order is part of the same-time rule in
 * foldAttemptIntoSummary: it is the order the dashboard used to read them in.
 */
export const DASHBOARD_ATTEMPT_KINDS = ['final-assessment', 'locum-refresher'] as const satisfies readonly AttemptKind[]
export type DashboardAttemptKind = (typeof DASHBOARD_ATTEMPT_KINDS)[number]

/** What the dashboard takes from one learner's attempts. */
export interface AttemptFigures {
  finalSubmitted: boolean
  finalPassed: boolean
  /** Over submitted final assessments and locum refreshers (percent). */
  bestScore: number | null
  latestScore: number | null
  /** submittedAt of the attempt latestScore came from ('' when it had none, or there is no score yet). */
  latestScoreAt: string
  /** ISO date-time of the latest passed refresher, or null. */
  lastPassedRefresherAt: string | null
}

/** One per learner with a submitted final assessment or locum refresher (key: learnerId). */
export interface LearnerAttemptSummaryRecord extends AttemptFigures {
  learnerId: string
  /** The attempt latestScore came from, to settle same-time ties (null until there is a score). */
  latestScoreFrom: { kind: DashboardAttemptKind; attemptId: string } | null
}

/** One per question with a counted answer by a current learner (key: questionId). */
export interface QuestionTallyRecord {
  questionId: string
  answered: number
  correct: number
  /** responseKey of each wrong answer → how many times it was given. */
  wrong: Record<string, number>
}
