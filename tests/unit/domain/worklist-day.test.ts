import { describe, expect, it } from 'vitest'
import { questionSchema, WORKLIST_IDS, type Question, type WorklistId } from '../../../src/content/schema'
import { syntheticNhsNumber, syntheticUbrn } from '../../../src/domain/nhs-number'
import { seededRandom } from '../../../src/domain/random'
import { markResponse } from '../../../src/domain/scoring'
import {
  buildWorklistDay,
  dayRows,
  formatAddedOn,
  promptNote,
  rowsWithoutChoice,
  scoreWorklistDay,
  type WorklistDay,
} from '../../../src/domain/worklist-day'

const ids = seededRandom(4100)
let next = 1
/** A worklist-triage question built through the real schema, on the given worklist. */
function triage(worklist: WorklistId, extra: { daysAgo?: number; prompt?: string; id?: string } = {}): Question {
  const n = next++
  return questionSchema.parse({
    id: extra.id ?? `m13-q${String(n).padStart(3, '0')}`,
    type: 'worklist-triage',
    prompt: extra.prompt ?? `The patient phoned about referral ${n}. Which worklist is it on, and what do you do?`,
    explanation: `Explanation number ${n} that teaches the rule.`,
    packSections: ['triage-rejected'],
    assesses: ['m13-fact'],
    difficulty: 2,
    roles: ['admin'],
    row: {
      patientName: `Patient ${n}`,
      nhsNumber: syntheticNhsNumber(ids),
      ubrn: syntheticUbrn(ids),
      priority: 'Routine',
      service: 'Dermatology Referral Assessment Service',
      serviceType: 'RAS',
      status: 'Triage response',
      detail: 'Advice given.',
      daysAgo: extra.daysAgo ?? n % 10,
    },
    actions: [
      { id: 'right', text: 'The right thing to do' },
      { id: 'wrong-a', text: 'A tempting wrong thing' },
      { id: 'wrong-b', text: 'Another wrong thing' },
      { id: 'wrong-c', text: 'A third wrong thing' },
    ],
    answer: { worklist, action: 'right' },
  })
}
const single = questionSchema.parse({
  id: 'm12-q002',
  type: 'single',
  prompt: 'How many worklists are there?',
  explanation: 'There are six worklists.',
  packSections: ['worklists'],
  assesses: ['m12-six'],
  difficulty: 1,
  roles: ['admin'],
  options: [
    { id: 'six', text: 'Six' },
    { id: 'four', text: 'Four' },
  ],
  answer: 'six',
})

// Like the real bank: five worklists have questions, 'incomplete-ubrns' has none.
const OFFERED: WorklistId[] = ['triage-rejected', 'missing-letters', 'active-advice', 'assessment-cancelled-dna', 'pending-external']
const bank: Question[] = [single, ...OFFERED.flatMap((w) => [triage(w), triage(w), triage(w)])]
const TODAY = '2026-03-02'

const counts = (day: WorklistDay): Record<string, number> => Object.fromEntries(day.sections.map((s) => [s.worklist, s.rows.length]))

describe('buildWorklistDay', () => {
  it('picks 8 worklist-triage rows by default and shows all six worklists in order', () => {
    const day = buildWorklistDay(bank, 1, TODAY)
    expect(day.sections.map((s) => s.worklist)).toEqual([...WORKLIST_IDS])
    expect(dayRows(day)).toHaveLength(8)
    expect(dayRows(day).every((r) => r.questionId.startsWith('m13-'))).toBe(true)
    expect(new Set(dayRows(day).map((r) => r.questionId)).size).toBe(8)
    expect(counts(day)['incomplete-ubrns']).toBe(0)
  })

  it('spreads the rows over as many worklists as possible, for every seed', () => {
    for (let seed = 0; seed < 200; seed++) {
      const c = counts(buildWorklistDay(bank, seed, TODAY))
      for (const w of OFFERED) {
        expect(c[w], `seed ${seed}, ${w}`).toBeGreaterThanOrEqual(1)
        expect(c[w], `seed ${seed}, ${w}`).toBeLessThanOrEqual(2)
      }
    }
  })

  it('puts every row on the worklist its question names', () => {
    const day = buildWorklistDay(bank, 5, TODAY)
    for (const section of day.sections) for (const r of section.rows) expect(r.worklist).toBe(section.worklist)
    const byId = new Map(bank.map((q) => [q.id, q]))
    for (const r of dayRows(day)) {
      const q = byId.get(r.questionId)
      expect(q?.type === 'worklist-triage' && q.answer.worklist).toBe(r.worklist)
      expect(q?.type === 'worklist-triage' && q.row).toEqual(r.row)
    }
  })

  it('is the same for the same seed, whatever order the bank is in, and differs between seeds', () => {
    const a = buildWorklistDay(bank, 42, TODAY)
    expect(buildWorklistDay([...bank].reverse(), 42, TODAY)).toEqual(a)
    const others = Array.from({ length: 10 }, (_, s) => JSON.stringify(buildWorklistDay(bank, 1000 + s, TODAY).sections))
    expect(new Set(others).size).toBeGreaterThan(1)
  })

  it('dates each row today minus its days ago, in calendar days, and lists the oldest first', () => {
    const qs = [
      triage('pending-external', { daysAgo: 0 }),
      triage('pending-external', { daysAgo: 45 }),
      triage('pending-external', { daysAgo: 2 }),
    ]
    const day = buildWorklistDay(qs, 3, TODAY)
    const rows = day.sections.find((s) => s.worklist === 'pending-external')?.rows ?? []
    expect(rows.map((r) => [r.row.daysAgo, r.addedOn])).toEqual([
      [45, '2026-01-16'],
      [2, '2026-02-28'],
      [0, '2026-03-02'],
    ])
  })

  it('shuffles the actions (content lists the right one first) but keeps them all', () => {
    let rightFirst = 0
    let rows = 0
    for (let seed = 0; seed < 50; seed++) {
      for (const r of dayRows(buildWorklistDay(bank, seed, TODAY))) {
        expect(r.actions.map((a) => a.id).sort()).toEqual(['right', 'wrong-a', 'wrong-b', 'wrong-c'])
        rows++
        if (r.actions[0]?.id === 'right') rightFirst++
      }
    }
    expect(rightFirst).toBeGreaterThan(0)
    expect(rightFirst).toBeLessThan(rows / 2)
  })

  it('returns every question when the bank has fewer than the size asked for', () => {
    const small = [triage('active-advice'), triage('active-advice'), single]
    const day = buildWorklistDay(small, 9, TODAY)
    expect(dayRows(day)).toHaveLength(2)
    expect(counts(day)['active-advice']).toBe(2)
    expect(dayRows(buildWorklistDay([single], 9, TODAY))).toHaveLength(0)
    expect(dayRows(buildWorklistDay(bank, 9, TODAY, 3))).toHaveLength(3)
  })

  it('carries what the practice knows from the prompt, without the question', () => {
    const q = triage('triage-rejected', {
      prompt: 'You spot this row at 4 pm. The appointment is tomorrow. Where is it, and what do you do first?',
    })
    const [row] = dayRows(buildWorklistDay([q], 1, TODAY))
    expect(row?.note).toBe('You spot this row at 4 pm. The appointment is tomorrow.')
    expect(row?.explanation).toMatch(/Explanation number/)
    expect(row?.packSections).toEqual(['triage-rejected'])
    expect(row?.rightAction).toBe('right')
  })

  it('refuses a size below one and a date that is not a date', () => {
    expect(() => buildWorklistDay(bank, 1, TODAY, 0)).toThrow(RangeError)
    expect(() => buildWorklistDay(bank, 1, '2026-02-30')).toThrow(RangeError)
  })
})

