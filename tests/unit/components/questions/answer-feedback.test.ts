// @vitest-environment happy-dom
import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import AnswerFeedback from '../../../../src/components/questions/AnswerFeedback.vue'

enableAutoUnmount(afterEach)

const props = { explanation: 'The RA team links cards to each practice.', packSectionTitle: 'Smartcards', correctAnswer: 'The RA team' }

describe('AnswerFeedback', () => {
  it('says "Correct" in words, with the explanation and the pack section, in a status region', () => {
    const wrapper = mount(AnswerFeedback, { props: { ...props, correct: true } })
    expect(wrapper.attributes('role')).toBe('status')
    expect(wrapper.find('h3').text()).toBe('Correct')
    expect(wrapper.text()).toContain(props.explanation)
    expect(wrapper.text()).toContain('From the pack: Smartcards')
    expect(wrapper.text()).not.toContain('The right answer')
  })

  it('says "Not quite" in words and gives the right answer', () => {
    const wrapper = mount(AnswerFeedback, { props: { ...props, correct: false } })
    expect(wrapper.find('h3').text()).toBe('Not quite')
    expect(wrapper.text()).toContain('The right answer: The RA team')
    expect(wrapper.text()).toContain(props.explanation)
  })

  it('can take focus, so the learner lands on it after submitting', () => {
    const wrapper = mount(AnswerFeedback, { props: { ...props, correct: false }, attachTo: document.body })
    wrapper.vm.focus()
    expect(document.activeElement?.textContent).toBe('Not quite')
  })
})
