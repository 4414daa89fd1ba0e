/** App-wide status: start-up, storage problems and settings. */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { describeStorageError, DEFAULT_SETTINGS, type Settings, type StorageProblem } from '../db'
import { services } from './services'

export const useAppStore = defineStore('app', () => {
  const storageProblem = ref<StorageProblem | null>(null)
  const settings = ref<Settings>({ ...DEFAULT_SETTINGS })
  const recoveredSettings = ref<string[]>([])
  const appVersion = ref('')
  let markStarted: () => void = () => undefined
  const started = new Promise<void>((resolve) => (markStarted = resolve))

  async function start(): Promise<void> {
    try {
      const { repos, platform } = services()
      const read = await repos.settings.read()
      settings.value = read.settings
      recoveredSettings.value = read.recovered
      appVersion.value = await platform.appVersion()
    } finally {
      markStarted()
    }
  }

  /**
   * Resolves once start() has read the settings (or failed to). Route guards wait for it, because
   * the router's first navigation can run before start-up has finished.
   */
  function whenStarted(): Promise<void> {
    return started
  }

  function reportStorageError(error: unknown): StorageProblem {
    const problem = describeStorageError(error)
    storageProblem.value = problem
    return problem
  }

  function setStorageProblem(problem: StorageProblem | null): void {
    storageProblem.value = problem
  }

  /** Runs a write; on failure shows the storage message and rethrows so callers keep their state. */
  async function guardedWrite<T>(write: () => Promise<T>): Promise<T> {
    try {
      const result = await write()
      if (storageProblem.value?.kind === 'quota' || storageProblem.value?.kind === 'unknown') storageProblem.value = null
      return result
    } catch (error) {
      reportStorageError(error)
      throw error
    }
  }

  async function updateSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
    await guardedWrite(() => services().repos.settings.write(key, value))
    settings.value = { ...settings.value, [key]: value }
  }

  /** Shows settings another store has already saved (for example together with their audit entries). */
  function applySavedSettings(changes: Partial<Settings>): void {
    settings.value = { ...settings.value, ...changes }
  }

  return { storageProblem, settings, recoveredSettings, appVersion, start, whenStarted, reportStorageError, setStorageProblem, guardedWrite, updateSetting, applySavedSettings }
})
