/** The shapes stored in IndexedDB. Dates are ISO strings so records export to JSON unchanged. */
import type { Role } from '../content/schema'
import type { LearnerAttemptSummary } from '../domain/learner-attempt-summary'
import type { QuestionTally } from '../domain/question-tally'

export interface LearnerRecord {
  id: string
  name: string
  role: Role
  practice: string
  staffId?: string
  archived: boolean
  createdAt: string
  updatedAt: string
}

export type AttemptKind = 'module-check' | 'final-assessment' | 'locum-refresher' | 'practice' | 'scenario' | 'worklist-sim'
export type AttemptStatus = 'in-progress' | 'submitted'

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

export interface AnswerRecord {
  /** `${attemptId}:${questionId}`: answering again replaces, never duplicates. */
  id: string
  attemptId: string
  learnerId: string
  questionId: string
  response: unknown
  correct: boolean
  answeredAt: string
}

export interface ModuleProgressRecord {
  /** `${learnerId}:${moduleId}` */
  id: string
  learnerId: string
  moduleId: string
  lessonsRead: string[]
  checkPassed: boolean
  bestScore?: number
  completedAt?: string
  updatedAt: string
}

export interface CertificateRecord {
  id: string
  learnerId: string
  /** Verification code shown on the certificate. */
  code: string
  kind: 'induction' | 'locum-refresher'
  issuedAt: string
  refreshBy: string
  /** The signed content of the certificate (shape owned by the certificate domain module). */
  record: unknown
}

export interface ReviewItemRecord {
  /** `${learnerId}:${questionId}` */
  id: string
  learnerId: string
  questionId: string
  box: number
  due: string
  lastReviewedAt?: string
}

export interface SettingRecord {
  key: string
  value: unknown
}

export interface AuditLogRecord {
  id?: number
  at: string
  actor: string
  action: string
  detail: string
}

/**
 * Derived tables, kept up to date in the same transaction as every write they depend on
 * (src/db/summary-upkeep.ts) and built from the records when they first appeared (schema v2).
 * Their shapes belong to the domain modules that fold them.
 */

/** One per learner with a submitted final assessment or locum refresher (key: learnerId). */
export type LearnerAttemptSummaryRecord = LearnerAttemptSummary

/** One per question with a counted answer by a current learner (key: questionId). */
export type QuestionTallyRecord = QuestionTally
