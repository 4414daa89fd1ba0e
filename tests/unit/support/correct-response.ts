/** Builds the right answer to any question, as a learner who knows the rules would give it. */
import type { Question, Scenario } from '../../../src/content/schema'
import { deadlineForRule } from '../../../src/domain/deadlines'
import type { QuestionResponse } from '../../../src/domain/responses'
import { dateQuestionStart } from '../../../src/domain/scoring'
import { shortestPathTo, type ScenarioPath } from './scenario-path'

/** Shortest path of choice ids from the start to a good ending, taking only right choices. */
export function pathToGoodEnding(scenario: Scenario): ScenarioPath {
  const found = shortestPathTo(
    scenario,
    (state) => state.outcome === 'good',
    (choice) => choice.kind === 'right',
  )
  if (!found) throw new Error(`scenario ${scenario.id} has no good ending`)
  return found
}

export function correctResponse(question: Question, attemptSeed: number, scenarios: ReadonlyMap<string, Scenario>): QuestionResponse {
  switch (question.type) {
    case 'single':
      return { type: 'single', optionId: question.answer }
    case 'multiple':
      return { type: 'multiple', optionIds: [...question.answer] }
    case 'true-false':
      return { type: 'true-false', value: question.answer }
    case 'ordering':
      return { type: 'ordering', order: question.items.map((i) => i.id) }
    case 'matching':
      return { type: 'matching', matches: Object.fromEntries(question.pairs.map((p) => [p.id, p.right])) }
    case 'date-calc': {
      const start = dateQuestionStart(question, attemptSeed)
      return { type: 'date-calc', start, date: deadlineForRule(question.rule, start).dueIso }
    }
    case 'worklist-triage':
      return { type: 'worklist-triage', worklist: question.answer.worklist, action: question.answer.action }
    case 'scenario': {
      const scenario = scenarios.get(question.scenario)
      if (!scenario) throw new Error(`missing scenario ${question.scenario}`)
      return { type: 'scenario', ...pathToGoodEnding(scenario) }
    }
  }
}
