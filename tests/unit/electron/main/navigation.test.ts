import { describe, expect, it } from 'vitest'
import { decideWindowOpen, isInAppNavigation } from '../../../../electron/main/navigation'

const origins = ['app://ers-trainer']

describe('navigation guard', () => {
  it('allows pages of the app itself', () => {
    expect(isInAppNavigation('app://ers-trainer/index.html#/learn', origins)).toBe(true)
  })
  it.each(['https://example.com/', 'app://other-host/index.html', 'file:///etc/passwd', 'http://127.0.0.1:5173/', 'not a url'])('refuses %s', (url) => {
    expect(isInAppNavigation(url, origins)).toBe(false)
  })
  it('allows the dev server only when it is listed', () => {
    expect(isInAppNavigation('http://localhost:5173/#/', [...origins, 'http://localhost:5173'])).toBe(true)
  })
})

describe('window.open', () => {
  it('never opens a window, but sends allow-listed links to the OS browser', () => {
    expect(decideWindowOpen('https://ers.nhs.uk/main')).toEqual({ action: 'deny', openExternally: 'https://ers.nhs.uk/main' })
  })
  it('drops links that are not allow-listed', () => {
    expect(decideWindowOpen('https://evil.example/ers.nhs.uk')).toEqual({ action: 'deny', openExternally: null })
  })
})
