export type AttemptKindName = 'module-check' | 'final-assessment' | 'locum-refresher' | 'practice' | 'scenario' | 'worklist-sim'

export const ATTEMPT_KIND_LABELS: Readonly<Record<AttemptKindName, string>> = {
  'module-check': 'Knowledge check',
  'final-assessment': 'Final induction assessment',
  'locum-refresher': 'Locum refresher',
  practice: 'Practice',
  scenario: 'Scenario',
  'worklist-sim': 'Worklist simulator',
}
