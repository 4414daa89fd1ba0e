import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { showWhileSlow } from '../../src/show-while-slow'

describe('showWhileSlow', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  function tracker() {
    const events: string[] = []
    return { events, show: () => (events.push('shown'), () => events.push('hidden')) }
  }

  it('shows nothing when the work is quick', async () => {
    const { events, show } = tracker()
    const work = new Promise<string>((resolve) => setTimeout(() => resolve('records'), 100))
    const result = showWhileSlow(work, show, 500)
    await vi.advanceTimersByTimeAsync(1000)
    expect(await result).toBe('records')
    expect(events).toEqual([])
  })

  it('shows the message once the work is slow, and hides it when the work is done', async () => {
    const { events, show } = tracker()
    const work = new Promise<string>((resolve) => setTimeout(() => resolve('records'), 3000))
    const result = showWhileSlow(work, show, 500)
    await vi.advanceTimersByTimeAsync(600)
    expect(events).toEqual(['shown'])
    await vi.advanceTimersByTimeAsync(3000)
    expect(await result).toBe('records')
    expect(events).toEqual(['shown', 'hidden'])
  })

  it('hides the message when slow work fails, and passes the failure on', async () => {
    const { events, show } = tracker()
    const work = new Promise<string>((_, reject) => setTimeout(() => reject(new Error('disk full')), 2000))
    const result = showWhileSlow(work, show, 500)
    const failure = expect(result).rejects.toThrow('disk full')
    await vi.advanceTimersByTimeAsync(2500)
    await failure
    expect(events).toEqual(['shown', 'hidden'])
  })
})
