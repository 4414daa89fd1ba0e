import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { issueTexts } from '../../../src/shared/zod-issues'

const schema = z.strictObject({ attempts: z.array(z.strictObject({ seed: z.number() })) })
const issuesOf = (value: unknown): z.core.$ZodIssue[] => {
  const parsed = schema.safeParse(value)
  if (parsed.success) throw new Error('expected the value to be refused')
  return parsed.error.issues
}

describe('issueTexts', () => {
  const nested = issuesOf({ attempts: [{ seed: 1 }, { seed: 'x' }] })

  it('writes the place with dots, with brackets for list positions, or not at all', () => {
    expect(issueTexts(nested, { path: 'dots' })).toEqual([`attempts.1.seed: ${nested[0]?.message}`])
    expect(issueTexts(nested, { path: 'brackets' })).toEqual([`attempts[1].seed: ${nested[0]?.message}`])
    expect(issueTexts(nested, { path: 'none' })).toEqual([nested[0]?.message])
  })

  it('names an issue about the whole value only when asked to', () => {
    const whole = issuesOf('not an object')
    expect(issueTexts(whole, { path: 'dots' })).toEqual([whole[0]?.message])
    expect(issueTexts(whole, { path: 'brackets', whole: '(the whole file)' })).toEqual([`(the whole file): ${whole[0]?.message}`])
  })

  it('starts a bracketed place that begins with a list position with the bracket', () => {
    const list = z.array(z.number()).safeParse([1, 'two'])
    expect(list.success).toBe(false)
    expect(issueTexts(list.error?.issues ?? [], { path: 'brackets' })).toEqual([`[1]: ${list.error?.issues[0]?.message}`])
  })
})
