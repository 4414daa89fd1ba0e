import { describe, expect, it } from 'vitest'
import { secureWindowOptions } from '../../../../electron/main/window'

describe('secureWindowOptions', () => {
  const options = secureWindowOptions('/app/preload/index.cjs', true)
  const web = options.webPreferences ?? {}

  it('isolates the page from Node and Electron', () => {
    expect(web.contextIsolation).toBe(true)
    expect(web.sandbox).toBe(true)
    expect(web.nodeIntegration).toBe(false)
    expect(web.nodeIntegrationInWorker).toBe(false)
    expect(web.nodeIntegrationInSubFrames).toBe(false)
  })

  it('keeps web security on and refuses insecure content and webviews', () => {
    expect(web.webSecurity).toBe(true)
    expect(web.allowRunningInsecureContent).toBe(false)
    expect(web.webviewTag).toBe(false)
  })

  it('loads the given preload and fits a 1280×720 screen', () => {
    expect(web.preload).toBe('/app/preload/index.cjs')
    expect(options.minWidth).toBeLessThanOrEqual(1280)
    expect(options.minHeight).toBeLessThanOrEqual(720)
  })

  it('has no DevTools in the packaged app, and keeps them for development', () => {
    expect(web.devTools).toBe(false)
    expect(secureWindowOptions('/dev/preload/index.cjs', false).webPreferences?.devTools).toBe(true)
  })
})
