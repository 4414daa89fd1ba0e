/** What each kind of audit log entry means, in words for the Audit log page. */

export const AUDIT_ACTIONS = {
  pinSet: 'manager-pin-set',
  pinChanged: 'manager-pin-changed',
  unlock: 'manager-unlock',
  unlockFailed: 'manager-unlock-failed',
  lockout: 'manager-lockout',
  lock: 'manager-lock',
  settingsChange: 'settings-change',
  learnerArchived: 'learner-archive',
  learnerRestored: 'learner-restore',
  learnerEdited: 'learner-edit',
  importPassport: 'import-passport',
  importCertificate: 'import-certificate',
  exportDashboard: 'export-dashboard',
} as const

export type AuditAction = (typeof AUDIT_ACTIONS)[keyof typeof AUDIT_ACTIONS]

const LABELS: Readonly<Record<AuditAction, string>> = {
  'manager-pin-set': 'Manager PIN set',
  'manager-pin-changed': 'Manager PIN changed',
  'manager-unlock': 'Manager mode unlocked',
  'manager-unlock-failed': 'Wrong manager PIN',
  'manager-lockout': 'Manager mode locked out',
  'manager-lock': 'Manager mode locked',
  'settings-change': 'Setting changed',
  'learner-archive': 'Learner archived',
  'learner-restore': 'Learner restored',
  'learner-edit': 'Learner profile changed',
  'import-passport': 'Progress passport imported',
  'import-certificate': 'Certificate imported',
  'export-dashboard': 'Dashboard exported',
}

/** The label for an action, or the action itself for one this version does not know. */
export function auditActionLabel(action: string): string {
  return (LABELS as Readonly<Record<string, string>>)[action] ?? action
}