describe('promptNote', () => {
  it('keeps the statements and drops the questions', () => {
    expect(promptNote('Which worklist shows this row, and what is the right thing to do with it today?')).toBeUndefined()
    expect(promptNote('You are checking the worklists for Dr Okafor. Where is this row, and what do you do?')).toBe(
      'You are checking the worklists for Dr Okafor.',
    )
  })
})

describe('scoreWorklistDay', () => {
  const day = buildWorklistDay(bank, 11, TODAY)
  const rows = dayRows(day)

  it('scores the action only, with a result for every row', () => {
    const [first, second, third, ...rest] = rows
    if (!first || !second || !third) throw new Error('expected rows')
    const choices: Record<string, string> = {
      [first.questionId]: 'right',
      [second.questionId]: 'wrong-a',
      [third.questionId]: 'not-an-action',
    }
    for (const r of rest) choices[r.questionId] = 'right'
    const score = scoreWorklistDay(rows, choices)
    expect(score.rows.map((r) => r.questionId)).toEqual(rows.map((r) => r.questionId))
    expect(score.rows[0]).toEqual({
      questionId: first.questionId,
      worklist: first.worklist,
      correct: true,
      chosenAction: 'right',
      rightAction: 'right',
      response: { type: 'worklist-triage', worklist: first.worklist, action: 'right' },
    })
    expect(score.rows[1]).toMatchObject({ correct: false, chosenAction: 'wrong-a', rightAction: 'right' })
    expect(score.rows[2]).toMatchObject({ correct: false, chosenAction: null, response: null })
    expect(score).toMatchObject({ correct: 6, total: 8, answered: 7, percent: 75 })
  })

  it('counts rows with no choice as wrong', () => {
    expect(scoreWorklistDay(rows, {})).toMatchObject({ correct: 0, total: 8, answered: 0, percent: 0 })
    expect(scoreWorklistDay([], {})).toMatchObject({ correct: 0, total: 0, percent: 0 })
  })

  it('agrees with the quiz marking when the response names the row’s worklist', () => {
    const byId = new Map(bank.map((q) => [q.id, q]))
    const choices = Object.fromEntries(rows.map((r, i) => [r.questionId, i % 2 ? 'right' : 'wrong-b']))
    for (const result of scoreWorklistDay(rows, choices).rows) {
      const q = byId.get(result.questionId)
      if (!q || !result.response) throw new Error('expected a question and a response')
      expect(markResponse(q, result.response, { attemptSeed: 1, scenarios: new Map() })).toBe(result.correct)
    }
  })

  it('lists rows still without an action, in screen order', () => {
    const [first, ...rest] = rows
    if (!first) throw new Error('expected rows')
    expect(rowsWithoutChoice(rows, { [first.questionId]: 'wrong-c' })).toEqual(rest)
    expect(rowsWithoutChoice(rows, { [first.questionId]: 'nonsense' })).toHaveLength(8)
  })
})

describe('formatAddedOn', () => {
  it('gives the date and how long ago', () => {
    expect(formatAddedOn('2026-03-02', '2026-03-02')).toBe('2 Mar 2026 (today)')
    expect(formatAddedOn('2026-03-01', '2026-03-02')).toBe('1 Mar 2026 (1 day ago)')
    expect(formatAddedOn('2026-01-16', '2026-03-02')).toBe('16 Jan 2026 (45 days ago)')
  })
})
