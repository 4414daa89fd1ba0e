// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import WorklistTable from '../../../src/components/worklist/WorklistTable.vue'
import { questionSchema, type Question, type WorklistId, type WorklistInfo } from '../../../src/content/schema'
import { buildWorklistDay, dayRows, scoreWorklistDay, type WorklistDay, type WorklistRowScore } from '../../../src/domain/worklist-day'

const WORKLISTS: WorklistInfo[] = [
  { id: 'triage-rejected', name: 'Triage responses / Rejected referrals', shows: 'Referrals a provider has rejected or returned.' },
  { id: 'missing-letters', name: 'Missing referral letters', shows: 'Referrals with no referral letter attached yet.' },
  { id: 'incomplete-ubrns', name: 'Incomplete UBRNs', shows: 'Draft referrals that were never sent to the provider.' },
  { id: 'active-advice', name: 'Active advice requests', shows: 'Advice requests and the responses to them.' },
  {
    id: 'assessment-cancelled-dna',
    name: 'Assessment results / Cancelled referrals / Did not attend',
    shows: 'Assessments, cancelled UBRNs and DNAs.',
  },
  { id: 'pending-external', name: 'Referrals pending external action', shows: 'Referrals deferred to the provider or not yet booked.' },
]

function triage(id: string, worklist: WorklistId, patientName: string, nhsNumber: string, status: string, prompt: string): Question {
  return questionSchema.parse({
    id,
    type: 'worklist-triage',
    prompt,
    explanation: `Why the right action is right for ${patientName}.`,
    packSections: ['triage-rejected'],
    assesses: ['fact'],
    difficulty: 2,
    roles: ['admin'],
    row: {
      patientName,
      nhsNumber,
      ubrn: '482913075561',
      priority: 'Urgent',
      service: 'Urology - General',
      serviceType: 'DBS',
      status,
      detail: 'Appointment cancelled.',
      daysAgo: 3,
    },
    actions: [
      { id: 'phone-today', text: 'Phone the patient today' },
      { id: 'wait-letter', text: 'Wait for the automatic letter' },
      { id: 'remove', text: 'Remove it from the worklist' },
    ],
    answer: { worklist, action: 'phone-today' },
  })
}
const questions = [
  triage(
    'm13-q008',
    'triage-rejected',
    'Mr Gideon Penhallow',
    '9997765230',
    'Rejected',
    'You spot this row at 4 pm. Where is it, and what do you do first?',
  ),
  triage(
    'm13-q003',
    'triage-rejected',
    'Mr Osric Pellow',
    '9996346218',
    'Rejected',
    'Which worklist shows this row, and what must happen next?',
  ),
  triage(
    'm06-q019',
    'pending-external',
    'Florian Beckwith',
    '9993915114',
    'Deferred to provider',
    'The patient has not contacted the practice. Which worklist is it on?',
  ),
]
const day: WorklistDay = buildWorklistDay(questions, 7, '2026-03-02')

function mountTable(
  props: { choices?: Record<string, string>; results?: Record<string, WorklistRowScore> | null; errors?: Record<string, string> } = {},
) {
  return mount(WorklistTable, {
    props: {
      sections: day.sections,
      worklists: WORKLISTS,
      today: day.today,
      choices: props.choices ?? {},
      results: props.results ?? null,
      sectionTitles: Object.fromEntries(day.sections.flatMap((s) => s.rows).map((r) => [r.questionId, 'Triage responses and rejected referrals'])),
      errors: props.errors ?? {},
    },
  })
}

