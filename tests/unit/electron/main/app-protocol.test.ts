import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APP_SCHEME_PRIVILEGES, appResponseHeaders, mimeTypeFor, resolveAppFile, resolveRealAppFile } from '../../../../electron/main/app-protocol'

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

describe('app:// on disk', () => {
  let base = ''
  let renderer = ''
  beforeAll(async () => {
    base = await realpath(await mkdtemp(join(tmpdir(), 'app-protocol-')))
    renderer = join(base, 'renderer')
    await mkdir(join(renderer, 'assets'), { recursive: true })
    await writeFile(join(renderer, 'index.html'), '<!doctype html>')
    await writeFile(join(renderer, 'assets', 'real.js'), '1')
    await writeFile(join(base, 'secret.txt'), 'outside')
    await symlink(join(base, 'secret.txt'), join(renderer, 'assets', 'leak.js'))
    await symlink(join(renderer, 'assets', 'real.js'), join(renderer, 'assets', 'inside.js'))
  })
  afterAll(async () => {
    await rm(base, { recursive: true, force: true })
  })

  it('serves a real file inside the renderer folder', async () => {
    expect(await resolveRealAppFile(renderer, 'app://ers-trainer/index.html')).toBe(join(renderer, 'index.html'))
  })
  it('refuses a symlink whose target is outside the renderer folder', async () => {
    expect(await resolveRealAppFile(renderer, 'app://ers-trainer/assets/leak.js')).toBeNull()
  })
  it('follows a symlink that stays inside, and serves its real path', async () => {
    expect(await resolveRealAppFile(renderer, 'app://ers-trainer/assets/inside.js')).toBe(join(renderer, 'assets', 'real.js'))
  })
  it('answers a missing file with null, not an error', async () => {
    expect(await resolveRealAppFile(renderer, 'app://ers-trainer/missing.js')).toBeNull()
  })
})

describe('app:// response headers', () => {
  it('forbid content sniffing and carry the content type and the CSP', () => {
    expect(appResponseHeaders('a/app.js', "default-src 'self'")).toEqual({
      'content-type': 'text/javascript; charset=utf-8',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'self'",
    })
  })
})
