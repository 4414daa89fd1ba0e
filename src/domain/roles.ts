import type { Role } from '../content/schema'

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  clinician: 'Clinician (GP, nurse or other referrer)',
  admin: 'Admin or reception',
  'practice-manager': 'Practice manager',
  locum: 'Locum',
}

export const ROLE_SHORT: Readonly<Record<Role, string>> = {
  clinician: 'clinician',
  admin: 'admin',
  'practice-manager': 'practice manager',
  locum: 'locum',
}
