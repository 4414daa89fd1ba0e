import { describe, expect, it } from 'vitest'
import { questionSchema, type Question } from '../../../src/content/schema'
import { drawModuleCheck, drawStratified, drawWeighted, moduleOf } from '../../../src/domain/draw'
import { seededRandom, shuffle } from '../../../src/domain/random'
import { isDue, LAST_BOX, nextReview } from '../../../src/domain/review-schedule'

const bank: Question[] = []
for (let m = 1; m <= 4; m++)
  for (let i = 1; i <= 10; i++)
    bank.push(
      questionSchema.parse({
        id: `m0${m}-q${String(i).padStart(3, '0')}`,
        type: i === 10 ? 'scenario' : 'true-false',
        ...(i === 10 ? { scenario: 's01-x' } : { answer: true }),
        prompt: 'A question for the tests.',
        explanation: 'Because the pack says so.',
        packSections: ['s'],
        assesses: ['f'],
        difficulty: 1,
        roles: i % 2 ? ['admin'] : ['clinician'],
      }),
    )

describe('seeded randomness', () => {
  it('replays exactly from the same seed', () => {
    expect(shuffle([1, 2, 3, 4, 5, 6], seededRandom(7))).toEqual(shuffle([1, 2, 3, 4, 5, 6], seededRandom(7)))
    expect(shuffle([1, 2, 3, 4, 5, 6], seededRandom(7))).not.toEqual(shuffle([1, 2, 3, 4, 5, 6], seededRandom(8)))
  })
})

describe('drawModuleCheck', () => {
  it('draws from the module only, reproducibly', () => {
    const ids = drawModuleCheck(bank, 'm02-anything', 5, 99)
    expect(ids).toHaveLength(5)
    expect(ids.every((id) => moduleOf(id) === 'm02')).toBe(true)
    expect(drawModuleCheck(bank, 'm02-anything', 5, 99)).toEqual(ids)
  })
  it('gives a retake fresh questions first', () => {
    const first = drawModuleCheck(bank, 'm01-x', 5, 1)
    const retake = drawModuleCheck(bank, 'm01-x', 5, 2, { avoid: first })
    expect(retake.filter((id) => first.includes(id))).toEqual([])
  })
  it('prefers questions for the learner’s role', () => {
    expect(drawModuleCheck(bank, 'm01-x', 5, 3, { role: 'admin' }).every((id) => Number(id.slice(-1)) % 2 === 1)).toBe(true)
  })
})

describe('drawStratified', () => {
  it('represents every module and has no duplicates', () => {
    const ids = drawStratified(bank, ['m01-a', 'm02-b', 'm03-c', 'm04-d'], 10, 5)
    expect(ids).toHaveLength(10)
    expect(new Set(ids).size).toBe(10)
    expect(new Set(ids.map(moduleOf))).toEqual(new Set(['m01', 'm02', 'm03', 'm04']))
    const perModule = ['m01', 'm02', 'm03', 'm04'].map((m) => ids.filter((id) => moduleOf(id) === m).length)
    expect(Math.max(...perModule) - Math.min(...perModule)).toBeLessThanOrEqual(1)
  })
})

describe('drawWeighted (locum refresher)', () => {
  it('takes the priority share from the priority modules and leaves out scenarios', () => {
    const ids = drawWeighted(bank, ['m01-a', 'm02-b'], ['m03-c', 'm04-d'], 20, 0.7, 11)
    expect(ids).toHaveLength(20)
    expect(new Set(ids).size).toBe(20)
    expect(ids.filter((id) => ['m01', 'm02'].includes(moduleOf(id)))).toHaveLength(14)
    expect(ids.some((id) => id.endsWith('q010'))).toBe(false)
  })
})

describe('Leitner review schedule', () => {
  it('a wrong answer goes to box 1, due tomorrow', () => {
    expect(nextReview(undefined, false, '2026-11-25')).toEqual({ box: 1, due: '2026-11-26' })
    expect(nextReview({ box: 4, due: '2026-11-25' }, false, '2026-11-25')).toEqual({ box: 1, due: '2026-11-26' })
  })
  it('each right answer moves up a box with a longer gap', () => {
    expect(nextReview({ box: 1, due: '2026-11-25' }, true, '2026-11-25')).toEqual({ box: 2, due: '2026-11-27' })
    expect(nextReview({ box: 2, due: '2026-11-25' }, true, '2026-11-25')).toEqual({ box: 3, due: '2026-11-29' })
  })
  it('right in the last box retires the question; right first time never enters practice', () => {
    expect(nextReview({ box: LAST_BOX, due: '2026-11-25' }, true, '2026-11-25')).toBeNull()
    expect(nextReview(undefined, true, '2026-11-25')).toBeNull()
  })
  it('is due on or after its date', () => {
    expect(isDue({ box: 1, due: '2026-11-25' }, '2026-11-25')).toBe(true)
    expect(isDue({ box: 1, due: '2026-11-26' }, '2026-11-25')).toBe(false)
  })
})
