/** Learner profiles on this PC and which one is using the app now. */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { LearnerRecord, NewLearner } from '../db'
import { services } from './services'
import { useAppStore } from './use-app-store'

export const useLearnersStore = defineStore('learners', () => {
  const learners = ref<LearnerRecord[]>([])
  const currentLearnerId = ref<string | null>(null)
  const currentLearner = computed(() => learners.value.find((l) => l.id === currentLearnerId.value) ?? null)

  async function load(): Promise<void> {
    const app = useAppStore()
    learners.value = await services().repos.learners.list()
    const remembered = app.settings.currentLearnerId
    currentLearnerId.value = learners.value.some((l) => l.id === remembered) ? remembered : null
  }

  async function switchTo(id: string | null): Promise<void> {
    const app = useAppStore()
    await app.updateSetting('currentLearnerId', id)
    currentLearnerId.value = id
  }

  async function create(input: NewLearner): Promise<LearnerRecord> {
    const app = useAppStore()
    const learner = await app.guardedWrite(() => services().repos.learners.create(input))
    learners.value = [...learners.value, learner].sort((a, b) => a.name.localeCompare(b.name))
    await switchTo(learner.id)
    return learner
  }

  const archived = ref<LearnerRecord[]>([])

  async function loadArchived(): Promise<void> {
    archived.value = (await services().repos.learners.list({ includeArchived: true })).filter((l) => l.archived)
  }

  async function update(id: string, changes: Partial<Pick<LearnerRecord, 'name' | 'role' | 'practice' | 'staffId'>>): Promise<void> {
    const app = useAppStore()
    await app.guardedWrite(() => services().repos.learners.update(id, changes))
    await load()
  }

  /** Archived learners keep their records but leave the switcher. */
  async function setArchived(id: string, value: boolean): Promise<void> {
    const app = useAppStore()
    await app.guardedWrite(() => services().repos.learners.update(id, { archived: value }))
    if (value && currentLearnerId.value === id) await switchTo(null)
    await load()
    await loadArchived()
  }

  return { learners, archived, currentLearnerId, currentLearner, load, loadArchived, switchTo, create, update, setArchived }
})
