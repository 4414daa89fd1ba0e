import { IPC_CHANNELS } from '../../src/shared/ipc-channels'
import type { ErsTrainerApi } from '../../src/shared/ipc-contract'

type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>

/**
 * Builds the API from a private invoke function. Each function is bound to its own channel, so the
 * page can call only the channels listed in the contract. Frozen so the page cannot add any.
 */
export function createErsTrainerApi(invoke: Invoke): ErsTrainerApi {
  const api: ErsTrainerApi = {
    saveFile: (request) => invoke(IPC_CHANNELS.saveFile, request) as ReturnType<ErsTrainerApi['saveFile']>,
    openFiles: (request) => invoke(IPC_CHANNELS.openFiles, request) as ReturnType<ErsTrainerApi['openFiles']>,
    appVersion: () => invoke(IPC_CHANNELS.appVersion) as ReturnType<ErsTrainerApi['appVersion']>,
    openExternal: (url) => invoke(IPC_CHANNELS.openExternal, url) as ReturnType<ErsTrainerApi['openExternal']>,
  }
  return Object.freeze(api)
}
