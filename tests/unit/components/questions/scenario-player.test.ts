// @vitest-environment happy-dom
import { enableAutoUnmount } from '@vue/test-utils'
import { nextTick } from 'vue'
import { afterEach, describe, expect, it } from 'vitest'
import { emitted, mountPlayer, scenarioQuestion } from './fixtures'

enableAutoUnmount(afterEach)

type Wrapper = ReturnType<typeof mountPlayer>
const choiceButtons = (wrapper: Wrapper) => wrapper.findAll('.app-scenario__choices button')
async function choose(wrapper: Wrapper, text: string): Promise<void> {
  const button = choiceButtons(wrapper).find((b) => b.text() === text)
  if (!button)
    throw new Error(
      `no choice "${text}" in: ${choiceButtons(wrapper)
        .map((b) => b.text())
        .join(' | ')}`,
    )
  await button.trigger('click')
  await nextTick()
}
async function continueOn(wrapper: Wrapper): Promise<void> {
  await wrapper.find('#q1-continue').trigger('click')
  await nextTick()
}

describe('ScenarioPlayer', () => {
  it('shows the first situation and its choices as buttons', () => {
    const wrapper = mountPlayer(scenarioQuestion)
    expect(wrapper.text()).toContain('The locum arrives and her card does not work.')
    expect(choiceButtons(wrapper).map((b) => b.text()).sort()).toEqual(['Contact the RA team', 'Ring Optum'])
    expect(emitted(wrapper)).toHaveLength(0)
  })

  it('walks to a good ending: consequence, Continue, focus on each new text, then emits the path', async () => {
    const wrapper = mountPlayer(scenarioQuestion)

    await choose(wrapper, 'Contact the RA team')
    expect(choiceButtons(wrapper)).toHaveLength(0)
    expect(document.activeElement?.textContent).toContain('Good, the RA team links cards.')
    expect(emitted(wrapper)).toHaveLength(0)

    await continueOn(wrapper)
    expect(document.activeElement?.textContent).toContain('How do you log the request?')
    expect(document.activeElement?.getAttribute('tabindex')).toBe('-1')

    await choose(wrapper, 'Use the portal')
    expect(emitted(wrapper)).toHaveLength(0)
    await continueOn(wrapper)

    expect(emitted(wrapper)).toEqual([{ type: 'scenario', path: ['contact-ra', 'portal'], endingId: 'good-end' }])
    expect(document.activeElement?.textContent).toContain('She is linked and referring by ten.')
    expect(wrapper.text()).toContain('Outcome: Good outcome')
    expect(wrapper.findAll('.nhsuk-list--bullet li').map((li) => li.text())).toEqual([
      'The RA team links a locum card to each practice.',
      'Log requests on the portal.',
    ])
    expect(wrapper.text()).not.toContain('Steps to learn from')
    expect(wrapper.find('#q1-continue').exists()).toBe(false)
  })

  it('lets the learner go on after a choice that only costs time, and calls the run partly right, naming that step', async () => {
    const wrapper = mountPlayer(scenarioQuestion)
    await choose(wrapper, 'Contact the RA team')
    await continueOn(wrapper)
    await choose(wrapper, 'Ring the wrong line')
    expect(wrapper.text()).toContain('That is the wrong line, and the morning ticks by.')
    await continueOn(wrapper)
    expect(wrapper.text()).toContain('Step 3')
    expect(wrapper.text()).toContain('The line could not help. How do you log it now?')
    await choose(wrapper, 'Use the portal')
    await continueOn(wrapper)

    expect(emitted(wrapper)).toEqual([{ type: 'scenario', path: ['contact-ra', 'phone-wrong', 'portal-late'], endingId: 'good-end' }])
    expect(wrapper.text()).toContain('Outcome: Partly right')
    expect(wrapper.text()).toContain('Steps to learn from')
    expect(wrapper.text()).toContain('Cost time: you chose "Ring the wrong line". That is the wrong line, and the morning ticks by.')
  })

  it('says a poor ending in words, not colour alone', async () => {
    const wrapper = mountPlayer(scenarioQuestion)
    await choose(wrapper, 'Ring Optum')
    await continueOn(wrapper)
    expect(emitted(wrapper)).toEqual([{ type: 'scenario', path: ['optum'], endingId: 'poor-end' }])
    expect(wrapper.text()).toContain('Outcome: Poor outcome')
  })

  it('ends the path at an unsafe choice and names it, with why, after the debrief', async () => {
    const wrapper = mountPlayer(scenarioQuestion)
    await choose(wrapper, 'Contact the RA team')
    await continueOn(wrapper)
    await choose(wrapper, 'Ring the wrong line')
    await continueOn(wrapper)
    await choose(wrapper, 'Send the locum home')
    await continueOn(wrapper)
    expect(emitted(wrapper)).toEqual([{ type: 'scenario', path: ['contact-ra', 'phone-wrong', 'give-up'], endingId: 'poor-end' }])
    expect(wrapper.text()).toContain('Outcome: Poor outcome')
    const lessons = wrapper.findAll('li').map((li) => li.text()).filter((t) => t.startsWith('Cost time') || t.startsWith('Unsafe'))
    expect(lessons).toEqual([
      'Cost time: you chose "Ring the wrong line". That is the wrong line, and the morning ticks by.',
      'Unsafe: you chose "Send the locum home". Patients go without a doctor today.',
    ])
  })

  it('shows the choices at each step in the order the seed gives', () => {
    const firsts = new Set(Array.from({ length: 30 }, (_, seed) => choiceButtons(mountPlayer(scenarioQuestion, { seed })).at(0)?.text()))
    expect(firsts).toEqual(new Set(['Contact the RA team', 'Ring Optum']))
  })

  it('when locked with an answer, shows the path taken read-only', () => {
    const wrapper = mountPlayer(scenarioQuestion, {
      locked: true,
      modelValue: { type: 'scenario', path: ['contact-ra', 'portal'], endingId: 'good-end' },
    })
    const steps = wrapper.findAll('.app-scenario__step')
    expect(steps.map((s) => s.text())).toEqual([
      expect.stringContaining('You chose: Contact the RA team'),
      expect.stringContaining('You chose: Use the portal'),
    ])
    expect(steps[1]?.text()).toContain('Right, the portal is the way.')
    expect(wrapper.text()).toContain('Outcome: Good outcome')
    expect(wrapper.findAll('button')).toHaveLength(0)
    expect(emitted(wrapper)).toHaveLength(0)
  })

  it('when locked without an answer, shows the start with its choices disabled', () => {
    const wrapper = mountPlayer(scenarioQuestion, { locked: true })
    expect(choiceButtons(wrapper).every((b) => (b.element as HTMLButtonElement).disabled)).toBe(true)
  })

  it('starts again when a saved path no longer fits the scenario, and says so', () => {
    const wrapper = mountPlayer(scenarioQuestion, { modelValue: { type: 'scenario', path: ['optum', 'portal'], endingId: 'good-end' } })
    expect(wrapper.text()).toContain('no longer fits')
    expect(choiceButtons(wrapper)).toHaveLength(2)
  })
})
