/** What the renderer may ask of the machine it runs on, in Electron or in a plain browser. */
export interface FileFilter {
  name: string
  extensions: string[]
}

export interface SaveResult {
  saved: boolean
  /** Human description of where the file went ("Downloads", or a path). */
  location?: string
}

export interface PickedFile {
  name: string
  bytes: Uint8Array
}

export interface PlatformApi {
  readonly kind: 'electron' | 'browser'
  saveFile(suggestedName: string, bytes: Uint8Array, filters: FileFilter[]): Promise<SaveResult>
  openFiles(filters: FileFilter[], options?: { multiple?: boolean }): Promise<PickedFile[]>
  appVersion(): Promise<string>
  /** Opens an allow-listed link in the user's own browser; returns false if the link is not allowed. */
  openExternal(url: string): Promise<boolean>
}
