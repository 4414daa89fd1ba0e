/**
 * Practice manager mode: the PIN (set once, changed in Settings), unlocking with lockout after
 * repeated wrong tries, and the unlocked session.
 *
 * The session lives in memory only: it ends on "Lock manager mode", on reload and after
 * MANAGER_IDLE_MINUTES without use. The PIN (as a salted hash) and the lockout are settings, so a
 * reload neither forgets the PIN nor resets a lockout. Every PIN change, unlock, wrong try and
 * lockout goes to the audit log together with the setting it changes (one transaction).
 *
 * This keeps honest people honest on a shared PC; it is not encryption.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { AuditEntry, Settings } from '../db'
import { AUDIT_ACTIONS } from '../domain/audit-actions'
import { MANAGER_ACTOR, pinAttempterText, SOMEONE_AT_THIS_PC } from '../domain/manager-identity'
import {
  hashPin,
  LOCKOUT_MINUTES,
  lockStatus,
  MAX_PIN_ATTEMPTS,
  NO_LOCKOUT,
  registerFailure,
  registerSuccess,
  validatePinFormat,
  verifyPin,
  type LockoutState,
} from '../domain/manager-pin'
import { AppError } from '../shared/app-error'
import { services } from './services'
import { useAppStore } from './use-app-store'

export const MANAGER_IDLE_MINUTES = 15
const IDLE_LIMIT_MS = MANAGER_IDLE_MINUTES * 60_000

export type PinCheck =
  | { ok: true }
  | { ok: false; reason: 'no-pin' }
  | { ok: false; reason: 'wrong'; triesLeft: number }
  /** `justLocked`: this try was the one that locked it. */
  | { ok: false; reason: 'locked'; minutesLeft: number; justLocked: boolean }

export type LockReason = 'manual' | 'idle' | 'lockout'

const minutesFrom = (seconds: number): number => Math.max(1, Math.ceil(seconds / 60))

