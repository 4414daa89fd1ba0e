// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { detectPlatform } from '../../../src/platform'
import { acceptAttribute, createBrowserPlatform } from '../../../src/platform/browser-platform'
import type { ErsTrainerApi } from '../../../src/shared/ipc-contract'

describe('detectPlatform', () => {
  it('uses the browser platform when no preload API is present', () => {
    expect(detectPlatform(window, '1.2.3').kind).toBe('browser')
  })

  it('uses the Electron platform when the preload exposed window.ersTrainer, and calls through it', async () => {
    const api: ErsTrainerApi = {
      saveFile: vi.fn(async () => ({ saved: true, location: '/home/x/cert.pdf' })),
      openFiles: vi.fn(async () => []),
      appVersion: vi.fn(async () => '9.9.9'),
      openExternal: vi.fn(async () => true),
    }
    const fakeWindow = Object.assign(Object.create(window) as Window, { ersTrainer: api })
    const platform = detectPlatform(fakeWindow, '1.2.3')
    expect(platform.kind).toBe('electron')
    expect(await platform.appVersion()).toBe('9.9.9')
    const bytes = new Uint8Array([37, 80, 68, 70])
    await platform.saveFile('cert.pdf', bytes, [{ name: 'PDF', extensions: ['pdf'] }])
    expect(api.saveFile).toHaveBeenCalledWith({ suggestedName: 'cert.pdf', bytes, filters: [{ name: 'PDF', extensions: ['pdf'] }] })
    await platform.openFiles([{ name: 'Passport', extensions: ['json'] }], { multiple: true })
    expect(api.openFiles).toHaveBeenCalledWith({ filters: [{ name: 'Passport', extensions: ['json'] }], multiple: true })
  })
})

describe('browser platform', () => {
  it('saves by downloading a file with the suggested name', async () => {
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:fake')
    const clicks: string[] = []
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download)
    })
    const platform = createBrowserPlatform(document, '1.0.0')
    const result = await platform.saveFile('certificate.pdf', new Uint8Array([1, 2, 3]), [])
    expect(result).toEqual({ saved: true, location: 'your Downloads folder' })
    expect(clicks).toEqual(['certificate.pdf'])
    expect(created).toHaveBeenCalledOnce()
    expect(document.querySelector('a[download]')).toBeNull()
    click.mockRestore()
  })

  it('builds the file picker filter from extensions', () => {
    expect(acceptAttribute([{ name: 'Records', extensions: ['json', 'pdf'] }])).toBe('.json,.pdf')
  })

  it('opens only allow-listed links', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null)
    const platform = createBrowserPlatform(document, '1.0.0')
    expect(await platform.openExternal('https://evil.example/')).toBe(false)
    expect(open).not.toHaveBeenCalled()
    expect(await platform.openExternal('https://ers.nhs.uk/main')).toBe(true)
    expect(open).toHaveBeenCalledWith('https://ers.nhs.uk/main', '_blank', 'noopener,noreferrer')
  })

  it('reports its version', async () => {
    expect(await createBrowserPlatform(document, '4.5.6').appVersion()).toBe('4.5.6')
  })
})
