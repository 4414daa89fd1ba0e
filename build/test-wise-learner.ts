/**
 * A learner who does not know the rules and guesses from the screen: always the first option, or
 * always the one of a given length (the longest, the second longest, the shortest). Plays the real draws, sees options in the real shown order and is marked by
 * the real marking code. The unit tests and `npm run bench` use it to show that guessing fails.
 */
import type { ContentBundle } from '../src/content/validate'
import type { Question, Role, Scenario, ScenarioState } from '../src/content/schema'
import { drawFinalAssessment, drawLocumRefresher } from '../src/domain/attempt-plans'
import { modulesForRole } from '../src/domain/module-progress'
import type { QuestionResponse } from '../src/domain/responses'
import { dateQuestionStart, markResponse, type MarkingContext } from '../src/domain/scoring'
import { actionsShown, matchChoicesShown, optionsShown, orderingStart, scenarioChoicesShown } from '../src/domain/shown-order'

export type GuessStrategy = 'first' | 'longest' | 'second-longest' | 'shortest'
export const GUESS_STRATEGIES: readonly GuessStrategy[] = ['first', 'longest', 'second-longest', 'shortest']

/** True/false is shown as True then False. */
const TRUE_FALSE_SHOWN = [
  { value: true, text: 'True' },
  { value: false, text: 'False' },
] as const

/** The items from the one the strategy likes best down (a stable sort keeps the shown order among equals). */
function byPreference<T>(items: readonly T[], textOf: (item: T) => string, strategy: GuessStrategy): T[] {
  const longestFirst = [...items].sort((a, b) => textOf(b).length - textOf(a).length)
  switch (strategy) {
    case 'first':
      return [...items]
    case 'longest':
      return longestFirst
    case 'second-longest':
      return [...longestFirst.slice(1, 2), ...longestFirst.slice(0, 1), ...longestFirst.slice(2)]
    case 'shortest':
      return [...items].sort((a, b) => textOf(a).length - textOf(b).length)
  }
}

/** The item the strategy picks. */
function guess<T>(items: readonly T[], textOf: (item: T) => string, strategy: GuessStrategy): T | undefined {
  return byPreference(items, textOf, strategy)[0]
}

/** The n items the strategy picks, in the order shown. */
function guessSeveral<T>(items: readonly T[], textOf: (item: T) => string, strategy: GuessStrategy, n: number): T[] {
  const chosen = new Set(byPreference(items, textOf, strategy).slice(0, n))
  return items.filter((item) => chosen.has(item))
}

function playScenario(scenario: Scenario, seed: number, strategy: GuessStrategy): QuestionResponse | null {
  const states = new Map(scenario.states.map((s) => [s.id, s]))
  const path: string[] = []
  let state: ScenarioState | undefined = states.get(scenario.start)
  // Scenarios have no loops (content:check), so this ends; the bound guards broken content.
  while (state && !state.outcome && path.length <= scenario.states.length) {
    const choice = guess(scenarioChoicesShown(scenario, state, seed), (c) => c.text, strategy)
    if (!choice) return null
    path.push(choice.id)
    state = states.get(choice.next)
  }
  return state?.outcome ? { type: 'scenario', path, endingId: state.id } : null
}

/** What a guesser answers, from what the screen shows; null where guessing cannot give an answer. */
export function guessedResponse(question: Question, seed: number, strategy: GuessStrategy, bundle: ContentBundle): QuestionResponse | null {
  const byText = (o: { text: string }): string => o.text
  switch (question.type) {
    case 'single': {
      const option = guess(optionsShown(question, seed), byText, strategy)
      return option ? { type: 'single', optionId: option.id } : null
    }
    case 'multiple':
      return { type: 'multiple', optionIds: guessSeveral(optionsShown(question, seed), byText, strategy, 2).map((o) => o.id) }
    case 'true-false': {
      const shown = guess(TRUE_FALSE_SHOWN, byText, strategy)
      return shown ? { type: 'true-false', value: shown.value } : null
    }
    case 'ordering':
      // Leaves the steps as they start, which is never the right order.
      return { type: 'ordering', order: orderingStart(question, seed) }
    case 'matching': {
      const choice = guess(matchChoicesShown(question, seed), (t) => t, strategy)
      return choice === undefined ? null : { type: 'matching', matches: Object.fromEntries(question.pairs.map((p) => [p.id, choice])) }
    }
    case 'date-calc': {
      // Nothing on screen to pick: the guesser gives the start date itself.
      const start = dateQuestionStart(question, seed)
      return { type: 'date-calc', start, date: start }
    }
    case 'worklist-triage': {
      const worklist = guess(bundle.worklists, (w) => w.name, strategy)
      const action = guess(actionsShown(question, seed), byText, strategy)
      return worklist && action ? { type: 'worklist-triage', worklist: worklist.id, action: action.id } : null
    }
    case 'scenario': {
      const scenario = bundle.scenarios.find((s) => s.id === question.scenario)
      return scenario ? playScenario(scenario, seed, strategy) : null
    }
  }
}

/** The percentage a guesser scores on one drawn attempt. */
export function guessedScore(questionIds: readonly string[], seed: number, strategy: GuessStrategy, bundle: ContentBundle): number {
  const context: MarkingContext = { attemptSeed: seed, scenarios: new Map(bundle.scenarios.map((s) => [s.id, s])) }
  const questions = new Map(bundle.questions.map((q) => [q.id, q]))
  let right = 0
  for (const id of questionIds) {
    const question = questions.get(id)
    const response = question ? guessedResponse(question, seed, strategy, bundle) : null
    if (question && response && markResponse(question, response, context)) right++
  }
  return questionIds.length ? (100 * right) / questionIds.length : 0
}

export interface GuessingResult {
  draw: 'final-assessment' | 'locum-refresher'
  role: Role
  strategy: GuessStrategy
  seeds: number
  /** Mean score over the seeds, in percent. */
  meanPercent: number
  /** The best any seed gave, in percent. */
  bestPercent: number
}

/** Plays the real final assessment (for a role) or the locum refresher with one strategy over `seeds` seeds (1, 2, …). */
export function playGuessing(bundle: ContentBundle, draw: GuessingResult['draw'], role: Role, strategy: GuessStrategy, seeds: number): GuessingResult {
  // The role's modules as the app draws them with the default settings (no practice list of mandatory modules).
  const modules = modulesForRole(bundle.modules, role, null)
  let total = 0
  let best = 0
  for (let seed = 1; seed <= seeds; seed++) {
    const ids = draw === 'final-assessment' ? drawFinalAssessment(bundle.questions, modules, seed, role) : drawLocumRefresher(bundle.questions, bundle.modules, seed)
    const score = guessedScore(ids, seed, strategy, bundle)
    total += score
    best = Math.max(best, score)
  }
  return { draw, role, strategy, seeds, meanPercent: total / seeds, bestPercent: best }
}
