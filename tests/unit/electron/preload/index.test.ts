import { describe, expect, it, vi } from 'vitest'

const exposed = new Map<string, unknown>()
const invoke = vi.fn(async (...args: unknown[]) => args)
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke, send: vi.fn(), on: vi.fn() },
}))

await import('../../../../electron/preload/index')

describe('preload', () => {
  it('exposes exactly one object, window.ersTrainer', () => {
    expect([...exposed.keys()]).toEqual(['ersTrainer'])
  })

  it('exposes one function per channel and nothing else', () => {
    const api = exposed.get('ersTrainer') as Record<string, unknown>
    expect(Object.keys(api).sort()).toEqual(['appVersion', 'openExternal', 'openFiles', 'saveFile'])
    for (const value of Object.values(api)) expect(typeof value).toBe('function')
    for (const forbidden of ['ipcRenderer', 'require', 'send', 'invoke', 'on', 'process'])
      expect(api).not.toHaveProperty(forbidden)
  })

  it('is frozen, so the page cannot add a channel', () => {
    const api = exposed.get('ersTrainer') as Record<string, unknown>
    expect(Object.isFrozen(api)).toBe(true)
  })

  it('binds each function to its own channel', async () => {
    const api = exposed.get('ersTrainer') as { openExternal: (u: string) => Promise<unknown>; appVersion: () => Promise<unknown> }
    await api.openExternal('https://ers.nhs.uk/main')
    expect(invoke).toHaveBeenLastCalledWith('link:open-external', 'https://ers.nhs.uk/main')
    await api.appVersion()
    expect(invoke).toHaveBeenLastCalledWith('app:version')
  })
})
