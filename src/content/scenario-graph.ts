/** Graph checks for a branching scenario: every state reachable, every decision able to finish. */
import type { Scenario } from './schema'

export interface ScenarioProblem {
  rule: 'duplicate-id' | 'broken-reference' | 'scenario-unreachable' | 'scenario-dead-end' | 'scenario-no-good-ending'
  message: string
}

export function scenarioGraphProblems(scenario: Scenario): ScenarioProblem[] {
  const problems: ScenarioProblem[] = []
  const states = new Map<string, Scenario['states'][number]>()
  for (const state of scenario.states) {
    if (states.has(state.id)) problems.push({ rule: 'duplicate-id', message: `state "${state.id}" is defined twice` })
    states.set(state.id, state)
  }
  if (!states.has(scenario.start)) problems.push({ rule: 'broken-reference', message: `start state "${scenario.start}" does not exist` })

  for (const state of scenario.states) {
    const isEnding = state.outcome !== undefined
    const choices = state.choices ?? []
    if (isEnding && choices.length > 0)
      problems.push({ rule: 'scenario-dead-end', message: `ending "${state.id}" must not offer choices` })
    if (!isEnding && choices.length === 0)
      problems.push({ rule: 'scenario-dead-end', message: `state "${state.id}" has no choices and is not an ending` })
    const choiceIds = new Set<string>()
    for (const choice of choices) {
      if (choiceIds.has(choice.id)) problems.push({ rule: 'duplicate-id', message: `state "${state.id}" has choice "${choice.id}" twice` })
      choiceIds.add(choice.id)
      if (!states.has(choice.next))
        problems.push({ rule: 'broken-reference', message: `choice "${choice.id}" in "${state.id}" leads to missing state "${choice.next}"` })
    }
  }

  // Reachable from the start.
  const reachable = new Set<string>()
  const queue = states.has(scenario.start) ? [scenario.start] : []
  while (queue.length) {
    const id = queue.shift() as string
    if (reachable.has(id)) continue
    reachable.add(id)
    for (const c of states.get(id)?.choices ?? []) if (states.has(c.next)) queue.push(c.next)
  }
  for (const id of states.keys())
    if (!reachable.has(id)) problems.push({ rule: 'scenario-unreachable', message: `state "${id}" cannot be reached from "${scenario.start}"` })

  // Can finish: fixed point of "has a choice leading to a state that can finish".
  const canFinish = new Set([...states.values()].filter((s) => s.outcome !== undefined).map((s) => s.id))
  let grew = true
  while (grew) {
    grew = false
    for (const s of states.values())
      if (!canFinish.has(s.id) && (s.choices ?? []).some((c) => canFinish.has(c.next))) {
        canFinish.add(s.id)
        grew = true
      }
  }
  for (const s of states.values())
    if (s.outcome === undefined && (s.choices ?? []).length > 0 && !canFinish.has(s.id))
      problems.push({ rule: 'scenario-dead-end', message: `state "${s.id}" can never reach an ending` })

  const goodEndings = [...states.values()].filter((s) => s.outcome === 'good' && reachable.has(s.id))
  if (goodEndings.length === 0) problems.push({ rule: 'scenario-no-good-ending', message: 'no reachable ending has outcome "good"' })
  return problems
}
