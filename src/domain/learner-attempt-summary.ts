/**
 * What the manager's dashboard takes from one learner's attempts: whether a final assessment was
 * submitted and passed, the best and latest score, and when a locum refresher was last passed.
 *
 * The database keeps one LearnerAttemptSummaryRecord per learner, folded here as attempts are
 * submitted or imported, so the dashboard reads one small record per learner instead of every
 * final assessment and refresher.
 *
 * Every figure but the latest score is a maximum or an "any", so the order attempts arrive in
 * does not matter. The latest score goes to the latest submission time; see
 * foldAttemptIntoSummary for attempts submitted in the same millisecond.
 */
import {
  DASHBOARD_ATTEMPT_KINDS,
  type AttemptFigures,
  type AttemptRecord,
  type DashboardAttemptKind,
  type LearnerAttemptSummaryRecord,
} from './model'

/** The fields of an attempt record the summary reads. */
type SummaryAttempt = Pick<AttemptRecord, 'id' | 'learnerId' | 'kind' | 'status' | 'submittedAt' | 'score' | 'passed'>

export function countsOnDashboard(attempt: Pick<AttemptRecord, 'kind' | 'status'>): boolean {
  return attempt.status === 'submitted' && (attempt.kind === 'final-assessment' || attempt.kind === 'locum-refresher')
}

function noAttemptFigures(): AttemptFigures {
  return { finalSubmitted: false, finalPassed: false, bestScore: null, latestScore: null, latestScoreAt: '', lastPassedRefresherAt: null }
}

const later = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : b > a ? b : a)

/**
 * Folds one attempt that countsOnDashboard into `figures`, in place. `winsTimeTie` says whether this attempt's score becomes the latest when
 * it was submitted at exactly the latest score's time. Returns whether its score became the latest.
 */
function foldAttemptFigures(figures: AttemptFigures, attempt: SummaryAttempt, winsTimeTie: boolean): boolean {
  const at = attempt.submittedAt ?? ''
  if (attempt.kind === 'final-assessment') {
    figures.finalSubmitted = true
    if (attempt.passed === true) figures.finalPassed = true
  } else if (attempt.passed === true && at) {
    figures.lastPassedRefresherAt = later(figures.lastPassedRefresherAt, at)
  }
  if (typeof attempt.score === 'number') {
    if (figures.bestScore === null || attempt.score > figures.bestScore) figures.bestScore = attempt.score
    if (figures.latestScore === null || at > figures.latestScoreAt || (at === figures.latestScoreAt && winsTimeTie)) {
      figures.latestScore = attempt.score
      figures.latestScoreAt = at
      return true
    }
  }
  return false
}

const kindRank = (kind: DashboardAttemptKind): number => DASHBOARD_ATTEMPT_KINDS.indexOf(kind)

/**
 * The summary with one more attempt folded in (a new object; `summary` is left as it was).
 * Attempts that do not count on the dashboard leave it unchanged; undefined means "nothing yet".
 *
 * Same-time rule: of two scored attempts submitted in the same millisecond (only ever seen in
 * imported records), a locum refresher beats a final assessment and then the larger id wins.
 * That is the order the dashboard read them in when it folded raw attempts (by the kind index:
 * final assessments, then refreshers, each by id; the later one read won), so a summary built in
 * any order gives the dashboard it gave then.
 */
export function foldAttemptIntoSummary(
  summary: LearnerAttemptSummaryRecord | undefined,
  attempt: SummaryAttempt,
): LearnerAttemptSummaryRecord | undefined {
  if (!countsOnDashboard(attempt)) return summary
  if (summary && summary.learnerId !== attempt.learnerId)
    throw new Error(`Attempt ${attempt.id} belongs to ${attempt.learnerId}, not to ${summary.learnerId}`)
  const kind = attempt.kind as DashboardAttemptKind
  const next: LearnerAttemptSummaryRecord = summary
    ? { ...summary, latestScoreFrom: summary.latestScoreFrom ? { ...summary.latestScoreFrom } : null }
    : { learnerId: attempt.learnerId, ...noAttemptFigures(), latestScoreFrom: null }
  const from = next.latestScoreFrom
  const winsTimeTie = from === null || kindRank(kind) > kindRank(from.kind) || (kind === from.kind && attempt.id >= from.attemptId)
  if (foldAttemptFigures(next, attempt, winsTimeTie)) next.latestScoreFrom = { kind, attemptId: attempt.id }
  return next
}

/** One learner's summary from all their attempts (any order); undefined when none counts on the dashboard. */
export function summariseLearnerAttempts(learnerId: string, attempts: readonly SummaryAttempt[]): LearnerAttemptSummaryRecord | undefined {
  let summary: LearnerAttemptSummaryRecord | undefined
  for (const attempt of attempts) {
    if (attempt.learnerId !== learnerId) continue
    summary = foldAttemptIntoSummary(summary, attempt)
  }
  return summary
}
