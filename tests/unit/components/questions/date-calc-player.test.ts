// @vitest-environment happy-dom
import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { dateCalc, emitted, labelFor, mountPlayer } from './fixtures'

enableAutoUnmount(afterEach)

describe('DateCalcPlayer', () => {
  it('is one date input with a label and a hint that describes it', () => {
    const wrapper = mountPlayer(dateCalc, { startDate: '2026-12-24' })
    const input = wrapper.find('input[type="date"]')
    expect(labelFor(wrapper, 'q1-date')).toBe('Date (day, month, year)')
    expect(input.attributes('aria-describedby')).toBe('q1-date-hint')
    expect(wrapper.find('#q1-date-hint').text()).not.toBe('')
  })

  it('emits the start date and the date entered', async () => {
    const wrapper = mountPlayer(dateCalc, { startDate: '2026-12-24' })
    await wrapper.find('input').setValue('2026-12-30')
    expect(emitted(wrapper)).toEqual([{ type: 'date-calc', start: '2026-12-24', date: '2026-12-30' }])
  })

  it('takes the answer back (null) when the date is cleared, and emits nothing for no date at all', async () => {
    const wrapper = mountPlayer(dateCalc, { startDate: '2026-12-24' })
    await wrapper.find('input').setValue('')
    expect(emitted(wrapper)).toHaveLength(0)
    await wrapper.find('input').setValue('2026-12-29')
    await wrapper.find('input').setValue('')
    expect(emitted(wrapper).at(-1)).toBeNull()
  })

  it('when locked, shows the date given read-only', () => {
    const wrapper = mountPlayer(dateCalc, {
      startDate: '2026-12-24',
      locked: true,
      modelValue: { type: 'date-calc', start: '2026-12-24', date: '2026-12-31' },
    })
    const input = wrapper.find<HTMLInputElement>('input').element
    expect(input.readOnly).toBe(true)
    expect(input.value).toBe('2026-12-31')
  })
})
