/** A learner's standing in a module, and which modules their role must complete. */
import type { Module } from '../content/schema'
import type { ModuleProgressRecord, Role } from './model'

export type ModuleStatus = 'not-started' | 'in-progress' | 'completed'

export interface ModuleStanding {
  status: ModuleStatus
  lessonsRead: number
  lessonsTotal: number
  checkPassed: boolean
  /** 0–100: lessons read count for most of it, passing the check for the last step. */
  percent: number
}

export function moduleStanding(module: Module, progress: Pick<ModuleProgressRecord, 'lessonsRead' | 'checkPassed'> | undefined): ModuleStanding {
  const lessonIds = new Set(module.lessons.map((l) => l.id))
  const read = (progress?.lessonsRead ?? []).filter((id) => lessonIds.has(id)).length
  const checkPassed = progress?.checkPassed ?? false
  const steps = module.lessons.length + 1
  const percent = Math.round(((read + (checkPassed ? 1 : 0)) / steps) * 100)
  const status: ModuleStatus = read === module.lessons.length && checkPassed ? 'completed' : read > 0 || checkPassed ? 'in-progress' : 'not-started'
  return { status, lessonsRead: read, lessonsTotal: module.lessons.length, checkPassed, percent }
}

export const MODULE_STATUS_TEXT: Readonly<Record<ModuleStatus, string>> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
}

/** Modules a role must complete: the practice's choice if set, else every module written for the role. */
export function modulesForRole(modules: readonly Module[], role: Role, mandatory: readonly string[] | null | undefined): Module[] {
  if (mandatory && mandatory.length) return modules.filter((m) => mandatory.includes(m.id))
  return modules.filter((m) => m.roles.includes(role))
}
