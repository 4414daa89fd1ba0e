/** Picks the platform at start: Electron when the preload exposed its API, the browser otherwise. */
import { EXPOSED_API_KEY } from '../shared/ipc-channels'
import type { ErsTrainerApi } from '../shared/ipc-contract'
import { createBrowserPlatform } from './browser-platform'
import { createElectronPlatform } from './electron-platform'
import type { PlatformApi } from './platform-api'

export function detectPlatform(win: Window, version: string): PlatformApi {
  const exposed = (win as unknown as Record<string, unknown>)[EXPOSED_API_KEY]
  if (exposed && typeof exposed === 'object') return createElectronPlatform(exposed as ErsTrainerApi)
  return createBrowserPlatform(win.document, version)
}

export type { PlatformApi, FileFilter, PickedFile, SaveResult } from './platform-api'
