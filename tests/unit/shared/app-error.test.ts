import { describe, expect, it } from 'vitest'
import { AppError, isAppError } from '../../../src/shared/app-error'
import { ERROR_WORDS } from '../../../src/views/error-words'

describe('AppError', () => {
  it('carries its reason and the code that reason belongs to', () => {
    const error = new AppError('pin-already-set')
    expect(error).toBeInstanceOf(Error)
    expect(error).toMatchObject({ name: 'AppError', reason: 'pin-already-set', code: 'conflict' })
  })

  it('is told apart by reason, never by message', () => {
    expect(isAppError(new AppError('pin-already-set'), 'pin-already-set')).toBe(true)
    expect(isAppError(new Error('A practice manager PIN is already set.'), 'pin-already-set')).toBe(false)
    expect(isAppError('pin-already-set')).toBe(false)
  })

  it('has words for every reason, so a view never shows a bare reason', () => {
    expect(ERROR_WORDS['pin-already-set']).toMatch(/^A practice manager PIN is already set\./)
  })
})
