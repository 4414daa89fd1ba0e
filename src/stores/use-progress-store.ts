/** The current learner's progress: modules, attempts and practice due. Reloaded when the learner changes. */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { AttemptRecord, CertificateRecord, ModuleProgressRecord, ReviewItemRecord } from '../domain/model'
import { localToday } from '../domain/iso-date'
import { services } from './services'
import { useAppStore } from './use-app-store'
import { useLearnersStore } from './use-learners-store'

export const useProgressStore = defineStore('progress', () => {
  const progress = ref<Map<string, ModuleProgressRecord>>(new Map())
  const attempts = ref<AttemptRecord[]>([])
  const reviewItems = ref<ReviewItemRecord[]>([])
  const certificates = ref<CertificateRecord[]>([])
  const loadedFor = ref<string | null>(null)

  const dueToday = computed(() => {
    const today = localToday()
    return reviewItems.value.filter((r) => r.due <= today)
  })

  async function load(): Promise<void> {
    const learner = useLearnersStore().currentLearner
    if (!learner) {
      progress.value = new Map()
      attempts.value = []
      reviewItems.value = []
      certificates.value = []
      loadedFor.value = null
      return
    }
    const { repos } = services()
    const [p, a, r, c] = await Promise.all([
      repos.progress.forLearner(learner.id),
      repos.attempts.forLearner(learner.id),
      repos.review.forLearner(learner.id),
      repos.certificates.forLearner(learner.id),
    ])
    certificates.value = c
    progress.value = new Map(p.map((x) => [x.moduleId, x]))
    attempts.value = a
    reviewItems.value = r
    loadedFor.value = learner.id
  }

  async function markLessonRead(moduleId: string, lessonId: string): Promise<void> {
    const learner = useLearnersStore().currentLearner
    if (!learner) return
    const record = await useAppStore().guardedWrite(() => services().repos.progress.markLessonRead(learner.id, moduleId, lessonId))
    progress.value = new Map(progress.value).set(moduleId, record)
  }

  return { progress, attempts, reviewItems, certificates, dueToday, loadedFor, load, markLessonRead }
})
