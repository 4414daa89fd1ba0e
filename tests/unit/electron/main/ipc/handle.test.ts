import { beforeEach, describe, expect, it, vi } from 'vitest'

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>
const registered = new Map<string, Listener>()
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, listener: Listener) => registered.set(channel, listener) },
}))

const { handle, IpcRejection, isTrustedSender } = await import('../../../../../electron/main/ipc/handle')

const APP = 'app://ers-trainer'
const topFrame = { url: `${APP}/index.html#/`, parent: null }
const event = (frame: unknown) => ({ senderFrame: frame, sender: {} })

describe('IPC handler wrapper', () => {
  const log = vi.fn()
  const handler = vi.fn(async (_event: unknown, url: string) => url.startsWith('https://ers.nhs.uk'))

  beforeEach(() => {
    registered.clear()
    log.mockClear()
    handler.mockClear()
    handle('openExternal', { appOrigins: [APP], log }, handler)
  })

  it('runs the handler for the app frame with good arguments', async () => {
    const listener = registered.get('link:open-external')
    await expect(listener?.(event(topFrame), 'https://ers.nhs.uk/main')).resolves.toBe(true)
    expect(handler).toHaveBeenCalledOnce()
  })

  it('rejects a call from a foreign origin, without running the handler', async () => {
    const listener = registered.get('link:open-external')
    const foreign = { url: 'https://evil.example/', parent: null }
    await expect(listener?.(event(foreign), 'https://ers.nhs.uk/main')).rejects.toBeInstanceOf(IpcRejection)
    expect(handler).not.toHaveBeenCalled()
    expect(log).toHaveBeenCalledWith(expect.stringContaining('foreign-sender'))
  })

  it('rejects a call from a sub-frame even of our own origin', async () => {
    const listener = registered.get('link:open-external')
    const subFrame = { url: `${APP}/index.html`, parent: topFrame }
    await expect(listener?.(event(subFrame), 'https://ers.nhs.uk/main')).rejects.toThrow(/foreign-sender/)
    expect(handler).not.toHaveBeenCalled()
  })

  it('rejects a call with no frame', async () => {
    await expect(registered.get('link:open-external')?.(event(null), 'https://ers.nhs.uk/main')).rejects.toThrow(/foreign-sender/)
  })

  it.each([[[]], [[42]], [['not a url']], [['https://ers.nhs.uk/main', 'extra']]])('rejects bad arguments %j', async (args) => {
    const listener = registered.get('link:open-external')
    await expect(listener?.(event(topFrame), ...args)).rejects.toThrow(/bad-arguments/)
    expect(handler).not.toHaveBeenCalled()
    expect(log).toHaveBeenCalledWith(expect.stringContaining('bad-arguments'))
  })

  it('rejects a save request that names a path instead of a file', async () => {
    const save = vi.fn()
    handle('saveFile', { appOrigins: [APP], log }, save)
    const listener = registered.get('file:save')
    await expect(
      listener?.(event(topFrame), { suggestedName: '../../evil.pdf', bytes: new Uint8Array([1]), filters: [] }),
    ).rejects.toThrow(/bad-arguments/)
    expect(save).not.toHaveBeenCalled()
  })
})

describe('isTrustedSender', () => {
  it('trusts only the top frame of the app origin', () => {
    expect(isTrustedSender(topFrame, [APP])).toBe(true)
    expect(isTrustedSender({ url: 'file:///x/index.html', parent: null }, [APP])).toBe(false)
  })
})
