/**
 * What the bench lab page (lab.html) offers the bench script, as `globalThis.benchLab`. Types only:
 * shared by the page (browser, build/bench/lab.mts) and the script (Node, build/scripts/bench.ts).
 * Every duration is in milliseconds, measured inside the page with performance.now().
 */

/**
 * How the dashboard's records are read back:
 * - 'tables': every learner, progress, attempt and certificate row in one read transaction;
 * - 'kind-index': the same, but only the attempts the dashboard uses (final assessments and locum
 *   refreshers), one `kind` index range each;
 * - 'per-learner': the repositories' existing per-learner queries, one set per learner.
 */
export type DashboardReadStrategy = 'tables' | 'kind-index' | 'per-learner'

export interface SeedResult {
  learners: number
  attempts: number
  progress: number
  certificates: number
  ms: number
}

export interface DashboardTiming {
  readMs: number
  buildMs: number
  totalMs: number
  /** Attempt records read back. */
  attemptsRead: number
  /** Rows on the dashboard (a sanity check: one per current learner). */
  rows: number
  /** The dashboard's summary as JSON: every read strategy must give the same one. */
  summary: string
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
  /** Fills the database `bench-dashboard-<learners>` (deleted first) with 16 modules × 20 attempts per learner. */
  seedDashboard: (learners: number) => Promise<SeedResult>
  /** Reads the seeded records back and runs buildDashboard, once. */
  timeDashboard: (learners: number, strategy: DashboardReadStrategy) => Promise<DashboardTiming>
  /** Durations of `count` AnswersRepository.save calls, one after another. */
  timeAnswerWrites: (count: number) => Promise<number[]>
  timeContentLoad: (runs: number) => Promise<ContentLoadTiming>
  timeCertificate: (runs: number) => Promise<CertificateTiming>
}

/** The shape of the page's global object, for page.evaluate on both sides. */
export interface LabGlobal {
  benchLab?: BenchLab
}
