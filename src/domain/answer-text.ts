/**
 * Questions and answers in words: the prompt as the learner sees it, the right answer, and the
 * learner's own answer, for feedback and reviews. Pure: everything a question needs is passed in.
 */
import type { Question, Scenario, ScenarioState, WorklistInfo } from '../content/schema'
import { deadlineForRule } from './deadlines'
import { formatLongDate } from './iso-date'
import type { QuestionResponse } from './responses'
import { scenarioRun, type RunOutcome } from './scenario-run'
import { optionsShown } from './shown-order'

export interface AnswerTextContext {
  /** The start date this attempt gave a date question (YYYY-MM-DD). */
  startDate?: string
  /** The scenario a scenario question plays. */
  scenario?: Scenario
  /** The six worklists, for their display names. */
  worklists: readonly WorklistInfo[]
  /** The attempt's seed: lists of options are given in the order the learner was shown them. */
  seed?: number
}

const OUTCOME_LABELS: Readonly<Record<RunOutcome, string>> = {
  good: 'Good outcome',
  partial: 'Partly right',
  poor: 'Poor outcome',
}

/** A scenario run's outcome in words (never shown by colour alone). */
export function outcomeLabel(outcome: RunOutcome): string {
  return OUTCOME_LABELS[outcome]
}

/** The prompt as shown: a date question's `{start}` becomes the long start date. */
export function questionPromptText(question: Question, startDate?: string): string {
  if (question.type !== 'date-calc') return question.prompt
  return question.prompt.replaceAll('{start}', startDate ? formatLongDate(startDate) : 'the start date')
}

const textOf = (items: ReadonlyArray<{ id: string; text: string }>, id: string): string => items.find((i) => i.id === id)?.text ?? id
const worklistName = (worklists: readonly WorklistInfo[], id: string): string => worklists.find((w) => w.id === id)?.name ?? id
const numbered = (texts: readonly string[]): string => texts.map((t, i) => `${i + 1}. ${t}`).join('; ')
const trueFalse = (value: boolean): string => (value ? 'True' : 'False')

function longDateOrAsGiven(iso: string): string {
  try {
    return formatLongDate(iso)
  } catch {
    return iso
  }
}

/** Any date as the rule counts it, so the rule's wording can be shown without a start date. */
const ANY_START = '2026-01-05'

function dueDateText(rule: Extract<Question, { type: 'date-calc' }>['rule'], startDate: string | undefined): string {
  if (!startDate) return `The ${deadlineForRule(rule, ANY_START).rule} after the start date`
  const deadline = deadlineForRule(rule, startDate)
  return `${formatLongDate(deadline.dueIso)} (${deadline.rule})`
}

function goodEnding(scenario: Scenario | undefined): ScenarioState | undefined {
  return scenario?.states.find((s) => s.outcome === 'good')
}

/** A multiple-response question's options in the order the learner saw them, when the seed is known. */
function optionsAsShown(question: Extract<Question, { type: 'multiple' }>, context: AnswerTextContext): typeof question.options {
  return context.seed === undefined ? question.options : optionsShown(question, context.seed)
}

/** The right answer in words, e.g. an option's text or "Worklist: X. Action: Y." */
export function describeCorrectAnswer(question: Question, context: AnswerTextContext): string {
  switch (question.type) {
    case 'single':
      return textOf(question.options, question.answer)
    case 'multiple':
      return optionsAsShown(question, context)
        .filter((o) => question.answer.includes(o.id))
        .map((o) => o.text)
        .join('; ')
    case 'true-false':
      return trueFalse(question.answer)
    case 'ordering':
      return numbered(question.items.map((i) => i.text))
    case 'matching':
      return question.pairs.map((p) => `${p.left} → ${p.right}`).join('; ')
    case 'date-calc':
      return dueDateText(question.rule, context.startDate)
    case 'worklist-triage':
      return `Worklist: ${worklistName(context.worklists, question.answer.worklist)}. Action: ${textOf(question.actions, question.answer.action)}.`
    case 'scenario': {
      const ending = goodEnding(context.scenario)
      return ending ? `Reach a good outcome: ${ending.text}` : 'Reach a good outcome.'
    }
  }
}

function describeScenarioPath(scenario: Scenario | undefined, path: readonly string[], endingId: string): string {
  if (!scenario) return `Ending: ${endingId}`
  const states = new Map(scenario.states.map((s) => [s.id, s]))
  let current = states.get(scenario.start)
  const choices: string[] = []
  for (const choiceId of path) {
    const choice = current?.choices?.find((c) => c.id === choiceId)
    choices.push(choice?.text ?? choiceId)
    current = choice ? states.get(choice.next) : undefined
  }
  const ending = states.get(endingId)
  const run = scenarioRun(scenario, path, endingId)
  const end = run && ending ? `${outcomeLabel(run.outcome)}: ${ending.text}` : `Ending: ${endingId}`
  return `Choices: ${choices.join(' → ')}. ${end}`
}

/** The learner's own answer in words, in the same style as describeCorrectAnswer. */
export function describeResponse(question: Question, response: QuestionResponse | null, context: AnswerTextContext): string {
  if (!response) return 'Not answered'
  if (response.type !== question.type) return 'An answer to a different kind of question'
  switch (question.type) {
    case 'single':
      return response.type === 'single' ? textOf(question.options, response.optionId) : ''
    case 'multiple':
      if (response.type !== 'multiple') return ''
      if (response.optionIds.length === 0) return 'Nothing selected'
      return [
        ...optionsAsShown(question, context)
          .filter((o) => response.optionIds.includes(o.id))
          .map((o) => o.text),
        ...response.optionIds.filter((id) => !question.options.some((o) => o.id === id)),
      ].join('; ')
    case 'true-false':
      return response.type === 'true-false' ? trueFalse(response.value) : ''
    case 'ordering':
      return response.type === 'ordering' ? numbered(response.order.map((id) => textOf(question.items, id))) : ''
    case 'matching':
      if (response.type !== 'matching') return ''
      return question.pairs.map((p) => `${p.left} → ${response.matches[p.id] ?? 'no match chosen'}`).join('; ')
    case 'date-calc':
      return response.type === 'date-calc' ? longDateOrAsGiven(response.date) : ''
    case 'worklist-triage':
      if (response.type !== 'worklist-triage') return ''
      return `Worklist: ${worklistName(context.worklists, response.worklist)}. Action: ${textOf(question.actions, response.action)}.`
    case 'scenario':
      return response.type === 'scenario' ? describeScenarioPath(context.scenario, response.path, response.endingId) : ''
  }
}
