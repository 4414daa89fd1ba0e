/** Channel names and the exposed global's name. Kept free of dependencies: the sandboxed preload imports it. */
export const IPC_CHANNELS = {
  saveFile: 'file:save',
  openFiles: 'file:open',
  appVersion: 'app:version',
  openExternal: 'link:open-external',
} as const

export const EXPOSED_API_KEY = 'ersTrainer'
