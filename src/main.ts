/** Start-up: pick the platform, open storage, then mount the app (or a clear error, never a blank page). */
// First, so that opening IndexedDB overlaps evaluating everything below (see storage-start.ts).
import { onStorageProblem, storageOpening } from './storage-start'
import { createPinia } from 'pinia'
import { createApp, ref } from 'vue'
import App from './App.vue'
import StartupError from './StartupError.vue'
import StartupWaiting from './StartupWaiting.vue'
import { showWhileSlow } from './show-while-slow'
import { installRouteFocus } from './composables/use-route-focus'
import { describeStorageError, type StorageProblem } from './db'
import { detectPlatform } from './platform'
import { createAppRouter } from './router'
import { setServices } from './stores/services'
import { useAppStore } from './stores/use-app-store'
import { useLearnersStore } from './stores/use-learners-store'
import './styles/main.scss'

/** Opening storage normally takes milliseconds; past this, say what is happening. */
const SLOW_STORAGE_MS = 500

/** A problem reported while storage is still opening (another window holding it), for the waiting screen. */
const openingProblem = ref<StorageProblem | null>(null)

// Named, not written inline: vue/one-component-per-file takes an object literal passed to
// createApp for a component definition.
const waitingProps = { problem: openingProblem }

function showStartupWaiting(): () => void {
  const waiting = createApp(StartupWaiting, waitingProps)
  waiting.mount('#app')
  return () => waiting.unmount()
}

async function start(): Promise<void> {
  performance.mark('ers:modules-evaluated')
  const platform = detectPlatform(window, __APP_VERSION__)
  const pinia = createPinia()
  // Until storage is open, problems go to the waiting screen; a "blocked" one there is over once it opens.
  onStorageProblem((problem) => (openingProblem.value = problem))
  let repos
  try {
    repos = await showWhileSlow(storageOpening, showStartupWaiting, SLOW_STORAGE_MS)
  } catch (error) {
    const problem = describeStorageError(error)
    console.error('Storage could not be opened', error)
    createApp(StartupError, { title: problem.title, message: problem.message }).mount('#app')
    return
  }
  performance.mark('ers:storage-open')
  onStorageProblem((problem) => useAppStore(pinia).setStorageProblem(problem))
  setServices({ repos, platform })
  const app = createApp(App)
  app.use(pinia)
  const router = createAppRouter()
  installRouteFocus(router, document)
  app.use(router)
  app.config.errorHandler = (error) => {
    console.error(error)
    useAppStore(pinia).setStorageProblem({
      kind: 'unknown',
      title: 'Something went wrong on this screen',
      message: 'Go back or reload the app. Your saved training records are not affected.',
    })
  }
  try {
    // Side by side: the learners store waits for the app store only to pick the current learner.
    await Promise.all([useAppStore(pinia).start(), useLearnersStore(pinia).load()])
    performance.mark('ers:data-read')
  } catch (error) {
    useAppStore(pinia).reportStorageError(error)
  }
  await router.isReady().catch(() => undefined)
  app.mount('#app')
  performance.mark('ers:mounted')
  document.documentElement.dataset['ready'] = 'true'
}

void start()
