import type { TrainerDatabase } from '../database'
import type { AuditLogRecord } from '../../domain/model'

/** One line of the audit log, before it is stamped with the time. */
export interface AuditEntry {
  actor: string
  action: string
  detail: string
}

export class AuditRepository {
  constructor(
    private readonly db: TrainerDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async record(actor: string, action: string, detail: string): Promise<AuditLogRecord> {
    const entry: AuditLogRecord = { at: this.now().toISOString(), actor, action, detail }
    entry.id = await this.db.auditLog.add(entry)
    return entry
  }

  /**
   * Runs `write` and records the entries in ONE read-write transaction: the change and its audit
   * lines are saved together or not at all. `write` must only use the database (repositories):
   * awaiting anything else (Web Crypto, timers) inside it would end the transaction early.
   * `entries` may be a function of write's result, e.g. to describe what it changed.
   */
  async withEntries<T>(entries: readonly AuditEntry[] | ((result: T) => readonly AuditEntry[]), write: () => Promise<T>): Promise<T> {
    const { db } = this
    return db.transaction('rw', db.tables, async () => {
      const result = await write()
      const list = typeof entries === 'function' ? entries(result) : entries
      const at = this.now().toISOString()
      if (list.length) await db.auditLog.bulkAdd(list.map((e) => ({ at, actor: e.actor, action: e.action, detail: e.detail })))
      return result
    })
  }

  /** Newest first (entries written in the same millisecond: the later one first). */
  recent(limit = 200): Promise<AuditLogRecord[]> {
    return this.db.auditLog.orderBy('at').reverse().limit(limit).toArray()
  }
}
