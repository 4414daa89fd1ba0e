import { describe, expect, it } from 'vitest'
import { questionSchema, scenarioSchema, type Question, type Scenario } from '../../../src/content/schema'
import { deadlineForRule } from '../../../src/domain/deadlines'
import { checkResponse, dateQuestionStart, markResponse, scoreAttempt, type MarkingContext } from '../../../src/domain/scoring'

const base = { prompt: 'A question for the tests.', explanation: 'Because the pack says so.', packSections: ['s'], assesses: ['f'], difficulty: 1, roles: ['admin'] }
const q = (data: Record<string, unknown>): Question => questionSchema.parse({ ...base, ...data })

const single = q({ id: 'm01-q001', type: 'single', options: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], answer: 'b' })
const multiple = q({ id: 'm01-q002', type: 'multiple', options: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }], answer: ['a', 'c'] })
const ordering = q({ id: 'm01-q003', type: 'ordering', items: [{ id: 'one', text: '1' }, { id: 'two', text: '2' }, { id: 'three', text: '3' }] })
const matching = q({ id: 'm01-q004', type: 'matching', pairs: [{ id: 'p1', left: 'DBS', right: 'Triage responses' }, { id: 'p2', left: 'CAS', right: 'Assessment results' }, { id: 'p3', left: 'Deferred', right: 'Pending external' }], distractors: ['Incomplete UBRNs'] })
const dateCalc = q({ id: 'm06-q001', type: 'date-calc', rule: 'defer-routine', startNear: 'christmas', prompt: 'Deferred on {start}. Contact-by date?' })
const triage = q({ id: 'm13-q001', type: 'worklist-triage', row: { patientName: 'Test Patient', nhsNumber: '9990000018', ubrn: '123456789012', priority: 'Routine', service: 'Dermatology', serviceType: 'RAS', status: 'Triage response', daysAgo: 1 }, actions: [{ id: 'resend', text: 'Book/Send for triage' }, { id: 'ignore', text: 'Leave it' }], answer: { worklist: 'triage-rejected', action: 'resend' } })
const scenarioQ = q({ id: 'm06-q002', type: 'scenario', scenario: 's01-test' })
const trueFalse = q({ id: 'm01-q005', type: 'true-false', answer: false })

const scenario: Scenario = scenarioSchema.parse({
  id: 's01-test', title: 'T', module: 'm06-slot-issues', packSections: ['s'], roles: ['admin'], summary: 'A test scenario here.', start: 'a',
  states: [
    { id: 'a', text: 'Start of the scenario.', choices: [{ id: 'go', kind: 'right', text: 'Go', next: 'b', consequence: 'You went on.' }, { id: 'stop', kind: 'unsafe', text: 'Stop', next: 'bad', consequence: 'You stopped there.' }] },
    { id: 'b', text: 'The good ending.', outcome: 'good' },
    { id: 'bad', text: 'The poor ending.', outcome: 'poor' },
  ],
  debrief: ['Go is right.'],
})
const ctx: MarkingContext = { attemptSeed: 42, scenarios: new Map([['s01-test', scenario]]) }

describe('checkResponse refuses answers that do not fit', () => {
  it.each([
    ['garbage', single, { nonsense: true }, /could not be read/],
    ['wrong type', single, { type: 'true-false', value: true }, /different kind/],
    ['unknown option', single, { type: 'single', optionId: 'z' }, /Choose one of the options/],
    ['nothing selected', multiple, { type: 'multiple', optionIds: [] }, /at least one/],
    ['duplicated selection', multiple, { type: 'multiple', optionIds: ['a', 'a'] }, /only from the options/],
    ['a step missing', ordering, { type: 'ordering', order: ['one', 'two'] }, /every step/],
    ['an unmatched item', matching, { type: 'matching', matches: { p1: 'Triage responses' } }, /match for every item/],
    ['a match not offered', matching, { type: 'matching', matches: { p1: 'X', p2: 'Y', p3: 'Z' } }, /only from the list/],
    ['a date for another start', dateCalc, { type: 'date-calc', start: '2020-01-01', date: '2020-02-01' }, /different start date/],
    ['an unknown action', triage, { type: 'worklist-triage', worklist: 'triage-rejected', action: 'x' }, /one of the actions/],
    ['an impossible scenario path', scenarioQ, { type: 'scenario', path: ['go', 'go'], endingId: 'b' }, /not possible/],
  ] as const)('%s', (_label, question, response, message) => {
    const result = checkResponse(question, response, ctx)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(message)
  })
})

