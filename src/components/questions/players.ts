/**
 * Which player shows each question type, and the props it gets from what QuestionPlayer knows: one
 * entry per type, so adding a type is one line here. A type whose player needs something absent
 * (a date question's start date, a scenario question's scenario) names what is missing instead.
 */
import type { Component } from 'vue'
import type { Question, QuestionType, Scenario, WorklistInfo } from '../../content/schema'
import type { QuestionResponse, ResponseOf } from '../../domain/responses'
import DateCalcPlayer from './DateCalcPlayer.vue'
import MatchingPlayer from './MatchingPlayer.vue'
import MultipleResponsePlayer from './MultipleResponsePlayer.vue'
import OrderingPlayer from './OrderingPlayer.vue'
import ScenarioPlayer from './ScenarioPlayer.vue'
import SingleChoicePlayer from './SingleChoicePlayer.vue'
import TrueFalsePlayer from './TrueFalsePlayer.vue'
import WorklistTriagePlayer from './WorklistTriagePlayer.vue'

/** What every player may draw on (QuestionPlayer's props, less the question and answer). */
export interface PlayerInputs {
  locked: boolean
  idPrefix: string
  seed: number
  startDate?: string
  scenario?: Scenario
  worklists: readonly WorklistInfo[]
}

/** The player to mount and its props (the answer as `modelValue`), or what the question lacks. */
export type PlayerBinding = { component: Component; props: object } | { missing: string }

type PropsOf<C> = C extends abstract new (...args: never[]) => { $props: infer P } ? P : never
type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>
type Bind<T extends QuestionType> = (question: QuestionOf<T>, modelValue: ResponseOf<T> | null, inputs: PlayerInputs) => PlayerBinding

/** Type-checks the props against the player's own. */
const play = <C extends Component>(component: C, props: PropsOf<C>): PlayerBinding => ({ component, props: props as object })

const PLAYERS: { [T in QuestionType]: Bind<T> } = {
  single: (question, modelValue, { locked, idPrefix, seed }) => play(SingleChoicePlayer, { question, modelValue, locked, idPrefix, seed }),
  multiple: (question, modelValue, { locked, idPrefix, seed }) => play(MultipleResponsePlayer, { question, modelValue, locked, idPrefix, seed }),
  'true-false': (_question, modelValue, { locked, idPrefix }) => play(TrueFalsePlayer, { modelValue, locked, idPrefix }),
  ordering: (question, modelValue, { locked, idPrefix, seed }) => play(OrderingPlayer, { question, modelValue, locked, idPrefix, seed }),
  matching: (question, modelValue, { locked, idPrefix, seed }) => play(MatchingPlayer, { question, modelValue, locked, idPrefix, seed }),
  'date-calc': (_question, modelValue, { startDate, locked, idPrefix }) =>
    startDate ? play(DateCalcPlayer, { startDate, modelValue, locked, idPrefix }) : { missing: 'start date' },
  'worklist-triage': (question, modelValue, { worklists, locked, idPrefix, seed }) =>
    play(WorklistTriagePlayer, { question, worklists, modelValue, locked, idPrefix, seed }),
  scenario: (question, modelValue, { scenario, locked, idPrefix, seed }) =>
    scenario && scenario.id === question.scenario ? play(ScenarioPlayer, { scenario, modelValue, locked, idPrefix, seed }) : { missing: 'scenario' },
}

/** The binding for a question; a saved answer of another type counts as no answer. */
export function playerFor(question: Question, answer: QuestionResponse | null, inputs: PlayerInputs): PlayerBinding {
  // TypeScript cannot tie PLAYERS[question.type] to question's own type (a correlated union), so widen once here.
  const bind = PLAYERS[question.type] as Bind<QuestionType>
  return bind(question, answer?.type === question.type ? answer : null, inputs)
}
