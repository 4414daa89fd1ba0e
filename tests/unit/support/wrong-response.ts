/** Builds a plausible wrong answer to any question, as a learner who slipped might give it. */
import type { Question, Scenario } from '../../../src/content/schema'
import { addCalendarDays } from '../../../src/domain/iso-date'
import { deadlineForRule } from '../../../src/domain/deadlines'
import { pick, shuffle, type Random } from '../../../src/domain/random'
import type { QuestionResponse } from '../../../src/domain/responses'
import { dateQuestionStart } from '../../../src/domain/scoring'
import { shortestPathTo, type ScenarioPath } from './scenario-path'

/** Shortest path of choice ids from the start to an ending that is not good, if there is one. */
const pathToPoorEnding = (scenario: Scenario): ScenarioPath | null =>
  shortestPathTo(scenario, (state, path) => state.outcome !== undefined && state.outcome !== 'good' && path.length > 0)

export function wrongResponse(
  question: Question,
  attemptSeed: number,
  scenarios: ReadonlyMap<string, Scenario>,
  random: Random,
): QuestionResponse {
  switch (question.type) {
    case 'single':
      return {
        type: 'single',
        optionId: pick(
          question.options.filter((o) => o.id !== question.answer),
          random,
        ).id,
      }
    case 'multiple': {
      // Some ticks in any order: the report groups them as a set.
      const ticked = shuffle(question.options, random).slice(0, 1 + Math.floor(random() * question.options.length))
      return { type: 'multiple', optionIds: ticked.map((o) => o.id) }
    }
    case 'true-false':
      return { type: 'true-false', value: !question.answer }
    case 'ordering':
      return { type: 'ordering', order: [...question.items].reverse().map((i) => i.id) }
    case 'matching': {
      const rights = question.pairs.map((p) => p.right)
      return {
        type: 'matching',
        matches: Object.fromEntries(question.pairs.map((p, i) => [p.id, rights[(i + 1) % rights.length] ?? p.right])),
      }
    }
    case 'date-calc': {
      // Each attempt draws its own start date; the slip is a day or two either side.
      const start = dateQuestionStart(question, attemptSeed)
      const offset = pick([-2, -1, 1, 2], random)
      return { type: 'date-calc', start, date: addCalendarDays(deadlineForRule(question.rule, start).dueIso, offset) }
    }
    case 'worklist-triage':
      return { type: 'worklist-triage', worklist: question.answer.worklist, action: `${question.answer.action}-instead` }
    case 'scenario': {
      const scenario = scenarios.get(question.scenario)
      const poor = scenario ? pathToPoorEnding(scenario) : null
      return poor ? { type: 'scenario', ...poor } : { type: 'scenario', path: ['wandered-off'], endingId: 'nowhere' }
    }
  }
}
