/**
 * A played path through a scenario, judged by the one scenario rule: good when every choice was
 * right, partly right when it reached a good ending after time-wasting choices, poor when it took
 * an unsafe choice. Lists the steps to learn from, for the debrief.
 */
import type { ChoiceKind, Scenario, ScenarioState } from '../content/schema'

export type ScenarioChoice = NonNullable<ScenarioState['choices']>[number]
export type RunOutcome = 'good' | 'partial' | 'poor'

export interface ScenarioStep {
  state: ScenarioState
  choice: ScenarioChoice
}

export interface ScenarioRun {
  steps: ScenarioStep[]
  ending: ScenarioState
  outcome: RunOutcome
  /** The unsafe and time-wasting steps, in the order taken. */
  mistakes: ScenarioStep[]
}

const MISTAKE_KINDS: ReadonlySet<ChoiceKind> = new Set(['delay', 'unsafe'])

/** The run a path describes, or null when the path does not fit the scenario or does not end. */
export function scenarioRun(scenario: Scenario, path: readonly string[], endingId: string): ScenarioRun | null {
  const states = new Map(scenario.states.map((s) => [s.id, s]))
  let state = states.get(scenario.start)
  const steps: ScenarioStep[] = []
  for (const choiceId of path) {
    const choice = state?.choices?.find((c) => c.id === choiceId)
    if (!state || !choice) return null
    steps.push({ state, choice })
    state = states.get(choice.next)
  }
  if (!state || state.id !== endingId || state.outcome === undefined) return null
  return { steps, ending: state, outcome: runOutcome(state, steps), mistakes: steps.filter((s) => MISTAKE_KINDS.has(s.choice.kind)) }
}

function runOutcome(ending: ScenarioState, steps: readonly ScenarioStep[]): RunOutcome {
  if (ending.outcome === 'poor' || steps.some((s) => s.choice.kind === 'unsafe')) return 'poor'
  return steps.some((s) => s.choice.kind === 'delay') ? 'partial' : 'good'
}
