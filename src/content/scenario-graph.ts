/**
 * Graph checks for a branching scenario: every state reachable, every decision able to finish, no
 * loops, and the one scenario rule (see CHOICE_KINDS): right choices go on or end well, delays go
 * on, unsafe choices end the path at a poor ending.
 */
import type { Scenario } from './schema'

export interface ScenarioProblem {
  rule: 'duplicate-id' | 'broken-reference' | 'scenario-unreachable' | 'scenario-dead-end' | 'scenario-no-good-ending' | 'scenario-loop' | 'scenario-rule'
  message: string
}

/** The most choices one step may offer: more is a reading test, not a decision. */
export const MAX_CHOICES_PER_STEP = 4

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
    if (!isEnding && choices.length > 0) {
      if (!choices.some((c) => c.kind === 'right')) problems.push({ rule: 'scenario-rule', message: `state "${state.id}" has no right choice` })
      if (choices.every((c) => c.kind === 'right')) problems.push({ rule: 'scenario-rule', message: `state "${state.id}" offers only right choices: nothing to decide` })
      if (choices.length > MAX_CHOICES_PER_STEP)
        problems.push({ rule: 'scenario-rule', message: `state "${state.id}" offers ${choices.length} choices; at most ${MAX_CHOICES_PER_STEP}` })
    }
    const choiceIds = new Set<string>()
    for (const choice of choices) {
      if (choiceIds.has(choice.id)) problems.push({ rule: 'duplicate-id', message: `state "${state.id}" has choice "${choice.id}" twice` })
      choiceIds.add(choice.id)
      const next = states.get(choice.next)
      if (!next) {
        problems.push({ rule: 'broken-reference', message: `choice "${choice.id}" in "${state.id}" leads to missing state "${choice.next}"` })
        continue
      }
      const where = `choice "${choice.id}" in "${state.id}"`
      if (choice.kind === 'unsafe' && next.outcome !== 'poor')
        problems.push({ rule: 'scenario-rule', message: `${where} is unsafe, so it must end the path at a poor ending, not at "${next.id}"` })
      if (choice.kind === 'delay' && next.outcome !== undefined)
        problems.push({ rule: 'scenario-rule', message: `${where} only costs time, so the learner must go on to a decision, not end at "${next.id}"` })
      if (choice.kind === 'right' && next.outcome === 'poor')
        problems.push({ rule: 'scenario-rule', message: `${where} is right, so it must not lead to the poor ending "${next.id}"` })
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

  // No loops: a path never comes back to a state it has passed (depth-first, colouring states on the path).
  const onPath = new Set<string>()
  const done = new Set<string>()
  const looped = new Set<string>()
  const visit = (id: string): void => {
    if (done.has(id) || !states.has(id)) return
    onPath.add(id)
    for (const c of states.get(id)?.choices ?? []) {
      if (onPath.has(c.next)) looped.add(`"${id}" → "${c.next}" (choice "${c.id}")`)
      else visit(c.next)
    }
    onPath.delete(id)
    done.add(id)
  }
  if (states.has(scenario.start)) visit(scenario.start)
  for (const edge of looped) problems.push({ rule: 'scenario-loop', message: `the path loops back: ${edge}` })

  const goodEndings = [...states.values()].filter((s) => s.outcome === 'good' && reachable.has(s.id))
  if (goodEndings.length === 0) problems.push({ rule: 'scenario-no-good-ending', message: 'no reachable ending has outcome "good"' })
  return problems
}
