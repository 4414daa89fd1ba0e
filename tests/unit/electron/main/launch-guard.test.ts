import { describe, expect, it } from 'vitest'
import { debugSwitchesIn, devRendererUrl } from '../../../../electron/main/launch-guard'

describe('debugging switches the packaged app refuses', () => {
  it.each([
    [['app', '--remote-debugging-port=9222'], ['remote-debugging-port']],
    [['app', '--remote-debugging-pipe'], ['remote-debugging-pipe']],
    [['app', '--inspect'], ['inspect']],
    [['app', '--inspect-brk=0.0.0.0:9229'], ['inspect-brk']],
    [['app', '--INSPECT-PORT=1'], ['inspect-port']],
    [['app', '--js-flags=--allow-natives-syntax', '--remote-allow-origins=*'], ['js-flags', 'remote-allow-origins']],
  ])('finds them in %j', (argv, found) => {
    expect(debugSwitchesIn(argv)).toEqual(found)
  })

  it('lets an ordinary launch through, including a file path that mentions a switch', () => {
    expect(debugSwitchesIn(['/opt/e-RS Trainer/ers-trainer', '--no-sandbox-not-really', 'C:\\inspect\\passport.json', 'remote-debugging-port'])).toEqual([])
  })
})

describe('ELECTRON_RENDERER_URL', () => {
  it('is honoured in a development run', () => {
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false)).toBe('http://localhost:5173')
  })
  it('is ignored in the packaged app, so nobody can point it at another page', () => {
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toBeNull()
  })
  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'not a url'])('refuses %s even in development', (url) => {
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: url }, false)).toBeNull()
  })
  it('is absent when unset', () => {
    expect(devRendererUrl({}, false)).toBeNull()
  })
})
