/**
 * Every schema version the database has ever had, oldest first. Never edit or remove a version:
 * add a new one with an upgrade function, and an upgrade test in tests/unit/db/migrations.test.ts.
 */
import type { Transaction } from 'dexie'

export interface SchemaVersion {
  version: number
  stores: Record<string, string | null>
  upgrade?: (tx: Transaction) => Promise<void> | void
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      learners: 'id, name, archived',
      attempts: 'id, learnerId, [learnerId+status], kind, moduleId',
      answers: 'id, attemptId, learnerId, questionId',
      moduleProgress: 'id, learnerId, moduleId',
      certificates: 'id, learnerId, &code',
      reviewItems: 'id, learnerId, [learnerId+due]',
      settings: 'key',
      auditLog: '++id, at',
    },
  },
]

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 0
