/**
 * Checking and marking answers. `checkResponse` refuses an answer that does not fit its question
 * (wrong type, unknown option, incomplete ordering…) with a message; `markResponse` says whether a
 * fitting answer is right. All pure: scenario and date questions get what they need passed in.
 */
import type { Question, Scenario } from '../content/schema'
import { deadlineForRule } from './deadlines'
import { startDateFor, type StartNear } from './date-questions'
import { responseSchema, type QuestionResponse } from './responses'
import { scenarioRun } from './scenario-run'

export interface MarkingContext {
  /** The attempt's seed: date questions derive their start date from it. */
  attemptSeed: number
  scenarios: ReadonlyMap<string, Scenario>
}

export type CheckResult = { ok: true; response: QuestionResponse } | { ok: false; message: string }

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && new Set(a).size === a.length && a.every((x) => b.includes(x))

/** The start date shown for a date question in a given attempt. */
export function dateQuestionStart(question: Extract<Question, { type: 'date-calc' }>, attemptSeed: number): string {
  return startDateFor(attemptSeed, question.id, question.rule, question.startNear as StartNear)
}

export function checkResponse(question: Question, raw: unknown, context: MarkingContext): CheckResult {
  const parsed = responseSchema.safeParse(raw)
  if (!parsed.success) return { ok: false, message: 'That answer could not be read. Please answer again.' }
  const response = parsed.data
  if (response.type !== question.type) return { ok: false, message: 'That answer is for a different kind of question.' }
  const fail = (message: string): CheckResult => ({ ok: false, message })
  switch (question.type) {
    case 'single': {
      const r = response as Extract<QuestionResponse, { type: 'single' }>
      if (!question.options.some((o) => o.id === r.optionId)) return fail('Choose one of the options.')
      break
    }
    case 'multiple': {
      const r = response as Extract<QuestionResponse, { type: 'multiple' }>
      if (r.optionIds.length === 0) return fail('Select at least one option.')
      if (new Set(r.optionIds).size !== r.optionIds.length || r.optionIds.some((id) => !question.options.some((o) => o.id === id)))
        return fail('Choose only from the options shown.')
      break
    }
    case 'ordering': {
      const r = response as Extract<QuestionResponse, { type: 'ordering' }>
      if (!sameSet(r.order, question.items.map((i) => i.id))) return fail('Put every step in a position, each once.')
      break
    }
    case 'matching': {
      const r = response as Extract<QuestionResponse, { type: 'matching' }>
      const rights = [...question.pairs.map((p) => p.right), ...(question.distractors ?? [])]
      const missing = question.pairs.filter((p) => !r.matches[p.id])
      if (missing.length) return fail(`Choose a match for every item (${missing.length} left).`)
      if (Object.keys(r.matches).some((k) => !question.pairs.some((p) => p.id === k)) || Object.values(r.matches).some((v) => !rights.includes(v)))
        return fail('Choose matches only from the list.')
      break
    }
    case 'date-calc': {
      const r = response as Extract<QuestionResponse, { type: 'date-calc' }>
      if (r.start !== dateQuestionStart(question, context.attemptSeed)) return fail('This answer was for a different start date.')
      break
    }
    case 'worklist-triage': {
      const r = response as Extract<QuestionResponse, { type: 'worklist-triage' }>
      if (!question.actions.some((a) => a.id === r.action)) return fail('Choose one of the actions.')
      break
    }
    case 'scenario': {
      const r = response as Extract<QuestionResponse, { type: 'scenario' }>
      const scenario = context.scenarios.get(question.scenario)
      if (!scenario) return fail('This scenario is missing from the content.')
      if (!isValidScenarioPath(scenario, r.path, r.endingId)) return fail('That path through the scenario is not possible.')
      break
    }
    case 'true-false':
      break
  }
  return { ok: true, response }
}

export function isValidScenarioPath(scenario: Scenario, path: readonly string[], endingId: string): boolean {
  return scenarioRun(scenario, path, endingId) !== null
}

/** Whether a (checked) response is right. */
export function markResponse(question: Question, response: QuestionResponse, context: MarkingContext): boolean {
  switch (question.type) {
    case 'single':
      return response.type === 'single' && response.optionId === question.answer
    case 'multiple':
      return response.type === 'multiple' && sameSet(response.optionIds, question.answer)
    case 'true-false':
      return response.type === 'true-false' && response.value === question.answer
    case 'ordering':
      return response.type === 'ordering' && response.order.join('|') === question.items.map((i) => i.id).join('|')
    case 'matching':
      return response.type === 'matching' && question.pairs.every((p) => response.matches[p.id] === p.right)
    case 'date-calc':
      return response.type === 'date-calc' && response.date === deadlineForRule(question.rule, response.start).dueIso
    case 'worklist-triage':
      return response.type === 'worklist-triage' && response.worklist === question.answer.worklist && response.action === question.answer.action
    case 'scenario': {
      // Right only when every choice was right: reaching the good ending after wasting time is partly right.
      if (response.type !== 'scenario') return false
      const scenario = context.scenarios.get(question.scenario)
      return scenario !== undefined && scenarioRun(scenario, response.path, response.endingId)?.outcome === 'good'
    }
  }
}

export interface AttemptScore {
  correct: number
  total: number
  percent: number
  passed: boolean
}

/** Percentage of questions answered correctly (unanswered count as wrong), against the pass mark. */
export function scoreAttempt(questionIds: readonly string[], correctById: ReadonlyMap<string, boolean>, passMarkPercent: number): AttemptScore {
  const total = questionIds.length
  const correct = questionIds.filter((id) => correctById.get(id) === true).length
  const percent = total === 0 ? 0 : Math.round((correct / total) * 100)
  return { correct, total, percent, passed: total > 0 && percent >= passMarkPercent }
}
