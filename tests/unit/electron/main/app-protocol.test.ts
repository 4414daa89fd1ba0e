import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_SCHEME_PRIVILEGES, mimeTypeFor, resolveAppFile } from '../../../../electron/main/app-protocol'

const root = '/opt/ers-trainer/out/renderer'

describe('app:// file resolution', () => {
  it('serves index.html for the root', () => {
    expect(resolveAppFile(root, 'app://ers-trainer/')).toBe(join(root, 'index.html'))
  })
  it('serves built assets', () => {
    expect(resolveAppFile(root, 'app://ers-trainer/assets/index-abc.js')).toBe(join(root, 'assets/index-abc.js'))
  })
  it.each(['app://ers-trainer/../../etc/passwd', 'app://ers-trainer/%2e%2e/%2e%2e/etc/passwd'])('keeps %s inside the renderer folder', (url) => {
    expect(resolveAppFile(root, url)).toBe(join(root, 'etc/passwd'))
  })
  it.each(['app://ers-trainer/..%2f..%2fsecret', 'app://ers-trainer/a%00b', 'app://other/index.html', 'https://ers-trainer/index.html', 'app://ers-trainer/%E0%A4%A'])(
    'refuses %s',
    (url) => {
      expect(resolveAppFile(root, url)).toBeNull()
    },
  )
  it('sends the right content types', () => {
    expect(mimeTypeFor('a/index.html')).toMatch(/^text\/html/)
    expect(mimeTypeFor('a/app.js')).toMatch(/^text\/javascript/)
    expect(mimeTypeFor('a/x.unknown')).toBe('application/octet-stream')
  })
})

describe('app:// registration', () => {
  it('is a standard, secure scheme whose compiled code V8 may cache between launches', () => {
    // codeCache only takes effect on standard schemes; without it every launch recompiles the app.
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, codeCache: true })
  })
})
