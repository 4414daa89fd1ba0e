/** One quiz or assessment run, and its kinds and statuses. */
export const ATTEMPT_KINDS = ['module-check', 'final-assessment', 'locum-refresher', 'practice', 'scenario', 'worklist-sim'] as const
export type AttemptKind = (typeof ATTEMPT_KINDS)[number]

export const ATTEMPT_STATUSES = ['in-progress', 'submitted'] as const
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number]

export interface AttemptRecord {
  id: string
  learnerId: string
  kind: AttemptKind
  moduleId?: string
  /** Seed of the shuffle that drew and ordered the questions, so the attempt can be replayed exactly. */
  seed: number
  questionIds: string[]
  status: AttemptStatus
  currentIndex: number
  contentVersion: string
  startedAt: string
  submittedAt?: string
  score?: number
  passed?: boolean
}
