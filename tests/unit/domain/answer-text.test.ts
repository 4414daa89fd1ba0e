import { optionsShown } from '../../../src/domain/shown-order'
import { describe, expect, it } from 'vitest'
import { questionSchema, scenarioSchema, type Question, type Scenario, type WorklistInfo } from '../../../src/content/schema'
import {
  describeCorrectAnswer,
  describeResponse,
  outcomeLabel,
  questionPromptText,
  type AnswerTextContext,
} from '../../../src/domain/answer-text'
import { deadlineForRule } from '../../../src/domain/deadlines'
import { formatLongDate } from '../../../src/domain/iso-date'
import type { QuestionResponse } from '../../../src/domain/responses'

const base = {
  prompt: 'A question for the tests.',
  explanation: 'Because the pack says so.',
  packSections: ['s'],
  assesses: ['f'],
  difficulty: 1,
  roles: ['admin'],
}
const q = (data: Record<string, unknown>): Question => questionSchema.parse({ ...base, ...data })

const single = q({
  id: 'm01-q001',
  type: 'single',
  options: [
    { id: 'a', text: 'Alpha' },
    { id: 'b', text: 'Bravo' },
  ],
  answer: 'b',
})
const multiple = q({
  id: 'm01-q002',
  type: 'multiple',
  options: [
    { id: 'a', text: 'Alpha' },
    { id: 'b', text: 'Bravo' },
    { id: 'c', text: 'Charlie' },
  ],
  answer: ['c', 'a'],
})
const trueFalse = q({ id: 'm01-q003', type: 'true-false', answer: false })
const ordering = q({
  id: 'm01-q004',
  type: 'ordering',
  items: [
    { id: 'one', text: 'Log on' },
    { id: 'two', text: 'Search' },
    { id: 'three', text: 'Book' },
  ],
})
const matching = q({
  id: 'm01-q005',
  type: 'matching',
  pairs: [
    { id: 'p1', left: 'DBS', right: 'Book directly' },
    { id: 'p2', left: 'RAS', right: 'Assess first' },
    { id: 'p3', left: 'A&G', right: 'Ask for advice' },
  ],
})
const dateCalc = q({
  id: 'm06-q001',
  type: 'date-calc',
  rule: 'defer-2ww',
  prompt: 'Deferred on {start}. By when should the patient hear? ({start})',
})
const triage = q({
  id: 'm12-q001',
  type: 'worklist-triage',
  row: {
    patientName: 'Test Patient',
    nhsNumber: '9990000018',
    ubrn: '123456789012',
    priority: 'Routine',
    service: 'Dermatology',
    serviceType: 'RAS',
    status: 'Triage response',
    daysAgo: 1,
  },
  actions: [
    { id: 'resend', text: 'Send back for triage' },
    { id: 'ignore', text: 'Leave it' },
  ],
  answer: { worklist: 'triage-rejected', action: 'resend' },
})
const scenarioQ = q({ id: 'm06-q002', type: 'scenario', scenario: 's01-test' })
const scenario: Scenario = scenarioSchema.parse({
  id: 's01-test',
  title: 'T',
  module: 'm06-slot-issues',
  packSections: ['s'],
  roles: ['admin'],
  summary: 'A test scenario here.',
  start: 'a',
  states: [
    {
      id: 'a',
      text: 'Start of the scenario.',
      choices: [
        { id: 'go', kind: 'right', text: 'Go on', next: 'b', consequence: 'You went on.' },
        { id: 'stop', kind: 'unsafe', text: 'Stop', next: 'bad', consequence: 'You stopped there.' },
      ],
    },
    { id: 'b', text: 'The good ending.', outcome: 'good' },
    { id: 'bad', text: 'The poor ending.', outcome: 'poor' },
  ],
  debrief: ['Go is right.'],
})
const worklists = [
  { id: 'triage-rejected', name: 'Triage responses / Rejected referrals', shows: 'x' },
  { id: 'pending-external', name: 'Referrals pending external action', shows: 'x' },
] as WorklistInfo[]
const ctx: AnswerTextContext = { startDate: '2026-12-24', scenario, worklists }

describe('questionPromptText', () => {
  it('writes the start date out in full wherever {start} appears', () => {
    expect(questionPromptText(dateCalc, '2026-12-24')).toBe(
      'Deferred on Thursday 24 December 2026. By when should the patient hear? (Thursday 24 December 2026)',
    )
    expect(questionPromptText(dateCalc)).toContain('Deferred on the start date.')
    expect(questionPromptText(single, '2026-12-24')).toBe(single.prompt)
  })
})

