import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { StorageProblem } from '../../src/db'

// storage-start.ts opens storage as soon as it is imported; these tests stand in for the database
// so they can play "another tab" before and after the app starts listening.
const opening = vi.hoisted(() => ({ report: null as ((problem: StorageProblem) => void) | null }))
vi.mock('../../src/db', () => ({
  openRepositories: (options: { onProblem: (problem: StorageProblem) => void }) => {
    opening.report = options.onProblem
    return new Promise(() => undefined)
  },
}))

/** What the database does when another tab gets in the way. */
function report(problem: StorageProblem): void {
  if (!opening.report) throw new Error('storage-start.ts did not open storage on import')
  opening.report(problem)
}

const blocked: StorageProblem = { kind: 'blocked', title: 'Close other windows', message: 'Another window is using e-RS Trainer.' }
const newer: StorageProblem = { kind: 'version', title: 'A newer version is open', message: 'Close this window.' }

describe('storage start-up', () => {
  beforeEach(() => vi.resetModules())

  it('keeps problems reported before the app listens, and hands them over once it does', async () => {
    const { onStorageProblem } = await import('../../src/storage-start')
    report(blocked)
    const shown: StorageProblem[] = []
    onStorageProblem((problem) => shown.push(problem))
    expect(shown).toEqual([blocked])
    report(newer)
    expect(shown).toEqual([blocked, newer])
  })

  it('does not hand an early problem over twice', async () => {
    const { onStorageProblem } = await import('../../src/storage-start')
    report(blocked)
    const first: StorageProblem[] = []
    const second: StorageProblem[] = []
    onStorageProblem((problem) => first.push(problem))
    onStorageProblem((problem) => second.push(problem))
    expect(first).toEqual([blocked])
    expect(second).toEqual([])
  })
})
