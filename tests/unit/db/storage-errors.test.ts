import { describe, expect, it, vi } from 'vitest'
import { describeStorageError } from '../../../src/db/storage-errors'
import { freshFactory, testDatabase, testRepositories } from './test-db'

describe('describeStorageError', () => {
  it('explains a full disk and reassures that earlier work is safe', () => {
    const p = describeStorageError(new DOMException('full', 'QuotaExceededError'))
    expect(p.kind).toBe('quota')
    expect(p.message).toMatch(/saved before it is safe/)
  })
  it('sees a quota error wrapped by Dexie', () => {
    expect(describeStorageError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } }).kind).toBe('quota')
  })
  it('explains a database blocked by another window', () => {
    expect(describeStorageError({ name: 'DatabaseClosedError' }).kind).toBe('blocked')
  })
  it('explains missing IndexedDB', () => {
    expect(describeStorageError({ name: 'MissingAPIError' }).kind).toBe('unavailable')
  })
  it('never returns an empty message', () => {
    for (const e of [null, 'text', 42, new Error('x')]) expect(describeStorageError(e).message.length).toBeGreaterThan(10)
  })
})

describe('openRepositories', () => {
  it('steps aside and reports when another window needs a newer schema', async () => {
    const factory = freshFactory()
    const onProblem = vi.fn()
    const repos = await testRepositories(factory, { onProblem })
    await repos.learners.create({ name: 'A', role: 'admin', practice: 'P' })
    const newer = testDatabase(factory)
    newer.version(99).stores({ extra: 'id' })
    await newer.open()
    expect(onProblem).toHaveBeenCalledWith(expect.objectContaining({ kind: 'version' }))
    expect(await newer.learners.count()).toBe(1)
    newer.close()
  })
})
