/** Opens the database and hands out the repositories: the storage layer's one entry point. */
import { createDatabase, type DatabaseOptions, type TrainerDatabase } from './database'
import { DeferredPassportRepository, type PassportStore } from './deferred-passport-repository'
import { AnswersRepository } from './repositories/answers-repository'
import { AttemptsRepository } from './repositories/attempts-repository'
import { AuditRepository } from './repositories/audit-repository'
import { CertificatesRepository } from './repositories/certificates-repository'
import { LearnersRepository } from './repositories/learners-repository'
import { ProgressRepository } from './repositories/progress-repository'
import { ReviewRepository } from './repositories/review-repository'
import { SettingsRepository } from './repositories/settings-repository'
import { SubmissionRepository } from './repositories/submission-repository'
import { describeStorageError, type StorageProblem } from './storage-errors'

export interface Repositories {
  learners: LearnersRepository
  attempts: AttemptsRepository
  answers: AnswersRepository
  progress: ProgressRepository
  certificates: CertificatesRepository
  review: ReviewRepository
  settings: SettingsRepository
  audit: AuditRepository
  submissions: SubmissionRepository
  passports: PassportStore
  close: () => void
}

export interface StorageEvents {
  /** Another tab or window wants a newer schema, or holds the database open. */
  onProblem?: (problem: StorageProblem) => void
}

export async function openRepositories(options: DatabaseOptions & StorageEvents = {}): Promise<Repositories> {
  const db: TrainerDatabase = createDatabase(options)
  db.on('blocked', () => options.onProblem?.(describeStorageError({ name: 'BlockedError' })))
  db.on('versionchange', () => {
    // A newer version of the app opened the database in another window: step aside, and say so.
    db.close()
    options.onProblem?.(describeStorageError({ name: 'VersionError' }))
    return false
  })
  await db.open()
  return {
    learners: new LearnersRepository(db),
    attempts: new AttemptsRepository(db),
    answers: new AnswersRepository(db),
    progress: new ProgressRepository(db),
    certificates: new CertificatesRepository(db),
    review: new ReviewRepository(db),
    settings: new SettingsRepository(db),
    audit: new AuditRepository(db),
    submissions: new SubmissionRepository(db),
    passports: new DeferredPassportRepository(db),
    close: () => db.close(),
  }
}

export { describeStorageError, type StorageProblem } from './storage-errors'
export type { NewLearner } from './repositories/learners-repository'
export type { Submission } from './repositories/submission-repository'
export { DEFAULT_SETTINGS, type Settings } from './repositories/settings-repository'
export type { AuditEntry } from './repositories/audit-repository'
export { IMPORT_CERTIFICATE_ACTION, type CertificateImport } from './repositories/certificates-repository'
