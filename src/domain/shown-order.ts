/**
 * The order a learner is shown a question's choices in. It is drawn from the attempt's seed, so it
 * is the same on resume and in the review, differs between attempts, and never depends on the
 * order the author wrote (authors may put the right option first).
 */
import type { Question, Scenario, ScenarioState } from '../content/schema'
import { deriveSeed, seededRandom, shuffle } from './random'

type QuestionOfType<T extends Question['type']> = Extract<Question, { type: T }>

/** Any list in an order drawn from the seed and a label naming the list. */
export function shownOrder<T>(items: readonly T[], seed: number, label: string): T[] {
  return shuffle(items, seededRandom(deriveSeed(seed, label)))
}

export function optionsShown<Q extends QuestionOfType<'single' | 'multiple'>>(question: Q, seed: number): Q['options'] {
  return shownOrder(question.options, seed, `${question.id}:options`)
}

export function actionsShown(question: QuestionOfType<'worklist-triage'>, seed: number): QuestionOfType<'worklist-triage'>['actions'] {
  return shownOrder(question.actions, seed, `${question.id}:actions`)
}

/** A matching question's right-hand choices: every pair's right text and the distractors, once each. */
export function matchChoicesShown(question: QuestionOfType<'matching'>, seed: number): string[] {
  const texts = [...new Set([...question.pairs.map((p) => p.right), ...(question.distractors ?? [])])]
  return shownOrder(texts, seed, `${question.id}:choices`)
}

/** An ordering question's starting order: drawn from the seed, and never already correct. */
export function orderingStart(question: QuestionOfType<'ordering'>, seed: number): string[] {
  const correct = question.items.map((i) => i.id)
  const shuffled = shownOrder(correct, seed, `${question.id}:items`)
  // Rotating a list of distinct steps by one moves every step, so it cannot be the right order.
  return shuffled.join('|') === correct.join('|') ? [...correct.slice(1), ...correct.slice(0, 1)] : shuffled
}

export function scenarioChoicesShown(scenario: Scenario, state: ScenarioState, seed: number): NonNullable<ScenarioState['choices']> {
  return shownOrder(state.choices ?? [], seed, `${scenario.id}:${state.id}`)
}
