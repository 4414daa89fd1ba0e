/** Native save and open dialogs: the two things a browser page cannot do as well. */
import { BrowserWindow, dialog } from 'electron'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { MAX_FILE_BYTES } from '../../../src/shared/ipc-contract'
import { handle, type SenderPolicy } from './handle'

export function setupFileIpc(policy: SenderPolicy): void {
  handle('saveFile', policy, async (event, request) => {
    const window = BrowserWindow.fromWebContents(event.sender)
    const options = { defaultPath: request.suggestedName, filters: request.filters }
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
    if (result.canceled || !result.filePath) return { saved: false }
    await writeFile(result.filePath, request.bytes)
    return { saved: true, location: result.filePath }
  })

  handle('openFiles', policy, async (event, request) => {
    const window = BrowserWindow.fromWebContents(event.sender)
    const properties: Array<'openFile' | 'multiSelections'> = request.multiple ? ['openFile', 'multiSelections'] : ['openFile']
    const options = { filters: request.filters, properties }
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
    if (result.canceled) return []
    const files = []
    for (const path of result.filePaths) {
      if ((await stat(path)).size > MAX_FILE_BYTES) throw new Error(`${basename(path)} is larger than the app accepts`)
      files.push({ name: basename(path), bytes: new Uint8Array(await readFile(path)) })
    }
    return files
  })
}
