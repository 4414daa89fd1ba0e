// @vitest-environment happy-dom
import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { actionsShown } from '../../../../src/domain/shown-order'
import { emitted, labelFor, mountPlayer, triage } from './fixtures'

enableAutoUnmount(afterEach)

describe('WorklistTriagePlayer', () => {
  it('shows the row as a captioned table, NHS number 3-3-4 and UBRN 4-4-4', () => {
    const wrapper = mountPlayer(triage)
    const table = wrapper.find('table')
    expect(table.find('caption').text()).toBe('Worklist entry')
    const rows = Object.fromEntries(table.findAll('tr').map((tr) => [tr.find('th').text(), tr.find('td').text()]))
    expect(rows).toEqual({
      Patient: 'Test Patient',
      'NHS number': '999 000 0018',
      UBRN: '1234 5678 9012',
      Priority: 'Routine',
      Service: 'Dermatology',
      'Service type': 'RAS',
      Status: 'Triage response',
      Detail: 'Please send photographs',
      'On worklist for': '1 day',
    })
    expect(table.findAll('th').every((th) => th.attributes('scope') === 'row')).toBe(true)
  })

  it('asks two questions, each its own fieldset: the six worklists and the actions', () => {
    const wrapper = mountPlayer(triage)
    const inner = wrapper.findAll('fieldset fieldset')
    expect(inner.map((f) => f.find('legend').text())).toEqual(['Which worklist is this on?', 'What should you do?'])
    expect(inner[0]?.findAll('input[type="radio"]').map((r) => labelFor(wrapper, r.attributes('id') ?? ''))).toHaveLength(6)
    expect(inner[1]?.findAll('input[type="radio"]').map((r) => labelFor(wrapper, r.attributes('id') ?? ''))).toEqual(actionsShown(triage, 1).map((a) => a.text))
    expect(actionsShown(triage, 1).map((a) => a.text).sort()).toEqual(['Add the information and send back for triage', 'Leave it'])
  })

  it('emits only once both the worklist and the action are chosen', async () => {
    const wrapper = mountPlayer(triage)
    await wrapper.find('#q1-worklist-pending-external').setValue(true)
    expect(emitted(wrapper)).toHaveLength(0)
    await wrapper.find('#q1-action-resend').setValue(true)
    expect(emitted(wrapper)).toEqual([{ type: 'worklist-triage', worklist: 'pending-external', action: 'resend' }])
    await wrapper.find('#q1-worklist-triage-rejected').setValue(true)
    expect(emitted(wrapper).at(-1)).toEqual({ type: 'worklist-triage', worklist: 'triage-rejected', action: 'resend' })
  })

  it('emits nothing for an action alone', async () => {
    const wrapper = mountPlayer(triage)
    await wrapper.find('#q1-action-ignore').setValue(true)
    expect(emitted(wrapper)).toHaveLength(0)
  })

  it('when locked, shows the choices given with every radio disabled', () => {
    const wrapper = mountPlayer(triage, {
      locked: true,
      modelValue: { type: 'worklist-triage', worklist: 'missing-letters', action: 'ignore' },
    })
    const radios = wrapper.findAll('input').map((r) => r.element as HTMLInputElement)
    expect(radios.every((r) => r.disabled)).toBe(true)
    expect(radios.filter((r) => r.checked).map((r) => r.id)).toEqual(['q1-worklist-missing-letters', 'q1-action-ignore'])
  })
})
