// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import type { Question } from '../../../../src/content/schema'
import DateCalcPlayer from '../../../../src/components/questions/DateCalcPlayer.vue'
import MatchingPlayer from '../../../../src/components/questions/MatchingPlayer.vue'
import MultipleResponsePlayer from '../../../../src/components/questions/MultipleResponsePlayer.vue'
import OrderingPlayer from '../../../../src/components/questions/OrderingPlayer.vue'
import ScenarioPlayer from '../../../../src/components/questions/ScenarioPlayer.vue'
import SingleChoicePlayer from '../../../../src/components/questions/SingleChoicePlayer.vue'
import TrueFalsePlayer from '../../../../src/components/questions/TrueFalsePlayer.vue'
import WorklistTriagePlayer from '../../../../src/components/questions/WorklistTriagePlayer.vue'
import { playerFor, type PlayerInputs } from '../../../../src/components/questions/players'
import { dateCalc, matching, multiple, ordering, scenario, scenarioQuestion, single, triage, trueFalse, worklists } from './fixtures'

const inputs: PlayerInputs = { locked: false, idPrefix: 'p', seed: 7, startDate: '2026-12-24', scenario, worklists }

describe('playerFor', () => {
  it.each([
    [single, SingleChoicePlayer],
    [multiple, MultipleResponsePlayer],
    [trueFalse, TrueFalsePlayer],
    [ordering, OrderingPlayer],
    [matching, MatchingPlayer],
    [dateCalc, DateCalcPlayer],
    [triage, WorklistTriagePlayer],
    [scenarioQuestion, ScenarioPlayer],
  ] as const)('maps each question type to its own player (%#)', (question: Question, component) => {
    const binding = playerFor(question, null, inputs)
    expect('component' in binding && binding.component).toBe(component)
  })

  it('passes the saved answer only when it is of the question type', () => {
    const answer = { type: 'single', optionId: 'ra' } as const
    expect(playerFor(single, answer, inputs)).toMatchObject({ props: { modelValue: answer, idPrefix: 'p', seed: 7, locked: false, question: single } })
    expect(playerFor(trueFalse, answer, inputs)).toMatchObject({ props: { modelValue: null } })
  })

  it('names what is missing when a date question has no start date, or a scenario question the wrong scenario', () => {
    expect(playerFor(dateCalc, null, { ...inputs, startDate: undefined })).toEqual({ missing: 'start date' })
    expect(playerFor(scenarioQuestion, null, { ...inputs, scenario: undefined })).toEqual({ missing: 'scenario' })
    expect(playerFor(scenarioQuestion, null, { ...inputs, scenario: { ...scenario, id: 'another' } })).toEqual({ missing: 'scenario' })
  })
})
