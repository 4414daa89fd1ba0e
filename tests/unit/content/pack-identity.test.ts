import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { packCitation, packIdentity, packLabel, readPackIdentity } from '../../../src/content/pack-identity'

describe('pack identity (read from content/pack.yaml)', () => {
  it('names the pack the content teaches', () => {
    expect(packIdentity).toEqual({
      title: 'e-RS Information Pack',
      version: '4.1',
      date: 'October 2025',
      publisher: 'NHS South East London',
      area: 'South East London',
    })
  })

  it('labels the pack as the screens and menu show it, and cites it as a source', () => {
    expect(packLabel(packIdentity)).toBe('e-RS Information Pack v4.1 (October 2025)')
    expect(packCitation(packIdentity)).toBe('e-RS Information Pack v4.1, October 2025')
  })

  it('is the pack the own-words fingerprint was built from', () => {
    const fingerprint = JSON.parse(readFileSync(resolve('content/pack-fingerprint.json'), 'utf8')) as { pack: string }
    expect(fingerprint.pack).toBe(packCitation(packIdentity))
  })

  it('refuses pack data without a field it needs, naming the field', () => {
    expect(() => readPackIdentity({ title: 'e-RS Information Pack', packVersion: '4.1', packDate: 'October 2025', publisher: 'NHS' })).toThrow(
      'content/pack.yaml has no area',
    )
    expect(() => readPackIdentity(null)).toThrow('content/pack.yaml has no title')
  })
})
