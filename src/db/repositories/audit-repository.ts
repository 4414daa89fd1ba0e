import type { TrainerDatabase } from '../database'
import type { AuditLogRecord } from '../records'

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

  /** Newest first. */
  recent(limit = 200): Promise<AuditLogRecord[]> {
    return this.db.auditLog.orderBy('at').reverse().limit(limit).toArray()
  }
}
