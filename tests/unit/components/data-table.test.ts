// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import DataTable from '../../../src/components/DataTable.vue'
import TableScroll from '../../../src/components/TableScroll.vue'
import SummaryTable from '../../../src/components/manager/SummaryTable.vue'

const rows = [
  { id: 'a', name: 'Asha', score: 80 },
  { id: 'b', name: 'Ben', score: 65 },
]

describe('DataTable', () => {
  it('renders the NHS table: caption, column headers with scope, one body row per item drawn by the row slot', () => {
    const wrapper = mount(DataTable<(typeof rows)[number]>, {
      props: { caption: 'Scores', columns: [{ label: 'Name' }, { label: 'Score', numeric: true }], rows, rowKey: (row) => row.id },
      slots: { row: `<template #row="{ row, index }"><th scope="row" class="nhsuk-table__header">{{ row.name }}</th><td class="nhsuk-table__cell">{{ index }}:{{ row.score }}</td></template>` },
    })
    expect(wrapper.element.tagName).toBe('TABLE')
    expect(wrapper.classes()).toEqual(['nhsuk-table'])
    expect(wrapper.find('caption').html()).toBe('<caption class="nhsuk-table__caption">Scores</caption>')
    const headers = wrapper.findAll('thead tr.nhsuk-table__row th')
    expect(headers.map((th) => [th.text(), th.attributes('scope'), th.classes()])).toEqual([
      ['Name', 'col', ['nhsuk-table__header']],
      ['Score', 'col', ['nhsuk-table__header', 'nhsuk-table__header--numeric']],
    ])
    const bodyRows = wrapper.findAll('tbody.nhsuk-table__body > tr.nhsuk-table__row')
    expect(bodyRows.map((tr) => tr.text())).toEqual(['Asha0:80', 'Ben1:65'])
    expect(bodyRows[0]?.find('th').attributes('scope')).toBe('row')
  })

  it('takes caption classes, passes its own classes to the table, and lets the head slot draw the headers', () => {
    const wrapper = mount(DataTable<(typeof rows)[number]>, {
      props: { caption: 'Scores', captionClass: 'nhsuk-u-visually-hidden', rows, rowKey: (row) => row.id },
      attrs: { class: 'app-scores' },
      slots: { head: '<th scope="col" class="nhsuk-table__header" aria-sort="ascending">Name</th>', row: '<td class="nhsuk-table__cell">x</td>' },
    })
    expect(wrapper.classes()).toEqual(['nhsuk-table', 'app-scores'])
    expect(wrapper.find('caption').classes()).toEqual(['nhsuk-table__caption', 'nhsuk-u-visually-hidden'])
    expect(wrapper.findAll('thead th').map((th) => th.attributes('aria-sort'))).toEqual(['ascending'])
  })

  it('keeps the scoped styles of the component that uses it on the table (SummaryTable)', () => {
    const wrapper = mount(SummaryTable, { props: { caption: 'By status', total: 4, rows: [{ key: 'done', label: 'Done', count: 1 }] } })
    const scopeAttributes = wrapper.find('caption').element.parentElement?.getAttributeNames().filter((name) => name.startsWith('data-v-'))
    expect(scopeAttributes?.length).toBeGreaterThan(0)
    expect(wrapper.find('tbody').text()).toBe('Done125%')
  })
})

describe('TableScroll', () => {
  it('is a named region keyboard users can focus to scroll a wide table', () => {
    const wrapper = mount(TableScroll, { props: { label: 'Staff' }, slots: { default: '<table class="nhsuk-table"></table>' } })
    expect(wrapper.html()).toBe('<div class="app-table-scroll" tabindex="0" role="region" aria-label="Staff">\n  <table class="nhsuk-table"></table>\n</div>')
  })
})
