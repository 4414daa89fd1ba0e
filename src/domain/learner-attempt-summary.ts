/**
 * What the manager's dashboard takes from one learner's attempts: whether a final assessment was
 * submitted and passed, the best and latest score, and when a locum refresher was last passed.
 *
 * The dashboard can fold these figures from the attempts themselves (buildDashboard with
 * `attempts`) or read them ready-made: the database keeps one LearnerAttemptSummary per learner,
 * folded with the same function as attempts are submitted or imported, so the dashboard reads one
 * small record per learner instead of every final assessment and refresher.
 *
 * Every figure but the latest score is a maximum or an "any", so the order attempts arrive in
 * does not matter. The latest score goes to the latest submission time; see
 * foldAttemptIntoSummary for attempts submitted in the same millisecond.
 */
import type { AttemptKindName } from './attempt-kinds'

/**
 * The attempt kinds the dashboard counts. The order is part of the same-time rule in
 * foldAttemptIntoSummary: it is the order the dashboard used to read them in.
 */
export const DASHBOARD_ATTEMPT_KINDS = ['final-assessment', 'locum-refresher'] as const satisfies readonly AttemptKindName[]
export type DashboardAttemptKind = (typeof DASHBOARD_ATTEMPT_KINDS)[number]

/** The fields of an attempt record the figures read. */
export interface FigureAttemptLike {
  kind: AttemptKindName
  status: 'in-progress' | 'submitted'
  submittedAt?: string
  score?: number
  passed?: boolean
}

export interface SummaryAttemptLike extends FigureAttemptLike {
  id: string
  learnerId: string
}

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

/** One learner's figures, as the database keeps them. */
export interface LearnerAttemptSummary extends AttemptFigures {
  learnerId: string
  /** The attempt latestScore came from, to settle same-time ties (null until there is a score). */
  latestScoreFrom: { kind: DashboardAttemptKind; attemptId: string } | null
}

export function countsOnDashboard(attempt: Pick<FigureAttemptLike, 'kind' | 'status'>): boolean {
  return attempt.status === 'submitted' && (attempt.kind === 'final-assessment' || attempt.kind === 'locum-refresher')
}

export function noAttemptFigures(): AttemptFigures {
  return { finalSubmitted: false, finalPassed: false, bestScore: null, latestScore: null, latestScoreAt: '', lastPassedRefresherAt: null }
}

const later = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : b > a ? b : a)

/**
 * Folds one attempt that countsOnDashboard into `figures`, in place (the dashboard folds tens of
 * thousands at a time). `winsTimeTie` says whether this attempt's score becomes the latest when
 * it was submitted at exactly the latest score's time. Returns whether its score became the latest.
 */
export function foldAttemptFigures(figures: AttemptFigures, attempt: FigureAttemptLike, winsTimeTie: boolean): boolean {
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
  summary: LearnerAttemptSummary | undefined,
  attempt: SummaryAttemptLike,
): LearnerAttemptSummary | undefined {
  if (!countsOnDashboard(attempt)) return summary
  if (summary && summary.learnerId !== attempt.learnerId)
    throw new Error(`Attempt ${attempt.id} belongs to ${attempt.learnerId}, not to ${summary.learnerId}`)
  const kind = attempt.kind as DashboardAttemptKind
  const next: LearnerAttemptSummary = summary
    ? { ...summary, latestScoreFrom: summary.latestScoreFrom ? { ...summary.latestScoreFrom } : null }
    : { learnerId: attempt.learnerId, ...noAttemptFigures(), latestScoreFrom: null }
  const from = next.latestScoreFrom
  const winsTimeTie = from === null || kindRank(kind) > kindRank(from.kind) || (kind === from.kind && attempt.id >= from.attemptId)
  if (foldAttemptFigures(next, attempt, winsTimeTie)) next.latestScoreFrom = { kind, attemptId: attempt.id }
  return next
}

/** One learner's summary from all their attempts (any order); undefined when none counts on the dashboard. */
export function summariseLearnerAttempts(learnerId: string, attempts: readonly SummaryAttemptLike[]): LearnerAttemptSummary | undefined {
  let summary: LearnerAttemptSummary | undefined
  for (const attempt of attempts) {
    if (attempt.learnerId !== learnerId) continue
    summary = foldAttemptIntoSummary(summary, attempt)
  }
  return summary
}
