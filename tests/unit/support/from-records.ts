/**
 * The manager's figures worked out from raw records, as the database's summaries and tallies would
 * give them: tests write plain attempts and answers, and these fold them the way the app does.
 */
import { buildDashboard, type Dashboard, type DashboardInput } from '../../../src/domain/dashboard'
import { summariseLearnerAttempts } from '../../../src/domain/learner-attempt-summary'
import type { AnswerRecord, AttemptRecord, LearnerAttemptSummaryRecord, QuestionTallyRecord } from '../../../src/domain/model'
import { questionStatsFromTallies, type QuestionStats, type QuestionStatsContent } from '../../../src/domain/question-stats'
import { countsInQuestionStats, tallyAnswer } from '../../../src/domain/question-tally'

type SummaryAttempt = Pick<AttemptRecord, 'learnerId' | 'kind' | 'status' | 'submittedAt' | 'score' | 'passed'> & { id?: string }

/**
 * One summary per learner. Attempts without an id get one in the order given, so of two attempts
 * of one kind submitted at the same moment the later one given counts as latest.
 */
export function attemptSummariesOf(attempts: readonly SummaryAttempt[]): LearnerAttemptSummaryRecord[] {
  const withIds = attempts.map((attempt, index) => ({ ...attempt, id: attempt.id ?? `given-${String(index).padStart(8, '0')}` }))
  return [...new Set(withIds.map((a) => a.learnerId))]
    .map((learnerId) => summariseLearnerAttempts(learnerId, withIds))
    .filter((summary): summary is LearnerAttemptSummaryRecord => summary !== undefined)
}

export type DashboardFromAttempts = Omit<DashboardInput, 'attemptSummaries'> & { attempts: readonly SummaryAttempt[] }

/** The dashboard for raw attempts, through the summaries the database would keep. */
export function dashboardFromAttempts({ attempts, ...rest }: DashboardFromAttempts): Dashboard {
  return buildDashboard({ ...rest, attemptSummaries: attemptSummariesOf(attempts) })
}

export interface QuestionStatsFromRecords extends QuestionStatsContent {
  answers: readonly Pick<AnswerRecord, 'attemptId' | 'questionId' | 'response' | 'correct'>[]
  attempts: readonly Pick<AttemptRecord, 'id' | 'learnerId' | 'kind' | 'status'>[]
  /** Count only these learners' attempts; everyone when left out. */
  learnerIds?: ReadonlySet<string>
}

/** "What the team gets wrong" for raw attempts and answers, through the tallies the database would keep. */
export function questionStatsFromRecords(input: QuestionStatsFromRecords): QuestionStats {
  const counted = new Set<string>()
  for (const attempt of input.attempts) {
    if (countsInQuestionStats(attempt, !input.learnerIds || input.learnerIds.has(attempt.learnerId))) counted.add(attempt.id)
  }
  const tallies = new Map<string, QuestionTallyRecord>()
  for (const answer of input.answers) if (counted.has(answer.attemptId)) tallyAnswer(tallies, answer, 1)
  return questionStatsFromTallies({ ...input, tallies: tallies.values() })
}
