/** A learner's progress in one module. */
export interface ModuleProgressRecord {
  /** progressId(learnerId, moduleId) */
  id: string
  learnerId: string
  moduleId: string
  lessonsRead: string[]
  checkPassed: boolean
  bestScore?: number
  completedAt?: string
  updatedAt: string
}
