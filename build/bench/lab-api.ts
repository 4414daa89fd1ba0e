/**
 * What the bench lab page (lab.html) offers the bench script, as `globalThis.benchLab`. Types only:
 * shared by the page (browser, build/bench/lab.mts) and the script (Node, build/scripts/bench.ts).
 * Every duration is in milliseconds, measured inside the page with performance.now().
 */

/**
 * How the dashboard's records are read back:
 * - 'summaries': what the app does: every learner, progress and certificate row, and one attempt
 *   summary per learner (learnerAttemptSummaries, schema v2) in place of their attempts;
 * - 'kind-index': what the app did before the summaries: only the attempts the dashboard uses
 *   (final assessments and locum refreshers), one `kind` index range each;
 * - 'tables': every learner, progress, attempt and certificate row in one read transaction;
 * - 'per-learner': the repositories' per-learner queries, one set per learner.
 */
export type DashboardReadStrategy = 'summaries' | 'kind-index' | 'tables' | 'per-learner'

/**
 * How "What the team gets wrong" is worked out:
 * - 'tallies': what the app does: the per-question tallies (questionTallies, schema v2);
 * - 'all-answers': what it did before: current learners, every attempt and every answer.
 */
export type InsightsReadStrategy = 'tallies' | 'all-answers'

export interface SeedResult {
  learners: number
  attempts: number
  answers: number
  progress: number
  certificates: number
  /** Writing the records (schema v1, as a PC updated from before the summaries holds them). */
  ms: number
  /** Opening the database with the current schema: the one-off v1 → v2 upgrade building the summaries. */
  upgradeMs: number
}

export interface DashboardTiming {
  readMs: number
  buildMs: number
  totalMs: number
  /** Attempt records read back (0 when read through the summaries). */
  attemptsRead: number
  /** Rows on the dashboard (a sanity check: one per current learner). */
  rows: number
  /** A hash of the whole dashboard (rows, columns, summary): every read strategy must give the same. */
  fingerprint: string
}

export interface InsightsTiming {
  readMs: number
  buildMs: number
  totalMs: number
  /** Rows read back: tallies, or attempts + answers + learners. */
  rowsRead: number
  answersCounted: number
  /** A hash of the whole report: both strategies must give the same. */
  fingerprint: string
}

export interface ContentLoadTiming {
  /** Fetching and evaluating the content chunk (dynamic import of src/content/app-content.ts). */
  importMs: number
  /** loadAppContent() calls in a row; the first is the cold one the app pays at start. */
  runs: number[]
  modules: number
  questions: number
}

export interface CertificateTiming {
  /** buildCertificatePayload + certificateDigest + renderCertificatePdf, per certificate. */
  runs: number[]
  bytes: number
  /** Fetching the two DejaVu fonts (once, before the runs). */
  fontFetchMs: number
}

export interface BenchLab {
  /**
   * Fills the database `bench-dashboard-<learners>` (deleted first) at schema v1 with 16 modules ×
   * 20 attempts per learner (and, `withAnswers`, their answers: about 3,300 per learner), then opens
   * it with the current schema (the upgrade builds the summaries, as on a PC updated from before them).
   */
  seedDashboard: (learners: number, withAnswers: boolean) => Promise<SeedResult>
  /** Reads the seeded records back and runs buildDashboard, once. */
  timeDashboard: (learners: number, strategy: DashboardReadStrategy) => Promise<DashboardTiming>
  /** Reads the seeded records back and works out the question statistics, once. */
  timeInsights: (learners: number, strategy: InsightsReadStrategy) => Promise<InsightsTiming>
  /** Durations of `count` AnswersRepository.save calls, one after another. */
  timeAnswerWrites: (count: number) => Promise<number[]>
  timeContentLoad: (runs: number) => Promise<ContentLoadTiming>
  timeCertificate: (runs: number) => Promise<CertificateTiming>
}

/** The shape of the page's global object, for page.evaluate on both sides. */
export interface LabGlobal {
  benchLab?: BenchLab
}
