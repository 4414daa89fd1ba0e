/** A fresh database per test on fake-indexeddb, so tests never share state. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { createDatabase, type TrainerDatabase } from '../../../src/db/database'
import { openRepositories, type Repositories, type StorageEvents } from '../../../src/db'

export function freshFactory(): IDBFactory {
  return new IDBFactory()
}

export function testDatabase(factory = freshFactory(), upToVersion?: number): TrainerDatabase {
  return createDatabase({ name: 'ers-trainer-test', indexedDB: factory, IDBKeyRange, ...(upToVersion ? { upToVersion } : {}) })
}

export function testRepositories(factory = freshFactory(), events: StorageEvents = {}): Promise<Repositories> {
  return openRepositories({ name: 'ers-trainer-test', indexedDB: factory, IDBKeyRange, ...events })
}
