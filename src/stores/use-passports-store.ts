/** Moving a learner's whole record between PCs as a progress passport file. */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { passportFileName, serialisePassport } from '../domain/passport'
import type { PickedFile } from '../platform'
import { services } from './services'
import { useAppStore } from './use-app-store'
import { useContentStore } from './use-content-store'
import { useLearnersStore } from './use-learners-store'
import { useProgressStore } from './use-progress-store'

export interface FileImportResult {
  fileName: string
  outcome: 'imported' | 'already-present' | 'refused'
  message: string
}

export const usePassportsStore = defineStore('passports', () => {
  const busy = ref(false)

  async function exportLearner(learnerId: string): Promise<string> {
    const { repos, platform } = services()
    const app = useAppStore()
    const bundle = await useContentStore().ensureLoaded()
    busy.value = true
    try {
      const exportedAt = new Date()
      const passport = await repos.passports.exportPassport(learnerId, {
        exportedAt,
        app: { name: 'e-RS Trainer', version: app.appVersion },
        contentVersion: bundle?.pack.contentVersion ?? 'unknown',
      })
      const fileName = passportFileName(passport.learner.name, exportedAt)
      const result = await platform.saveFile(fileName, new TextEncoder().encode(serialisePassport(passport)), [{ name: 'Progress passport', extensions: ['json'] }])
      return result.saved ? `Saved ${fileName}${result.location ? ` to ${result.location}` : ''}.` : 'Not saved.'
    } finally {
      busy.value = false
    }
  }

  /** Imports each file on its own: one bad file never stops (or half-writes) the others. */
  async function importFiles(files: Array<{ name: string; bytes: Uint8Array }>, actor: string, onProgress?: (done: number, total: number) => void): Promise<FileImportResult[]> {
    const { repos } = services()
    const app = useAppStore()
    busy.value = true
    const results: FileImportResult[] = []
    try {
      for (const [index, file] of files.entries()) {
        let text: string
        try {
          text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes)
        } catch {
          results.push({ fileName: file.name, outcome: 'refused', message: 'This file is not a progress passport: it is not text. Nothing has been imported.' })
          onProgress?.(index + 1, files.length)
          continue
        }
        try {
          const result = await repos.passports.importText(text, actor)
          if (!result.ok) results.push({ fileName: file.name, outcome: 'refused', message: result.message })
          else results.push({ fileName: file.name, outcome: result.alreadyPresent ? 'already-present' : 'imported', message: result.alreadyPresent ? 'Already on this PC: nothing new to add.' : result.summary })
        } catch (error) {
          app.reportStorageError(error)
          results.push({ fileName: file.name, outcome: 'refused', message: 'It could not be saved on this PC (see the message above). Nothing has been imported.' })
        }
        onProgress?.(index + 1, files.length)
      }
      await useLearnersStore().load()
      await useProgressStore().load()
      return results
    } finally {
      busy.value = false
    }
  }

  /** Asks for passport files (the native dialog, or the browser's file picker); none if cancelled. */
  function choosePassportFiles(): Promise<PickedFile[]> {
    return services().platform.openFiles([{ name: 'Progress passport', extensions: ['json'] }], { multiple: true })
  }

  return { busy, exportLearner, importFiles, choosePassportFiles }
})
