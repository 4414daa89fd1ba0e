import { describe, expect, it } from 'vitest'
import { slugify } from '../../../src/domain/slug'

describe('slugify', () => {
  it('lower-cases and joins the words with single hyphens, trimming hyphens at both ends', () => {
    expect(slugify('  NHS South East (London) ')).toBe('nhs-south-east-london')
    expect(slugify('gstt.2ww@nhs.net')).toBe('gstt-2ww-nhs-net')
  })

  it('drops accents for ascii, and keeps every letter for letters', () => {
    expect(slugify('Zoë Łucja')).toBe('zoe-ucja')
    expect(slugify('Zoë Łucja', { keep: 'letters' })).toBe('zoë-łucja')
  })

  it('cuts to the length without leaving a hyphen at the end, and falls back when nothing is left', () => {
    expect(slugify('Riverside Medical Centre', { maxLength: 10 })).toBe('riverside')
    expect(slugify('///', { fallback: 'practice' })).toBe('practice')
    expect(slugify('///')).toBe('')
  })
})
