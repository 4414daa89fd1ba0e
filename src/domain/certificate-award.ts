/**
 * The certificate a submission earns, worked out from the learner's records as plain data: which
 * modules the role needs, which are complete after this submission, the best passed assessment,
 * and the certificates already held. The eligibility rule itself is certificate-eligibility.ts.
 */
import type { Module } from '../content/schema'
import { buildCertificatePayload, type CertificatePayload } from './certificate'
import { certificateDue } from './certificate-eligibility'
import type { AttemptRecord, CertificateRecord, LearnerRecord, ModuleProgressRecord } from './model'
import { moduleStanding, modulesForRole } from './module-progress'

export interface CertificateAwardInput {
  /** The attempt just submitted, with its score and pass. */
  submitted: AttemptRecord
  learner: LearnerRecord
  modules: readonly Module[]
  /** The practice's mandatory modules for the learner's role (null: every module for the role). */
  mandatoryModules: readonly string[] | null | undefined
  /** The learner's module progress, with this submission's progress already applied. */
  progress: readonly ModuleProgressRecord[]
  /** The learner's stored attempts (the submitted one may be among them, in its earlier state). */
  attempts: readonly AttemptRecord[]
  certificates: readonly CertificateRecord[]
  todayIso: string
  refreshMonths: number
  contentVersion: string
  appVersion: string
  /** A fresh verification code, used only if a certificate is earned. */
  code: string
}

export function certificateAwarded(input: CertificateAwardInput): CertificatePayload | null {
  const { submitted, learner } = input
  const required = modulesForRole(input.modules, learner.role, input.mandatoryModules)
  const progressByModule = new Map(input.progress.map((p) => [p.moduleId, p]))
  const completed = new Set(required.filter((m) => moduleStanding(m, progressByModule.get(m.id)).status === 'completed').map((m) => m.id))
  const passedAssessments = [...input.attempts.filter((a) => a.id !== submitted.id), submitted].filter(
    (a) => a.kind === 'final-assessment' && a.status === 'submitted' && a.passed,
  )
  const due = certificateDue({
    submitted: { kind: submitted.kind, passed: submitted.passed === true, score: submitted.score ?? 0 },
    requiredModules: required.map((m) => m.id),
    completedModules: completed,
    bestPassedAssessmentScore: passedAssessments.length ? Math.max(...passedAssessments.map((a) => a.score ?? 0)) : null,
    inductionRefreshBy: input.certificates.filter((c) => c.kind === 'induction').map((c) => c.refreshBy),
    todayIso: input.todayIso,
  })
  if (!due) return null
  return buildCertificatePayload({
    code: input.code,
    kind: due.kind,
    learner: { id: learner.id, name: learner.name, role: learner.role, practice: learner.practice, staffId: learner.staffId },
    completedModules: required.map((m) => m.title),
    scorePercent: due.score,
    issuedOn: input.todayIso,
    refreshMonths: input.refreshMonths,
    contentVersion: input.contentVersion,
    appVersion: input.appVersion,
  })
}
