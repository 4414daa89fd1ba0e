/** App lifecycle: one instance, one secure window, the app:// origin, the menu and the IPC handlers. */
import { app, BrowserWindow, Menu, protocol, session, shell } from 'electron'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { APP_ORIGIN, APP_SCHEME } from '../../src/shared/app-origin'
import { APP_SCHEME_PRIVILEGES, appResponseHeaders, resolveRealAppFile } from './app-protocol'
import { CONTENT_SECURITY_POLICY } from './csp'
import { setupAppInfoIpc } from './ipc/app-info'
import { setupFileIpc } from './ipc/files'
import { debugSwitchesIn, devRendererUrl } from './launch-guard'
import { buildAppMenu } from './menu'
import { decideWindowOpen, isInAppNavigation } from './navigation'
import { secureWindowOptions } from './window'

// The packaged app refuses to start with a debugger or DevTools server switch.
const refusedSwitches = app.isPackaged ? debugSwitchesIn(process.argv) : []
if (refusedSwitches.length > 0) {
  console.error(`e-RS Trainer will not start with debugging switches: ${refusedSwitches.map((s) => `--${s}`).join(', ')}`)
  app.exit(1)
}
const devServerUrl = devRendererUrl(process.env, app.isPackaged)
const appOrigins = devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN]
const rendererDir = join(import.meta.dirname, '../renderer')
let mainWindow: BrowserWindow | null = null

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES },
])

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  void app.whenReady().then(start)
}

async function start(): Promise<void> {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = await resolveRealAppFile(rendererDir, request.url)
    if (!file) return new Response('Not found', { status: 404 })
    try {
      const body = await readFile(file)
      return new Response(body, { headers: appResponseHeaders(file, CONTENT_SECURITY_POLICY) })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  })

  // No page may use the camera, notifications, geolocation or anything else.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
  // Nothing leaves the machine: block every request that is not our own origin (or the dev server).
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isInAppNavigation(details.url, appOrigins) || details.url.startsWith('devtools:') || details.url.startsWith('data:') || details.url.startsWith('blob:')
    callback({ cancel: !allowed })
  })

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isInAppNavigation(url, appOrigins)) event.preventDefault()
    })
    contents.on('will-redirect', (event, url) => {
      if (!isInAppNavigation(url, appOrigins)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      const decision = decideWindowOpen(url)
      if (decision.openExternally) void shell.openExternal(decision.openExternally)
      return { action: decision.action }
    })
  })

  const policy = { appOrigins }
  setupFileIpc(policy)
  setupAppInfoIpc(policy)
  if (app.isPackaged) {
    // A second line of defence behind devTools: false, should anything try to open them.
    app.on('browser-window-created', (_event, window) => window.webContents.on('devtools-opened', () => window.webContents.closeDevTools()))
  }

  Menu.setApplicationMenu(buildAppMenu(() => mainWindow))
  createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
}

function createWindow(): void {
  mainWindow = new BrowserWindow(secureWindowOptions(join(import.meta.dirname, '../preload/index.cjs'), app.isPackaged))
  mainWindow.once('ready-to-show', () => mainWindow?.show())
  mainWindow.on('closed', () => {
    mainWindow = null
  })
  void mainWindow.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`)
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

