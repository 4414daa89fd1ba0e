// @vitest-environment happy-dom
import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { emitted, labelFor, mountPlayer, multiple } from './fixtures'

enableAutoUnmount(afterEach)

describe('MultipleResponsePlayer', () => {
  it('shows labelled checkboxes under a "Select all that apply" hint', () => {
    const wrapper = mountPlayer(multiple)
    expect(wrapper.find('.nhsuk-hint').text()).toBe('Select all that apply.')
    const boxes = wrapper.findAll('input[type="checkbox"]')
    expect(boxes.map((b) => labelFor(wrapper, b.attributes('id') ?? ''))).toEqual([
      'Sponsor smartcard details',
      'User smartcard details',
      'Shoe size',
      'Position required',
    ])
  })

  it('emits every ticked option, in the order shown, on each change', async () => {
    const wrapper = mountPlayer(multiple)
    await wrapper.find('#q1-option-position').setValue(true)
    await wrapper.find('#q1-option-sponsor').setValue(true)
    await wrapper.find('#q1-option-position').setValue(false)
    expect(emitted(wrapper)).toEqual([
      { type: 'multiple', optionIds: ['position'] },
      { type: 'multiple', optionIds: ['sponsor', 'position'] },
      { type: 'multiple', optionIds: ['sponsor'] },
    ])
  })

  it('takes the answer back (null) when the last box is unticked', async () => {
    const wrapper = mountPlayer(multiple)
    await wrapper.find('#q1-option-user').setValue(true)
    await wrapper.find('#q1-option-user').setValue(false)
    expect(emitted(wrapper).at(-1)).toBeNull()
  })

  it('when locked, shows the ticks given with every box disabled', () => {
    const wrapper = mountPlayer(multiple, { locked: true, modelValue: { type: 'multiple', optionIds: ['user', 'shoe'] } })
    const boxes = wrapper.findAll('input').map((b) => b.element as HTMLInputElement)
    expect(boxes.every((b) => b.disabled)).toBe(true)
    expect(boxes.map((b) => b.checked)).toEqual([false, true, true, false])
  })
})