describe('WorklistTable', () => {
  it('shows all six worklists with their counts, and a real table for each one with referrals', () => {
    const wrapper = mountTable()
    const headings = wrapper.findAll('section h2').map((h) => h.text().replace(/\s+/g, ' '))
    expect(headings).toEqual([
      'Triage responses / Rejected referrals (2)',
      'Missing referral letters (0)',
      'Incomplete UBRNs (0)',
      'Active advice requests (0)',
      'Assessment results / Cancelled referrals / Did not attend (0)',
      'Referrals pending external action (1)',
    ])
    expect(wrapper.findAll('.app-worklists__overview a').map((a) => a.text())).toContain('Triage responses / Rejected referrals (2)')
    const tables = wrapper.findAll('table')
    expect(tables).toHaveLength(2)
    expect(tables[0]?.find('caption').text()).toBe('Triage responses / Rejected referrals: 2 referrals')
    expect(tables[0]?.findAll('thead th').map((th) => th.text())).toEqual([
      'Patient',
      'NHS number',
      'UBRN',
      'Priority',
      'Service',
      'Status',
      'Reason/detail',
      'Added',
    ])
    expect(wrapper.text()).toContain('There are no referrals on this worklist today.')
  })

  it('shows each row as e-RS does, with spaced NHS numbers and UBRNs and the date added', () => {
    const wrapper = mountTable()
    const row = wrapper.findAll('tbody tr').find((tr) => tr.text().includes('Mr Gideon Penhallow'))
    const cells = row?.findAll('th, td').map((c) => c.text())
    expect(cells).toEqual([
      'Mr Gideon Penhallow',
      '999 776 5230',
      '4829 1307 5561',
      'Urgent',
      'Urology - GeneralService type: DBS',
      'Rejected',
      'Appointment cancelled.',
      '27 Feb 2026 (3 days ago)',
    ])
    expect(row?.find('time').attributes('datetime')).toBe('2026-02-27')
    expect(row?.find('th').attributes('scope')).toBe('row')
  })

  it('gives every row a labelled select of its actions and emits the choice', async () => {
    const wrapper = mountTable()
    const select = wrapper.find('#worklist-action-m13-q008')
    expect(wrapper.find('label[for="worklist-action-m13-q008"]').text()).toBe('Action for Mr Gideon Penhallow')
    expect(
      select
        .findAll('option')
        .map((o) => o.text())
        .sort(),
    ).toEqual(['Choose an action', 'Phone the patient today', 'Remove it from the worklist', 'Wait for the automatic letter'])
    // What the practice knows is read out with the select.
    expect(select.attributes('aria-describedby')).toBe('worklist-action-m13-q008-note')
    expect(wrapper.find('#worklist-action-m13-q008-note').text()).toBe('What you know: You spot this row at 4 pm.')
    expect(wrapper.find('#worklist-action-m13-q003-note').exists()).toBe(false)
    await select.setValue('remove')
    expect(wrapper.emitted('choose')).toEqual([['m13-q008', 'remove']])
  })

  it('shows the current choice and any error as text linked to the select', () => {
    const wrapper = mountTable({ choices: { 'm13-q008': 'wait-letter' }, errors: { 'm13-q003': 'Choose an action for Mr Osric Pellow' } })
    expect((wrapper.find('#worklist-action-m13-q008').element as HTMLSelectElement).value).toBe('wait-letter')
    expect(wrapper.find('#worklist-action-m13-q003-error').text()).toBe('Error: Choose an action for Mr Osric Pellow')
    expect(wrapper.find('#worklist-action-m13-q003').attributes('aria-describedby')).toBe('worklist-action-m13-q003-error')
  })

  it('after checking, replaces the selects with written feedback on every row', () => {
    const choices = { 'm13-q008': 'phone-today', 'm13-q003': 'remove' }
    const score = scoreWorklistDay(dayRows(day), choices)
    const results = Object.fromEntries(score.rows.map((r) => [r.questionId, r]))
    const wrapper = mountTable({ choices, results })
    expect(wrapper.findAll('select')).toHaveLength(0)
    const text = (name: string): string =>
      wrapper
        .findAll('tbody')
        .find((b) => b.text().includes(name))
        ?.text() ?? ''
    expect(text('Mr Gideon Penhallow')).toContain('Your action for Mr Gideon Penhallow: Phone the patient today')
    expect(text('Mr Gideon Penhallow')).toContain('Right action')
    expect(text('Mr Gideon Penhallow')).toContain('Why the right action is right for Mr Gideon Penhallow.')
    expect(text('Mr Gideon Penhallow')).toContain('From the pack: Triage responses and rejected referrals')
    expect(text('Mr Osric Pellow')).toContain('Not the best action: the right action is “Phone the patient today”.')
    expect(text('Mr Osric Pellow')).toContain('Your action for Mr Osric Pellow: Remove it from the worklist')
    expect(text('Florian Beckwith')).toContain('You did not choose an action for Florian Beckwith.')
    expect(text('Florian Beckwith')).toContain('Not the best action')
  })
})
