// @vitest-environment happy-dom
import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { matchChoicesShown } from '../../../../src/domain/shown-order'
import { emitted, labelFor, matching, mountPlayer } from './fixtures'

enableAutoUnmount(afterEach)

describe('MatchingPlayer', () => {
  it('labels each select with its left-hand item and offers every right-hand text once, in the order the seed gives, after "Choose…"', () => {
    const wrapper = mountPlayer(matching)
    const selects = wrapper.findAll('select')
    expect(selects.map((s) => labelFor(wrapper, s.attributes('id') ?? ''))).toEqual(['DBS', 'RAS', 'CAS'])
    for (const select of selects) {
      expect(select.findAll('option').map((o) => o.text())).toEqual(['Choose…', ...matchChoicesShown(matching, 1)])
      expect(select.findAll('option').map((o) => o.text()).sort()).toEqual(['Advice only', 'Choose…', 'Clinical assessment', 'Directly bookable', 'Referral assessment'])
    }
  })

  it('emits nothing until every item has a match, then the whole set', async () => {
    const wrapper = mountPlayer(matching)
    await wrapper.find('#q1-match-dbs').setValue('Directly bookable')
    await wrapper.find('#q1-match-ras').setValue('Advice only')
    expect(emitted(wrapper)).toHaveLength(0)
    await wrapper.find('#q1-match-cas').setValue('Clinical assessment')
    expect(emitted(wrapper)).toEqual([
      { type: 'matching', matches: { dbs: 'Directly bookable', ras: 'Advice only', cas: 'Clinical assessment' } },
    ])
    await wrapper.find('#q1-match-ras').setValue('Referral assessment')
    expect(emitted(wrapper).at(-1)).toEqual({
      type: 'matching',
      matches: { dbs: 'Directly bookable', ras: 'Referral assessment', cas: 'Clinical assessment' },
    })
  })

  it('takes the answer back (null) when a match is cleared again', async () => {
    const wrapper = mountPlayer(matching, {
      modelValue: { type: 'matching', matches: { dbs: 'Directly bookable', ras: 'Referral assessment', cas: 'Clinical assessment' } },
    })
    expect(wrapper.find<HTMLSelectElement>('#q1-match-ras').element.value).toBe('Referral assessment')
    await wrapper.find('#q1-match-ras').setValue('')
    expect(emitted(wrapper)).toEqual([null])
  })

  it('when locked, shows the matches given with every select disabled', () => {
    const wrapper = mountPlayer(matching, {
      locked: true,
      modelValue: { type: 'matching', matches: { dbs: 'Advice only', ras: 'Referral assessment', cas: 'Clinical assessment' } },
    })
    const selects = wrapper.findAll('select').map((s) => s.element as HTMLSelectElement)
    expect(selects.every((s) => s.disabled)).toBe(true)
    expect(selects.map((s) => s.value)).toEqual(['Advice only', 'Referral assessment', 'Clinical assessment'])
  })
})
