import { describe, expect, it } from 'vitest'
import type { Question } from '../../../src/content/schema'
import { matchChoicesShown, optionsShown, orderingStart, shownOrder } from '../../../src/domain/shown-order'

const base = { prompt: 'A question for the tests.', explanation: 'Because the pack says so.', packSections: ['s'], assesses: ['f'], difficulty: 1 as const, roles: ['admin' as const] }
const single: Extract<Question, { type: 'single' }> = {
  ...base,
  id: 'm01-q001',
  type: 'single',
  options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `Option ${id}` })),
  answer: 'a',
}
const ordering: Extract<Question, { type: 'ordering' }> = { ...base, id: 'm01-q002', type: 'ordering', items: ['one', 'two', 'three'].map((id) => ({ id, text: id })) }
const matching: Extract<Question, { type: 'matching' }> = {
  ...base,
  id: 'm01-q003',
  type: 'matching',
  pairs: [
    { id: 'p1', left: 'DBS', right: 'Book' },
    { id: 'p2', left: 'RAS', right: 'Triage' },
  ],
  distractors: ['Book', 'Wait'],
}

describe('the order choices are shown in', () => {
  it('is the same for the same seed and keeps every item once', () => {
    expect(optionsShown(single, 42)).toEqual(optionsShown(single, 42))
    expect(optionsShown(single, 42).map((o) => o.id).sort()).toEqual(['a', 'b', 'c', 'd'])
  })

  it('puts the right option in each place about equally often over many attempts, whatever the author wrote first', () => {
    const places = new Map<number, number>()
    for (let seed = 0; seed < 2000; seed++) {
      const place = optionsShown(single, seed).findIndex((o) => o.id === 'a')
      places.set(place, (places.get(place) ?? 0) + 1)
    }
    expect([...places.keys()].sort()).toEqual([0, 1, 2, 3])
    for (const count of places.values()) expect(count).toBeGreaterThan(400)
  })

  it('differs between questions in one attempt', () => {
    const other = { ...single, id: 'm01-q009' }
    const differ = Array.from({ length: 20 }, (_, seed) => optionsShown(single, seed).map((o) => o.id).join() !== optionsShown(other, seed).map((o) => o.id).join())
    expect(differ.some(Boolean)).toBe(true)
  })

  it('never starts an ordering question in the right order', () => {
    for (let seed = 0; seed < 500; seed++) expect(orderingStart(ordering, seed)).not.toEqual(['one', 'two', 'three'])
  })

  it('offers each matching choice once, distractors included', () => {
    expect(matchChoicesShown(matching, 3).sort()).toEqual(['Book', 'Triage', 'Wait'])
  })

  it('shuffles any list by a label, so two lists of one attempt are drawn independently', () => {
    expect(shownOrder([1, 2, 3, 4, 5, 6], 9, 'x')).not.toEqual(shownOrder([1, 2, 3, 4, 5, 6], 9, 'y'))
  })
})
