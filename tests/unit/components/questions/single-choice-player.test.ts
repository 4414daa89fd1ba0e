// @vitest-environment happy-dom
import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { optionsShown } from '../../../../src/domain/shown-order'
import { emitted, labelFor, mountPlayer, single } from './fixtures'

enableAutoUnmount(afterEach)

describe('SingleChoicePlayer', () => {
  it('shows each option as a labelled radio in one group', () => {
    const wrapper = mountPlayer(single)
    const radios = wrapper.findAll('input[type="radio"]')
    expect(radios).toHaveLength(3)
    expect(new Set(radios.map((r) => r.attributes('name')))).toEqual(new Set(['q1-answer']))
    expect(radios.map((r) => labelFor(wrapper, r.attributes('id') ?? ''))).toEqual(optionsShown(single, 1).map((o) => o.text))
  })

  it('shows the options in an order drawn from the seed: the same for one seed, and any option can come first', () => {
    const shown = (seed: number): string[] => mountPlayer(single, { seed }).findAll('label').map((l) => l.text())
    expect(shown(7)).toEqual(shown(7))
    const firsts = new Set(Array.from({ length: 40 }, (_, seed) => shown(seed)[0]))
    expect(firsts).toEqual(new Set(['The RA team', 'The Optum help centre', 'The GP partner']))
  })

  it('emits the chosen option, and the new one when the learner changes their mind', async () => {
    const wrapper = mountPlayer(single)
    await wrapper.find('#q1-option-optum').setValue(true)
    await wrapper.find('#q1-option-ra').setValue(true)
    expect(emitted(wrapper)).toEqual([
      { type: 'single', optionId: 'optum' },
      { type: 'single', optionId: 'ra' },
    ])
    expect((wrapper.find('#q1-option-ra').element as HTMLInputElement).checked).toBe(true)
  })

  it('when locked, shows the answer given with every radio disabled', () => {
    const wrapper = mountPlayer(single, { locked: true, modelValue: { type: 'single', optionId: 'gp' } })
    const radios = wrapper.findAll('input')
    expect(radios.every((r) => (r.element as HTMLInputElement).disabled)).toBe(true)
    expect((wrapper.find('#q1-option-gp').element as HTMLInputElement).checked).toBe(true)
    expect(wrapper.text()).toContain('The GP partner')
  })
})
