// @vitest-environment happy-dom
import { enableAutoUnmount } from '@vue/test-utils'
import { nextTick } from 'vue'
import { afterEach, describe, expect, it } from 'vitest'
import { emitted, mountPlayer, ordering } from './fixtures'

enableAutoUnmount(afterEach)

const correct = ordering.items.map((i) => i.id)
const textOf = (id: string): string => ordering.items.find((i) => i.id === id)?.text ?? id
const shownOrder = (wrapper: ReturnType<typeof mountPlayer>): string[] => wrapper.findAll('li .app-ordering__text').map((el) => el.text())
const orderOf = (wrapper: ReturnType<typeof mountPlayer>): string[] => {
  const last = emitted(wrapper).at(-1)
  return last?.type === 'ordering' ? last.order : []
}

describe('OrderingPlayer', () => {
  it('starts shuffled, never already in the right order, the same way for the same idPrefix', () => {
    for (let n = 0; n < 40; n++) {
      const wrapper = mountPlayer(ordering, { idPrefix: `attempt-${n}` })
      const start = orderOf(wrapper)
      expect(start).toHaveLength(correct.length)
      expect(start).not.toEqual(correct)
      expect([...start].sort()).toEqual([...correct].sort())
      expect(orderOf(mountPlayer(ordering, { idPrefix: `attempt-${n}` }))).toEqual(start)
      wrapper.unmount()
    }
  })

  it('emits the starting order once, so an unmoved list is still an answer', async () => {
    const wrapper = mountPlayer(ordering)
    await nextTick()
    expect(emitted(wrapper)).toHaveLength(1)
    expect(shownOrder(wrapper)).toEqual(orderOf(wrapper).map(textOf))
  })

  it('names each move button after its step', () => {
    const wrapper = mountPlayer(ordering)
    for (const item of ordering.items) {
      expect(wrapper.find(`#q1-step-${item.id}-up`).text()).toBe(`Move up: '${item.text}'`)
      expect(wrapper.find(`#q1-step-${item.id}-down`).text()).toBe(`Move down: '${item.text}'`)
    }
  })

  it('moves a step, emits the new order, announces the position and keeps focus on the step', async () => {
    const wrapper = mountPlayer(ordering)
    await nextTick()
    const start = orderOf(wrapper)
    const [first = '', second = ''] = start
    expect(wrapper.find<HTMLButtonElement>(`#q1-step-${first}-up`).element.disabled).toBe(true)

    await wrapper.find(`#q1-step-${first}-down`).trigger('click')
    await nextTick()
    const afterMove = [second, first, ...start.slice(2)]
    expect(orderOf(wrapper)).toEqual(afterMove)
    expect(shownOrder(wrapper)).toEqual(afterMove.map(textOf))
    expect(wrapper.find('[aria-live="polite"]').text()).toBe(`'${textOf(first)}' moved down to position 2 of 4.`)
    expect(document.activeElement?.id).toBe(`q1-step-${first}-down`)

    await wrapper.find(`#q1-step-${first}-up`).trigger('click')
    await nextTick()
    expect(orderOf(wrapper)).toEqual(start)
    expect(wrapper.find('[aria-live="polite"]').text()).toBe(`'${textOf(first)}' moved up to position 1 of 4.`)
    // At the top, "Move up" is disabled, so focus goes to the same step's "Move down".
    expect(document.activeElement?.id).toBe(`q1-step-${first}-down`)
  })

  it('can be solved with the buttons alone', async () => {
    const wrapper = mountPlayer(ordering)
    await nextTick()
    for (let target = 0; target < correct.length; target++) {
      const id = correct[target] ?? ''
      while (orderOf(wrapper).indexOf(id) > target) {
        await wrapper.find(`#q1-step-${id}-up`).trigger('click')
        await nextTick()
      }
    }
    expect(orderOf(wrapper)).toEqual(correct)
  })

  it('when locked, shows the order given without move buttons and emits nothing', () => {
    const given = ['book', 'logon', 'search', 'shortlist']
    const wrapper = mountPlayer(ordering, { locked: true, modelValue: { type: 'ordering', order: given } })
    expect(shownOrder(wrapper)).toEqual(given.map(textOf))
    expect(wrapper.findAll('button')).toHaveLength(0)
    expect(emitted(wrapper)).toHaveLength(0)
  })
})
