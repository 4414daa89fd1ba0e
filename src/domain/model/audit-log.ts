/** One line of the manager's audit log. */
export interface AuditLogRecord {
  id?: number
  at: string
  actor: string
  action: string
  detail: string
}