describe('markResponse', () => {
  const mark = (question: Question, response: unknown) => {
    const checked = checkResponse(question, response, ctx)
    if (!checked.ok) throw new Error(checked.message)
    return markResponse(question, checked.response, ctx)
  }
  it('single choice', () => {
    expect(mark(single, { type: 'single', optionId: 'b' })).toBe(true)
    expect(mark(single, { type: 'single', optionId: 'a' })).toBe(false)
  })
  it('multiple response needs exactly the right set, in any order', () => {
    expect(mark(multiple, { type: 'multiple', optionIds: ['c', 'a'] })).toBe(true)
    expect(mark(multiple, { type: 'multiple', optionIds: ['a'] })).toBe(false)
    expect(mark(multiple, { type: 'multiple', optionIds: ['a', 'b', 'c'] })).toBe(false)
  })
  it('true/false', () => {
    expect(mark(trueFalse, { type: 'true-false', value: false })).toBe(true)
    expect(mark(trueFalse, { type: 'true-false', value: true })).toBe(false)
  })
  it('ordering needs the exact order', () => {
    expect(mark(ordering, { type: 'ordering', order: ['one', 'two', 'three'] })).toBe(true)
    expect(mark(ordering, { type: 'ordering', order: ['two', 'one', 'three'] })).toBe(false)
  })
  it('matching needs every pair right', () => {
    expect(mark(matching, { type: 'matching', matches: { p1: 'Triage responses', p2: 'Assessment results', p3: 'Pending external' } })).toBe(true)
    expect(mark(matching, { type: 'matching', matches: { p1: 'Triage responses', p2: 'Incomplete UBRNs', p3: 'Pending external' } })).toBe(false)
  })
  it('date calculation: the working-day answer for the start date this attempt was given', () => {
    const start = dateQuestionStart(dateCalc as Extract<Question, { type: 'date-calc' }>, ctx.attemptSeed)
    const due = deadlineForRule('defer-routine', start).dueIso
    expect(mark(dateCalc, { type: 'date-calc', start, date: due })).toBe(true)
    expect(mark(dateCalc, { type: 'date-calc', start, date: start })).toBe(false)
  })
  it('worklist triage needs both the worklist and the action', () => {
    expect(mark(triage, { type: 'worklist-triage', worklist: 'triage-rejected', action: 'resend' })).toBe(true)
    expect(mark(triage, { type: 'worklist-triage', worklist: 'pending-external', action: 'resend' })).toBe(false)
    expect(mark(triage, { type: 'worklist-triage', worklist: 'triage-rejected', action: 'ignore' })).toBe(false)
  })
  it('a scenario is right when it reaches a good ending', () => {
    expect(mark(scenarioQ, { type: 'scenario', path: ['go'], endingId: 'b' })).toBe(true)
    expect(mark(scenarioQ, { type: 'scenario', path: ['stop'], endingId: 'bad' })).toBe(false)
  })
})

describe('dateQuestionStart', () => {
  it('is the same for the same attempt and differs between attempts', () => {
    const question = dateCalc as Extract<Question, { type: 'date-calc' }>
    expect(dateQuestionStart(question, 1)).toBe(dateQuestionStart(question, 1))
    const starts = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => dateQuestionStart(question, seed)))
    expect(starts.size).toBeGreaterThan(1)
    for (const s of starts) expect(s.slice(5, 7)).toBe('12')
  })
})

describe('scoreAttempt', () => {
  it('counts unanswered as wrong and applies the pass mark', () => {
    const ids = ['a', 'b', 'c', 'd', 'e']
    const answers = new Map([['a', true], ['b', true], ['c', true], ['d', true], ['e', false]])
    expect(scoreAttempt(ids, answers, 80)).toEqual({ correct: 4, total: 5, percent: 80, passed: true })
    expect(scoreAttempt(ids, new Map([['a', true], ['b', true], ['c', true]]), 80)).toEqual({ correct: 3, total: 5, percent: 60, passed: false })
  })
  it('never passes an empty attempt', () => {
    expect(scoreAttempt([], new Map(), 0).passed).toBe(false)
  })
})