export const useManagerSessionStore = defineStore('manager-session', () => {
  const app = useAppStore()
  const unlocked = ref(false)
  /** Why the session last ended (shown on the unlock page), or null. */
  const lockedBecause = ref<LockReason | null>(null)
  const busy = ref(false)
  let lastActivityAt = 0

  const hasPin = computed(() => app.settings.managerPin !== null)

  /** The lockout now, from the settings as last read. */
  function lockNow(): { locked: boolean; minutesLeft: number } {
    const status = lockStatus(app.settings.managerLockout, new Date().toISOString())
    return { locked: status.locked, minutesLeft: status.locked ? minutesFrom(status.secondsLeft) : 0 }
  }

  /** Saves settings and their audit entries in one transaction, then shows them in the app. */
  async function saveAudited(changes: Partial<Settings>, entries: readonly AuditEntry[]): Promise<void> {
    const { repos } = services()
    await app.guardedWrite(() =>
      repos.audit.withEntries(entries, async () => {
        for (const [key, value] of Object.entries(changes) as Array<[keyof Settings, Settings[keyof Settings]]>) await repos.settings.write(key, value)
      }),
    )
    app.applySavedSettings(changes)
  }

  /** Re-reads the PIN and lockout from storage, so another window's wrong tries count here too. */
  async function refreshFromStorage(): Promise<void> {
    const { settings } = await services().repos.settings.read()
    app.applySavedSettings({ managerPin: settings.managerPin, managerLockout: settings.managerLockout })
  }

  /** The learner chosen in the menu, read from storage (so this store need not know the learners store). */
  async function whoIsTrying(): Promise<string> {
    const chosen = app.settings.currentLearnerId
    const learner = chosen ? await services().repos.learners.get(chosen) : undefined
    return pinAttempterText(learner?.name ?? null)
  }

  /** Counts a wrong PIN (and a lockout when it is the last allowed). */
  async function recordFailure(current: LockoutState, context: string): Promise<PinCheck> {
    const nowIso = new Date().toISOString()
    const next = registerFailure(current, nowIso)
    const status = lockStatus(next, nowIso)
    const tryNumber = status.locked ? MAX_PIN_ATTEMPTS : next.failedAttempts
    const entries: AuditEntry[] = [
      { actor: SOMEONE_AT_THIS_PC, action: AUDIT_ACTIONS.unlockFailed, detail: `Wrong PIN ${context} (${tryNumber} of ${MAX_PIN_ATTEMPTS} tries; ${await whoIsTrying()})` },
    ]
    if (status.locked) {
      entries.push({
        actor: 'e-RS Trainer',
        action: AUDIT_ACTIONS.lockout,
        detail: `Manager mode locked for ${LOCKOUT_MINUTES} minutes after ${MAX_PIN_ATTEMPTS} wrong PINs, until ${next.lockedUntil ?? ''}`,
      })
    }
    await saveAudited({ managerLockout: next }, entries)
    if (status.locked) return { ok: false, reason: 'locked', minutesLeft: minutesFrom(status.secondsLeft), justLocked: true }
    return { ok: false, reason: 'wrong', triesLeft: MAX_PIN_ATTEMPTS - next.failedAttempts }
  }

  /** Checks a PIN against the stored hash, honouring and updating the lockout. Opens nothing. */
  async function checkPin(pin: string, context: string): Promise<PinCheck> {
    await refreshFromStorage()
    const stored = app.settings.managerPin
    if (!stored) return { ok: false, reason: 'no-pin' }
    const before = lockNow()
    if (before.locked) return { ok: false, reason: 'locked', minutesLeft: before.minutesLeft, justLocked: false }
    if (!(await verifyPin(pin, stored))) return recordFailure(app.settings.managerLockout, context)
    return { ok: true }
  }

  function startSession(): void {
    unlocked.value = true
    lockedBecause.value = null
    lastActivityAt = Date.now()
  }

  async function unlock(pin: string): Promise<PinCheck> {
    busy.value = true
    try {
      const result = await checkPin(pin, 'to unlock manager mode')
      if (!result.ok) return result
      await saveAudited({ managerLockout: registerSuccess(app.settings.managerLockout) }, [
        { actor: MANAGER_ACTOR, action: AUDIT_ACTIONS.unlock, detail: 'Manager mode unlocked with the PIN' },
      ])
      startSession()
      return result
    } finally {
      busy.value = false
    }
  }

  /** The first time only: stores the new PIN's salted hash and opens manager mode. */
  async function setFirstPin(pin: string): Promise<void> {
    const problem = validatePinFormat(pin)
    if (problem) throw new RangeError(problem)
    busy.value = true
    try {
      await refreshFromStorage()
      if (app.settings.managerPin) throw new AppError('pin-already-set')
      const stored = await hashPin(pin)
      const { repos } = services()
      await app.guardedWrite(() =>
        repos.audit.withEntries([{ actor: MANAGER_ACTOR, action: AUDIT_ACTIONS.pinSet, detail: 'Practice manager PIN set for the first time' }], async () => {
          // Checked again inside the transaction: two windows cannot both set the "first" PIN.
          if ((await repos.settings.read()).settings.managerPin) throw new AppError('pin-already-set')
          await repos.settings.write('managerPin', stored)
          await repos.settings.write('managerLockout', { ...NO_LOCKOUT })
        }),
      )
      app.applySavedSettings({ managerPin: stored, managerLockout: { ...NO_LOCKOUT } })
      startSession()
    } finally {
      busy.value = false
    }
  }

  /** In manager mode: the current PIN (counted like an unlock try) and a new one. */
  async function changePin(currentPin: string, newPin: string): Promise<PinCheck> {
    requireSession()
    const problem = validatePinFormat(newPin)
    if (problem) throw new RangeError(problem)
    busy.value = true
    try {
      const result = await checkPin(currentPin, 'when changing the PIN')
      if (!result.ok) {
        if (result.reason === 'locked') endSession('lockout')
        return result
      }
      const stored = await hashPin(newPin)
      await saveAudited({ managerPin: stored, managerLockout: { ...NO_LOCKOUT } }, [
        { actor: MANAGER_ACTOR, action: AUDIT_ACTIONS.pinChanged, detail: 'Practice manager PIN changed' },
      ])
      touch()
      return result
    } finally {
      busy.value = false
    }
  }

  function endSession(reason: LockReason): void {
    unlocked.value = false
    lockedBecause.value = reason
  }

  /** "Lock manager mode", or the idle timeout. */
  async function lock(reason: LockReason = 'manual'): Promise<void> {
    if (!unlocked.value) return
    endSession(reason)
    const detail = reason === 'idle' ? `Manager mode locked after ${MANAGER_IDLE_MINUTES} minutes without use` : 'Manager mode locked'
    try {
      await services().repos.audit.record(MANAGER_ACTOR, AUDIT_ACTIONS.lock, detail)
    } catch (error) {
      app.reportStorageError(error)
    }
  }

  /** Whether manager mode is open now; ends the session if it has been idle too long. */
  function sessionActive(): boolean {
    if (!unlocked.value) return false
    if (Date.now() - lastActivityAt >= IDLE_LIMIT_MS) {
      void lock('idle')
      return false
    }
    return true
  }

  /** Any use of the app while unlocked (a key press, a click) keeps the session open. */
  function touch(): void {
    if (sessionActive()) lastActivityAt = Date.now()
  }

  /** Manager actions call this first: it throws when manager mode is not open. */
  function requireSession(): void {
    if (!sessionActive()) throw new AppError('manager-locked')
    lastActivityAt = Date.now()
  }

  return { unlocked, lockedBecause, busy, hasPin, lockNow, unlock, setFirstPin, changePin, lock, sessionActive, touch, requireSession }
})
