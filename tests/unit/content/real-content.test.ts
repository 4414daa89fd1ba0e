/** The real content: it passes every check, and every question can be answered right (and wrong). */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readContentFiles } from '../../../build/content-files'
import { checkContent } from '../../../src/content/check'
import { checkResponse, markResponse } from '../../../src/domain/scoring'
import { correctResponse } from '../support/correct-response'

const { files, problems } = readContentFiles(resolve('content'))
const fingerprint = new Set((JSON.parse(readFileSync(resolve('content/pack-fingerprint.json'), 'utf8')) as { hashes: string[] }).hashes)
const result = checkContent(files, fingerprint)

describe('the shipped content', () => {
  it('parses and passes content:check with no problems', () => {
    expect(problems).toEqual([])
    expect(result.errors).toEqual([])
  })

  it('meets the size the brief asks for', () => {
    const c = result.counts
    expect(c.packVersion).toBe('4.1')
    expect(c.modules).toBeGreaterThanOrEqual(14)
    expect(c.questions).toBeGreaterThanOrEqual(240)
    expect(c.scenarios).toBeGreaterThanOrEqual(15)
    for (const type of ['single', 'multiple', 'true-false', 'ordering', 'matching', 'date-calc', 'worklist-triage', 'scenario'])
      expect(c.questionsByType[type], type).toBeGreaterThan(0)
    expect(c.packSectionsCovered).toBe(c.packSections)
    expect(c.factsAssessed).toBe(c.facts)
  })

  it('marks the locum refresher priority modules: 2WW, deadlines, letters and dummy appointments, appointment types, worklists, returned referrals, downtime', () => {
    expect(result.bundle?.modules.filter((m) => m.refresherPriority).map((m) => m.id)).toEqual([
      'm05-urgent-suspected-cancer',
      'm06-slot-issues',
      'm07-referral-letters',
      'm08-appointment-letters',
      'm11-appointment-types',
      'm12-worklists',
      'm13-returned-referrals',
      'm15-downtime',
    ])
  })

  it('every module has at least 12 questions', () => {
    const bundle = result.bundle
    for (const m of bundle?.modules ?? []) expect(bundle?.questions.filter((q) => q.id.slice(0, 3) === m.id.slice(0, 3)).length, m.id).toBeGreaterThanOrEqual(12)
  })

  it('every question can be answered right, and a different answer is marked wrong', () => {
    const bundle = result.bundle
    if (!bundle) throw new Error('no bundle')
    const scenarios = new Map(bundle.scenarios.map((s) => [s.id, s]))
    const context = { attemptSeed: 20261125, scenarios }
    for (const q of bundle.questions) {
      const right = correctResponse(q, context.attemptSeed, scenarios)
      const checked = checkResponse(q, right, context)
      expect(checked.ok, `${q.id} right answer accepted`).toBe(true)
      if (checked.ok) expect(markResponse(q, checked.response, context), `${q.id} right answer marked right`).toBe(true)
      if (q.type === 'true-false') expect(markResponse(q, { type: 'true-false', value: !q.answer }, context), `${q.id} wrong`).toBe(false)
      if (q.type === 'single') {
        const wrong = q.options.find((o) => o.id !== q.answer)
        if (wrong) expect(markResponse(q, { type: 'single', optionId: wrong.id }, context), `${q.id} wrong`).toBe(false)
      }
    }
  })

  it('every scenario also has a way to a poor or partial ending', () => {
    for (const s of result.bundle?.scenarios ?? []) expect(s.states.some((st) => st.outcome && st.outcome !== 'good'), s.id).toBe(true)
  })
})
