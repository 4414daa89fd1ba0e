// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import type { PlatformApi } from '../../../src/platform'
import { setServices } from '../../../src/stores/services'
import { useAppStore } from '../../../src/stores/use-app-store'
import { useLearnersStore } from '../../../src/stores/use-learners-store'
import { freshFactory, testRepositories } from '../db/test-db'

const platform: PlatformApi = {
  kind: 'browser',
  saveFile: async () => ({ saved: true }),
  openFiles: async () => [],
  appVersion: async () => '1.0.0-test',
  openExternal: async () => false,
}

async function startApp(factory = freshFactory()) {
  setActivePinia(createPinia())
  setServices({ repos: await testRepositories(factory), platform })
  const app = useAppStore()
  await app.start()
  const learners = useLearnersStore()
  await learners.load()
  return { app, learners }
}

describe('learners store', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('starts with nobody selected on a new PC', async () => {
    const { learners, app } = await startApp()
    expect(learners.learners).toEqual([])
    expect(learners.currentLearner).toBeNull()
    expect(app.appVersion).toBe('1.0.0-test')
  })

  it('selects a learner when they are created, and remembers them after a restart', async () => {
    const factory = freshFactory()
    const first = await startApp(factory)
    await first.learners.create({ name: 'Priya Testperson', role: 'clinician', practice: 'Synthetic Surgery' })
    expect(first.learners.currentLearner?.name).toBe('Priya Testperson')

    const second = await startApp(factory)
    expect(second.learners.currentLearner?.name).toBe('Priya Testperson')
  })

  it('switching to nobody is remembered too', async () => {
    const factory = freshFactory()
    const first = await startApp(factory)
    await first.learners.create({ name: 'A', role: 'admin', practice: 'P' })
    await first.learners.switchTo(null)
    const second = await startApp(factory)
    expect(second.learners.currentLearner).toBeNull()
    expect(second.learners.learners).toHaveLength(1)
  })
})
