import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
// Bundled from content/pack.yaml at build time (electron.vite.config.ts), like the renderer's content.
import { packIdentity, packLabel } from '../../src/content/pack-identity'

export function aboutText(version: string): string {
  return [
    `e-RS Trainer ${version}`,
    `Offline training in the NHS e-Referral Service for GP practices in ${packIdentity.area}.`,
    `Teaches the ${packLabel(packIdentity)}.`,
    'Progress is stored only on this computer.',
  ].join('\n')
}

export function buildAppMenu(getWindow: () => BrowserWindow | null): Menu {
  const showAbout = async (): Promise<void> => {
    const window = getWindow()
    const options = { type: 'info' as const, title: 'About e-RS Trainer', message: 'e-RS Trainer', detail: aboutText(app.getVersion()), buttons: ['OK'] }
    if (window) await dialog.showMessageBox(window, options)
    else await dialog.showMessageBox(options)
  }
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin'
      ? [{ label: 'e-RS Trainer', submenu: [{ label: 'About e-RS Trainer', click: showAbout }, { type: 'separator' as const }, { role: 'quit' as const }] }]
      : [{ label: 'File', submenu: [{ role: 'quit' as const }] }]),
    { label: 'Edit', submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }] },
    { label: 'View', submenu: [{ role: 'reload' }, { type: 'separator' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }] },
    { label: 'Help', submenu: [{ label: 'About e-RS Trainer', click: showAbout }] },
  ]
  return Menu.buildFromTemplate(template)
}
