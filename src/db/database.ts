/** The one Dexie database. Only src/db imports Dexie; the rest of the app uses the repositories. */
import Dexie, { type EntityTable } from 'dexie'
import { DATABASE_NAME } from '../shared/app-origin'
import type {
  AnswerRecord,
  AttemptRecord,
  AuditLogRecord,
  CertificateRecord,
  LearnerAttemptSummaryRecord,
  LearnerRecord,
  ModuleProgressRecord,
  QuestionTallyRecord,
  ReviewItemRecord,
  SettingRecord,
} from '../domain/model'
import { SCHEMA_VERSIONS, type SchemaVersion } from './versions'

export type TrainerDatabase = Dexie & {
  learners: EntityTable<LearnerRecord, 'id'>
  attempts: EntityTable<AttemptRecord, 'id'>
  answers: EntityTable<AnswerRecord, 'id'>
  moduleProgress: EntityTable<ModuleProgressRecord, 'id'>
  certificates: EntityTable<CertificateRecord, 'id'>
  reviewItems: EntityTable<ReviewItemRecord, 'id'>
  settings: EntityTable<SettingRecord, 'key'>
  auditLog: EntityTable<AuditLogRecord, 'id'>
  learnerAttemptSummaries: EntityTable<LearnerAttemptSummaryRecord, 'learnerId'>
  questionTallies: EntityTable<QuestionTallyRecord, 'questionId'>
}

export interface DatabaseOptions {
  name?: string
  /** For upgrade tests: define only the versions up to this one. */
  upToVersion?: number
  /** Alternative IndexedDB (fake-indexeddb in unit tests). */
  indexedDB?: IDBFactory
  IDBKeyRange?: typeof IDBKeyRange
}

export function createDatabase(options: DatabaseOptions = {}): TrainerDatabase {
  const db = new Dexie(options.name ?? DATABASE_NAME, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  }) as TrainerDatabase
  const versions: readonly SchemaVersion[] = SCHEMA_VERSIONS.filter((v) => v.version <= (options.upToVersion ?? Infinity))
  for (const v of versions) {
    const declared = db.version(v.version).stores(v.stores)
    if (v.upgrade) declared.upgrade(v.upgrade)
  }
  return db
}
