// @vitest-environment happy-dom
import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { emitted, labelFor, mountPlayer, trueFalse } from './fixtures'

enableAutoUnmount(afterEach)

describe('TrueFalsePlayer', () => {
  it('offers True and False as labelled radios', () => {
    const wrapper = mountPlayer(trueFalse)
    expect(wrapper.findAll('input[type="radio"]').map((r) => labelFor(wrapper, r.attributes('id') ?? ''))).toEqual(['True', 'False'])
  })

  it('emits the value chosen', async () => {
    const wrapper = mountPlayer(trueFalse)
    await wrapper.find('#q1-false').setValue(true)
    await wrapper.find('#q1-true').setValue(true)
    expect(emitted(wrapper)).toEqual([
      { type: 'true-false', value: false },
      { type: 'true-false', value: true },
    ])
  })

  it('when locked, shows the answer given with both radios disabled', () => {
    const wrapper = mountPlayer(trueFalse, { locked: true, modelValue: { type: 'true-false', value: false } })
    const [t, f] = wrapper.findAll('input').map((r) => r.element as HTMLInputElement)
    expect(t?.disabled && f?.disabled).toBe(true)
    expect(f?.checked).toBe(true)
    expect(t?.checked).toBe(false)
  })
})
