/** Start-up: pick the platform, open storage, then mount the app (or a clear error, never a blank page). */
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import StartupError from './StartupError.vue'
import { installRouteFocus } from './composables/use-route-focus'
import { describeStorageError, openRepositories } from './db'
import { detectPlatform } from './platform'
import { createAppRouter } from './router'
import { setServices } from './stores/services'
import { useAppStore } from './stores/use-app-store'
import { useLearnersStore } from './stores/use-learners-store'
import './styles/main.scss'

async function start(): Promise<void> {
  const platform = detectPlatform(window, __APP_VERSION__)
  const pinia = createPinia()
  let repos
  try {
    repos = await openRepositories({ onProblem: (problem) => useAppStore(pinia).setStorageProblem(problem) })
  } catch (error) {
    const problem = describeStorageError(error)
    console.error('Storage could not be opened', error)
    createApp(StartupError, { title: problem.title, message: problem.message }).mount('#app')
    return
  }
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
    await useAppStore(pinia).start()
    await useLearnersStore(pinia).load()
  } catch (error) {
    useAppStore(pinia).reportStorageError(error)
  }
  await router.isReady().catch(() => undefined)
  app.mount('#app')
  document.documentElement.dataset['ready'] = 'true'
}

void start()
