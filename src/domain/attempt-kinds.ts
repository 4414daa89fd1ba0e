/** How each attempt kind is named on screen. */
import type { AttemptKind } from './model'

export const ATTEMPT_KIND_LABELS: Readonly<Record<AttemptKind, string>> = {
  'module-check': 'Knowledge check',
  'final-assessment': 'Final induction assessment',
  'locum-refresher': 'Locum refresher',
  practice: 'Practice',
  scenario: 'Scenario',
  'worklist-sim': 'Worklist simulator',
}
