import type { ErsTrainerApi } from '../shared/ipc-contract'
import type { PlatformApi } from './platform-api'

export function createElectronPlatform(api: ErsTrainerApi): PlatformApi {
  return {
    kind: 'electron',
    saveFile: (suggestedName, bytes, filters) => api.saveFile({ suggestedName, bytes, filters }),
    openFiles: (filters, options) => api.openFiles({ filters, multiple: options?.multiple ?? false }),
    appVersion: () => api.appVersion(),
    openExternal: (url) => api.openExternal(url),
  }
}
