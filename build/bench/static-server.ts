/** A small static file server for the bench: 127.0.0.1 only, a free port, folders mounted by URL prefix. */
import { createReadStream, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, resolve, sep } from 'node:path'

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
}

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  origin: string
  close: () => Promise<void>
}

/** `mounts` maps a URL prefix ('/web/') to a folder; anything outside a mounted folder is a 404. */
export async function startStaticServer(mounts: Readonly<Record<string, string>>): Promise<StaticServer> {
  const roots = Object.entries(mounts).map(([prefix, dir]) => ({ prefix, dir: resolve(dir) }))
  const server: Server = createServer((request, response) => {
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    } catch {
      response.writeHead(400).end()
      return
    }
    const mount = roots.find((r) => pathname.startsWith(r.prefix))
    const file = mount ? resolve(mount.dir, `.${sep}${pathname.slice(mount.prefix.length) || 'index.html'}`) : null
    const size = file && (file === mount?.dir || file.startsWith(mount?.dir + sep)) ? fileSize(file) : null
    if (!file || size === null || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    response.writeHead(200, {
      'content-type': MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': size,
      // Every run starts in a fresh browser context anyway; this keeps reloads honest too.
      'cache-control': 'no-store',
    })
    if (request.method === 'HEAD') response.end()
    else createReadStream(file).pipe(response)
  })
  // Keep-alive sockets would hold close() open until they time out.
  server.keepAliveTimeout = 1000
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => done())
  })
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}

function fileSize(file: string): number | null {
  try {
    const stats = statSync(file)
    return stats.isFile() ? stats.size : null
  } catch {
    return null
  }
}
