/** How each kind of attempt is drawn and how it gives feedback. */
import type { Module, Question, Role } from '../content/schema'
import type { AttemptKind } from './model'
import { drawModuleCheck, drawStratified, drawWeighted } from './draw'

export const MODULE_CHECK_SIZE = 10
export const FINAL_ASSESSMENT_PER_MODULE = 2
export const REFRESHER_SIZE = 20
export const REFRESHER_PRIORITY_SHARE = 0.7
/**
 * The rules that matter most for a locum: 2WW, deadlines, letters and dummy appointments,
 * appointment types, worklists and returned referrals, downtime.
 */
export const REFRESHER_PRIORITY_MODULES = [
  'm05-urgent-suspected-cancer',
  'm06-slot-issues',
  'm07-referral-letters',
  'm08-appointment-letters',
  'm11-appointment-types',
  'm12-worklists',
  'm13-returned-referrals',
  'm15-downtime',
] as const

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

export function drawLocumRefresher(bank: readonly Question[], modules: readonly Module[], seed: number): string[] {
  const priority = modules.filter((m) => (REFRESHER_PRIORITY_MODULES as readonly string[]).includes(m.id)).map((m) => m.id)
  const others = modules.filter((m) => !priority.includes(m.id)).map((m) => m.id)
  return drawWeighted(bank, priority, others, REFRESHER_SIZE, REFRESHER_PRIORITY_SHARE, seed, 'locum')
}
