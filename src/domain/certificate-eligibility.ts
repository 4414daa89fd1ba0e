/**
 * When a certificate is earned:
 * - induction: every module for the learner's role is complete and the final assessment is passed
 *   (in either order), and they hold no induction certificate that is still in date;
 * - locum refresher: each time the refresher is passed.
 */
import type { AttemptKind, CertificateKind } from './model'

export interface EligibilityInput {
  /** The attempt just submitted. */
  submitted: { kind: AttemptKind; passed: boolean; score: number }
  /** Module ids the learner's role must complete, and which of them are complete now (after this submission). */
  requiredModules: readonly string[]
  completedModules: ReadonlySet<string>
  /** Best passed final-assessment score so far, including this submission; null if never passed. */
  bestPassedAssessmentScore: number | null
  /** refreshBy dates (YYYY-MM-DD) of induction certificates already held. */
  inductionRefreshBy: readonly string[]
  todayIso: string
}

export interface CertificateDue {
  kind: CertificateKind
  score: number
}

export function certificateDue(input: EligibilityInput): CertificateDue | null {
  const { submitted } = input
  if (!submitted.passed) return null
  if (submitted.kind === 'locum-refresher') return { kind: 'locum-refresher', score: submitted.score }
  if (submitted.kind !== 'final-assessment' && submitted.kind !== 'module-check') return null
  const allModulesDone = input.requiredModules.length > 0 && input.requiredModules.every((id) => input.completedModules.has(id))
  if (!allModulesDone || input.bestPassedAssessmentScore === null) return null
  if (input.inductionRefreshBy.some((date) => date >= input.todayIso)) return null
  return { kind: 'induction', score: input.bestPassedAssessmentScore }
}
