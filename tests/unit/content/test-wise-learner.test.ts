/**
 * A learner who guesses from the screen fails: over 200 real draws of the final assessment and the
 * locum refresher, always picking the first option, or the longest (or second longest, or
 * shortest), scores about what chance gives.
 */
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readContentFiles } from '../../../build/content-files'
import { GUESS_STRATEGIES, playGuessing, type GuessStrategy } from '../../../build/test-wise-learner'
import { validateContent } from '../../../src/content/validate'
import type { Role } from '../../../src/content/schema'

const SEEDS = 200
/** Chance is about a quarter on four options and a half on true/false; these leave room for that mix. */
const CEILING: Readonly<Record<GuessStrategy, number>> = { first: 45, longest: 50, 'second-longest': 40, shortest: 40 }

const bundle = validateContent(readContentFiles(resolve('content')).files).bundle
const draws: Array<['final-assessment' | 'locum-refresher', Role]> = [
  ['final-assessment', 'admin'],
  ['final-assessment', 'clinician'],
  ['final-assessment', 'practice-manager'],
  ['locum-refresher', 'locum'],
]

describe('a learner who guesses instead of knowing the rules', () => {
  for (const strategy of GUESS_STRATEGIES)
    it.each(draws)(`always picking the ${strategy} option fails the %s (%s) on average`, (draw, role) => {
      if (!bundle) throw new Error('the shipped content does not validate')
      const result = playGuessing(bundle, draw, role, strategy, SEEDS)
      expect(result.meanPercent).toBeLessThanOrEqual(CEILING[strategy])
      // A guesser who still passed would mean the draw leans on cues: the default pass mark is 80%.
      expect(result.bestPercent).toBeLessThan(80)
    })

  it('a learner who knows the rules is not held back by the shown order (same draws, right answers)', async () => {
    if (!bundle) throw new Error('the shipped content does not validate')
    const { correctResponse } = await import('../support/correct-response')
    const { markResponse } = await import('../../../src/domain/scoring')
    const { drawLocumRefresher } = await import('../../../src/domain/attempt-plans')
    const scenarios = new Map(bundle.scenarios.map((s) => [s.id, s]))
    for (let seed = 1; seed <= 20; seed++)
      for (const id of drawLocumRefresher(bundle.questions, bundle.modules, seed)) {
        const question = bundle.questions.find((q) => q.id === id)
        if (!question) throw new Error(`drawn question ${id} is missing`)
        expect(markResponse(question, correctResponse(question, seed, scenarios), { attemptSeed: seed, scenarios }), id).toBe(true)
      }
  })
})
