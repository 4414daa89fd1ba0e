/**
 * Serves the built renderer from app://ers-trainer/. A fixed custom origin (rather than file://
 * or a dev-server port) keeps IndexedDB in the same place across every version of the app.
 */
import { realpath } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { APP_HOST, APP_SCHEME } from '../../src/shared/app-origin'

/**
 * How app:// is registered. `standard` gives it a real origin (so IndexedDB has a home), `secure`
 * lets it use secure-context APIs such as WebCrypto, and `codeCache` lets V8 keep the compiled app
 * code between launches, which Electron only does for http(s) unless a scheme asks.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } as const

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
}

export function mimeTypeFor(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

/** Maps an app:// URL to a file inside rendererDir, or null if it points anywhere else. */
export function resolveAppFile(rendererDir: string, url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0')) return null
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '')
  const root = normalize(rendererDir + sep)
  const full = normalize(join(rendererDir, relative))
  return full.startsWith(root) ? full : null
}

/**
 * The file to serve after following symlinks, or null if its real path leaves the real renderer
 * folder (a link planted inside the install must not expose the rest of the disk) or it is missing.
 */
export async function resolveRealAppFile(rendererDir: string, url: string): Promise<string | null> {
  const file = resolveAppFile(rendererDir, url)
  if (!file) return null
  try {
    const [realRoot, realFile] = await Promise.all([realpath(rendererDir), realpath(file)])
    return realFile.startsWith(normalize(realRoot + sep)) ? realFile : null
  } catch {
    return null
  }
}

/** Headers for every app:// response: the content type (never sniffed) and the CSP. */
export function appResponseHeaders(file: string, contentSecurityPolicy: string): Record<string, string> {
  return { 'content-type': mimeTypeFor(file), 'x-content-type-options': 'nosniff', 'content-security-policy': contentSecurityPolicy }
}
