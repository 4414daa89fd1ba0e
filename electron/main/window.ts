import type { BrowserWindowConstructorOptions } from 'electron'

/**
 * Window options with every Electron security switch set the safe way. Pure, so it is unit-tested.
 * DevTools exist only in development: in the packaged app they could rewrite the stored records.
 */
export function secureWindowOptions(preloadPath: string, isPackaged: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 600,
    show: false,
    title: 'e-RS Trainer',
    backgroundColor: '#f0f4f5',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: !isPackaged,
    },
  }
}
