// @vitest-environment happy-dom
import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import type { Question } from '../../../../src/content/schema'
import { questionPromptText } from '../../../../src/domain/answer-text'
import { emitted, q, dateCalc, matching, mountPlayer, multiple, ordering, scenarioQuestion, single, triage, trueFalse } from './fixtures'

enableAutoUnmount(afterEach)

const all: Question[] = [single, multiple, trueFalse, ordering, matching, dateCalc, triage, scenarioQuestion]

describe('QuestionPlayer', () => {
  it.each(all.map((question) => [question.type, question] as const))(
    'names the %s group with the prompt as its legend',
    (_type, question) => {
      const wrapper = mountPlayer(question, { startDate: '2026-12-24' })
      const legend = wrapper.find('fieldset > legend')
      expect(legend.exists()).toBe(true)
      expect(legend.find('h2').text()).toBe(questionPromptText(question, '2026-12-24'))
      expect(wrapper.text()).not.toContain('cannot be shown')
    },
  )

  it('shows a date question with its start date written out in full', () => {
    const wrapper = mountPlayer(dateCalc, { startDate: '2026-12-24' })
    expect(wrapper.find('legend').text()).toBe('You defer a 2WW referral on Thursday 24 December 2026. By when should the patient hear?')
  })

  it('says so instead of showing a date question without a start date', () => {
    const wrapper = mountPlayer(dateCalc)
    expect(wrapper.find('input').exists()).toBe(false)
    expect(wrapper.text()).toContain('start date is missing')
  })

  it('describes the group with its hint when the type has one', () => {
    const wrapper = mountPlayer(multiple, { idPrefix: 'quiz-3' })
    const fieldset = wrapper.find('fieldset')
    expect(fieldset.attributes('aria-describedby')).toBe('quiz-3-hint')
    expect(wrapper.find('#quiz-3-hint').text()).toBe('Select all that apply.')
    expect(mountPlayer(single).find('fieldset').attributes('aria-describedby')).toBeUndefined()
  })

  it('keeps every id unique, and under its prefix, when several questions share a page', () => {
    const wrappers = [...all, ...all].map((question, index) => ({
      prefix: `q${index}`,
      wrapper: mountPlayer(question, { idPrefix: `q${index}`, startDate: '2026-12-24' }),
    }))
    for (const { prefix, wrapper } of wrappers) {
      for (const el of wrapper.element.querySelectorAll('[id]')) expect(el.id.startsWith(`${prefix}-`), el.id).toBe(true)
    }
    const ids = [...document.body.querySelectorAll('[id]')].map((el) => el.id)
    expect(ids.length).toBeGreaterThan(40)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('gives every control a visible label', () => {
    for (const question of all) mountPlayer(question, { idPrefix: `p-${question.id}`, startDate: '2026-12-24' })
    const controls = [...document.body.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')]
    expect(controls.length).toBeGreaterThan(10)
    for (const control of controls) {
      const label = document.body.querySelector(`label[for="${control.id}"]`)
      expect(label?.textContent?.trim(), `label for ${control.id}`).toBeTruthy()
    }
  })

  it('ignores a saved answer of another type', () => {
    const wrapper = mountPlayer(single, { modelValue: { type: 'true-false', value: true } })
    expect(wrapper.findAll('input').some((i) => (i.element as HTMLInputElement).checked)).toBe(false)
  })

  it('gives a new question a fresh player, even of the same type', async () => {
    const wrapper = mountPlayer(ordering)
    const next = q({
      id: 'm01-q099',
      type: 'ordering',
      items: [
        { id: 'x', text: 'X' },
        { id: 'y', text: 'Y' },
        { id: 'z', text: 'Z' },
      ],
    })
    await wrapper.setProps({ question: next, modelValue: null })
    const last = emitted(wrapper).at(-1)
    expect(last?.type === 'ordering' ? [...last.order].sort() : []).toEqual(['x', 'y', 'z'])
    expect(
      wrapper
        .findAll('.app-ordering__text')
        .map((el) => el.text())
        .sort(),
    ).toEqual(['X', 'Y', 'Z'])
  })
})
