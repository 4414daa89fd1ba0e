/**
 * Learner profiles on this PC and which one is using the app now. A learner may change only their
 * own profile; changing someone else's, archiving and restoring need manager mode and are audited.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { AuditEntry, NewLearner } from '../db'
import type { LearnerRecord } from '../domain/model'
import { AUDIT_ACTIONS } from '../domain/audit-actions'
import { MANAGER_ACTOR } from '../domain/manager-identity'
import { ROLE_LABELS } from '../domain/roles'
import { services } from './services'
import { useAppStore } from './use-app-store'
import { AppError } from '../shared/app-error'
import { useManagerSessionStore } from './use-manager-session-store'

type ProfileChanges = Partial<Pick<LearnerRecord, 'name' | 'role' | 'practice' | 'staffId'>>

function describeProfileChanges(before: LearnerRecord, changes: ProfileChanges): string {
  const parts: string[] = []
  if (changes.name !== undefined && changes.name !== before.name) parts.push(`name “${before.name}” → “${changes.name}”`)
  if (changes.role !== undefined && changes.role !== before.role) parts.push(`role ${ROLE_LABELS[before.role]} → ${ROLE_LABELS[changes.role]}`)
  if (changes.practice !== undefined && changes.practice !== before.practice) parts.push(`practice “${before.practice}” → “${changes.practice}”`)
  if (changes.staffId !== undefined && changes.staffId !== (before.staffId ?? '')) parts.push(`staff ID “${before.staffId ?? ''}” → “${changes.staffId}”`)
  return `${before.name} (${before.id}): ${parts.length ? parts.join('; ') : 'no change'}`
}

export const useLearnersStore = defineStore('learners', () => {
  const learners = ref<LearnerRecord[]>([])
  const currentLearnerId = ref<string | null>(null)
  const currentLearner = computed(() => learners.value.find((l) => l.id === currentLearnerId.value) ?? null)

  async function load(): Promise<void> {
    const app = useAppStore()
    // The list is read while the app store starts (settings, app version); the current learner needs both.
    const [list] = await Promise.all([services().repos.learners.list(), app.whenStarted()])
    learners.value = list
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

  /** Your own profile, or (in manager mode, audited) anyone's. */
  async function update(id: string, changes: ProfileChanges): Promise<void> {
    const app = useAppStore()
    const manager = useManagerSessionStore()
    const { repos } = services()
    if (manager.sessionActive()) {
      manager.touch()
      const before = await repos.learners.get(id)
      if (!before) throw new Error(`No learner with id ${id}`)
      const entry: AuditEntry = { actor: MANAGER_ACTOR, action: AUDIT_ACTIONS.learnerEdited, detail: describeProfileChanges(before, changes) }
      await app.guardedWrite(() => repos.audit.withEntries([entry], () => repos.learners.update(id, changes)))
    } else {
      if (id !== currentLearnerId.value) throw new AppError('manager-locked')
      await app.guardedWrite(() => repos.learners.update(id, changes))
    }
    await load()
  }

  /** Archived learners keep their records but leave the switcher. Manager mode only; audited. */
  async function setArchived(id: string, value: boolean): Promise<void> {
    const app = useAppStore()
    useManagerSessionStore().requireSession()
    const { repos } = services()
    const learner = await repos.learners.get(id)
    if (!learner) throw new Error(`No learner with id ${id}`)
    const entry: AuditEntry = {
      actor: MANAGER_ACTOR,
      action: value ? AUDIT_ACTIONS.learnerArchived : AUDIT_ACTIONS.learnerRestored,
      detail: `${learner.name} (${learner.id}, ${ROLE_LABELS[learner.role]}, ${learner.practice})`,
    }
    await app.guardedWrite(() => repos.audit.withEntries([entry], () => repos.learners.update(id, { archived: value })))
    if (value && currentLearnerId.value === id) await switchTo(null)
    await load()
    await loadArchived()
  }

  return { learners, archived, currentLearnerId, currentLearner, load, loadArchived, switchTo, create, update, setArchived }
})
