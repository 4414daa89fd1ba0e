/** Playing a scenario in tests: the shortest way through it to the kind of ending wanted. */
import type { Scenario, ScenarioState } from '../../../src/content/schema'
import type { ScenarioChoice } from '../../../src/domain/scenario-run'

export interface ScenarioPath {
  /** Choice ids, in order, from the start. */
  path: string[]
  endingId: string
}

/** Breadth first, so the path is a shortest one; null when no state `wanted` accepts can be reached. */
export function shortestPathTo(
  scenario: Scenario,
  wanted: (state: ScenarioState, path: readonly string[]) => boolean,
  follows: (choice: ScenarioChoice) => boolean = () => true,
): ScenarioPath | null {
  const states = new Map(scenario.states.map((s) => [s.id, s]))
  const queue: ScenarioPath[] = [{ endingId: scenario.start, path: [] }]
  const seen = new Set<string>()
  while (queue.length) {
    const { endingId: id, path } = queue.shift() as ScenarioPath
    if (seen.has(id)) continue
    seen.add(id)
    const state = states.get(id)
    if (state && wanted(state, path)) return { path, endingId: id }
    for (const c of state?.choices ?? []) if (follows(c)) queue.push({ endingId: c.next, path: [...path, c.id] })
  }
  return null
}
