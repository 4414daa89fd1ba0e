/**
 * Every schema version the database has ever had, oldest first. Never edit or remove a version:
 * add a new one with an upgrade function, and an upgrade test in tests/unit/db/migrations.test.ts.
 */
import type { Transaction } from 'dexie'
import { buildSummaries } from './summary-build'

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
  {
    // Summaries the manager's screens read instead of every attempt and answer, kept up to date
    // by src/db/summary-upkeep.ts. The upgrade builds them from the records already stored, with
    // the same domain folds the upkeep uses. Those folds are live code: if a summary's shape or
    // what counts ever changes, add a new version whose upgrade calls buildSummaries again, or
    // databases already at v2 keep the old summaries.
    version: 2,
    stores: {
      learnerAttemptSummaries: 'learnerId',
      questionTallies: 'questionId',
    },
    upgrade: buildSummaries,
  },
]

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 0
