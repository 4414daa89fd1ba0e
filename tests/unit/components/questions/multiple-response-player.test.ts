// @vitest-environment happy-dom
import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { optionsShown } from '../../../../src/domain/shown-order'
import { emitted, labelFor, mountPlayer, multiple } from './fixtures'

enableAutoUnmount(afterEach)

describe('MultipleResponsePlayer', () => {
  it('shows labelled checkboxes under a "Select all that apply" hint', () => {
    const wrapper = mountPlayer(multiple)
    expect(wrapper.find('.nhsuk-hint').text()).toBe('Select all that apply.')
    const boxes = wrapper.findAll('input[type="checkbox"]')
    expect(boxes.map((b) => labelFor(wrapper, b.attributes('id') ?? ''))).toEqual(optionsShown(multiple, 1).map((o) => o.text))
  })

  it('stores the ticked options in the author\'s order whatever order they are shown in, so one answer is always counted as one', async () => {
    const answers: string[][] = []
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const wrapper = mountPlayer(multiple, { seed })
      for (const box of wrapper.findAll('input[type="checkbox"]').reverse()) await box.setValue(true)
      const last = emitted(wrapper).at(-1)
      if (last?.type === 'multiple') answers.push(last.optionIds)
      wrapper.unmount()
    }
    expect(answers).toEqual(Array.from({ length: 6 }, () => multiple.options.map((o) => o.id)))
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