describe('describeCorrectAnswer', () => {
  it.each([
    ['single: the option text', single, 'Bravo'],
    ['multiple: the option texts in the order shown', multiple, 'Alpha; Charlie'],
    ['true/false', trueFalse, 'False'],
    ['ordering: the steps numbered', ordering, '1. Log on; 2. Search; 3. Book'],
    ['matching: each pair', matching, 'DBS → Book directly; RAS → Assess first; A&G → Ask for advice'],
    ['triage: worklist name and action', triage, 'Worklist: Triage responses / Rejected referrals. Action: Send back for triage.'],
    ['scenario: the good ending', scenarioQ, 'Reach a good outcome: The good ending.'],
  ] as const)('%s', (_label, question, expected) => {
    expect(describeCorrectAnswer(question, ctx)).toBe(expected)
  })

  it('date calculation: the due date in full, counted by the deadline rules, and how it was counted', () => {
    const due = deadlineForRule('defer-2ww', '2026-12-24')
    expect(describeCorrectAnswer(dateCalc, ctx)).toBe(`${formatLongDate(due.dueIso)} (${due.rule})`)
    // Christmas Day, Boxing Day (moved to Monday 28) and the weekend are skipped.
    expect(describeCorrectAnswer(dateCalc, ctx)).toMatch(/^Wednesday 30 December 2026 \(date of deferral plus 2 working days\)$/)
  })

  it('date calculation without a start date: the rule in words', () => {
    expect(describeCorrectAnswer(dateCalc, { worklists })).toBe('The date of deferral plus 2 working days after the start date')
  })

  it('scenario without its content: still a sentence', () => {
    expect(describeCorrectAnswer(scenarioQ, { worklists })).toBe('Reach a good outcome.')
  })
})

describe('describeResponse', () => {
  it.each([
    ['single', single, { type: 'single', optionId: 'a' }, 'Alpha'],
    ['multiple (in the order the options are listed, whatever order they were ticked)', multiple, { type: 'multiple', optionIds: ['b', 'a'] }, 'Alpha; Bravo'],
    ['true/false', trueFalse, { type: 'true-false', value: true }, 'True'],
    ['ordering', ordering, { type: 'ordering', order: ['two', 'one', 'three'] }, '1. Search; 2. Log on; 3. Book'],
    [
      'matching, with a gap',
      matching,
      { type: 'matching', matches: { p1: 'Assess first', p2: 'Book directly' } },
      'DBS → Assess first; RAS → Book directly; A&G → no match chosen',
    ],
    ['date calculation', dateCalc, { type: 'date-calc', start: '2026-12-24', date: '2026-12-29' }, 'Tuesday 29 December 2026'],
    [
      'triage',
      triage,
      { type: 'worklist-triage', worklist: 'pending-external', action: 'ignore' },
      'Worklist: Referrals pending external action. Action: Leave it.',
    ],
    ['scenario', scenarioQ, { type: 'scenario', path: ['stop'], endingId: 'bad' }, 'Choices: Stop. Poor outcome: The poor ending.'],
    ['no answer', single, null, 'Not answered'],
    ['an answer of another type', single, { type: 'true-false', value: true }, 'An answer to a different kind of question'],
  ] satisfies Array<[string, Question, QuestionResponse | null, string]>)('%s', (_label, question, response, expected) => {
    expect(describeResponse(question, response, ctx)).toBe(expected)
  })

  it('falls back to ids for things the content no longer has', () => {
    expect(describeResponse(single, { type: 'single', optionId: 'gone' }, ctx)).toBe('gone')
    expect(describeResponse(triage, { type: 'worklist-triage', worklist: 'missing-letters', action: 'resend' }, ctx)).toBe(
      'Worklist: missing-letters. Action: Send back for triage.',
    )
  })
})

describe('outcomeLabel', () => {
  it('puts every outcome in words', () => {
    expect([outcomeLabel('good'), outcomeLabel('partial'), outcomeLabel('poor')]).toEqual(['Good outcome', 'Partly right', 'Poor outcome'])
  })
})

describe('answers in the order the learner saw them', () => {
  it('lists a multiple-response answer in the attempt\'s shown order when the seed is given', () => {
    if (multiple.type !== 'multiple') throw new Error('the fixture is a multiple-response question')
    for (const seed of [1, 2, 3, 4, 5]) {
      const shown = optionsShown(multiple, seed).map((o) => o.text)
      const all = { type: 'multiple' as const, optionIds: multiple.options.map((o) => o.id) }
      expect(describeResponse(multiple, all, { ...ctx, seed })).toBe(shown.join('; '))
    }
  })
})
