/** How each kind of attempt is drawn and how it gives feedback. */
import type { Module, Question, Role } from '../content/schema'
import type { AttemptKind } from './model'
import { drawModuleCheck, drawStratified, drawWeighted } from './draw'

export const MODULE_CHECK_SIZE = 10
export const FINAL_ASSESSMENT_PER_MODULE = 2
export const REFRESHER_SIZE = 20
export const REFRESHER_PRIORITY_SHARE = 0.7

/** Immediate feedback while learning; deferred feedback (then a full review) when being assessed. */
export function feedbackMode(kind: AttemptKind): 'immediate' | 'deferred' {
  return kind === 'final-assessment' || kind === 'locum-refresher' ? 'deferred' : 'immediate'
}

export function drawForModuleCheck(bank: readonly Question[], moduleId: string, seed: number, role: Role, lastAttemptQuestions: readonly string[]): string[] {
  return drawModuleCheck(bank, moduleId, MODULE_CHECK_SIZE, seed, { role, avoid: lastAttemptQuestions })
}

export function drawFinalAssessment(bank: readonly Question[], modules: readonly Module[], seed: number, role: Role): string[] {
  return drawStratified(bank, modules.map((m) => m.id), modules.length * FINAL_ASSESSMENT_PER_MODULE, seed, role)
}

/** REFRESHER_PRIORITY_SHARE of the questions come from the modules marked `refresherPriority` in content/modules/. */
export function drawLocumRefresher(bank: readonly Question[], modules: readonly Module[], seed: number): string[] {
  const priority = modules.filter((m) => m.refresherPriority === true).map((m) => m.id)
  const others = modules.filter((m) => !priority.includes(m.id)).map((m) => m.id)
  return drawWeighted(bank, priority, others, REFRESHER_SIZE, REFRESHER_PRIORITY_SHARE, seed, 'locum')
}
