/** A learner on this PC. Dates are ISO strings so records export to JSON unchanged. */
import type { Role } from './roles'

export interface LearnerRecord {
  id: string
  name: string
  role: Role
  practice: string
  staffId?: string
  archived: boolean
  createdAt: string
  updatedAt: string
}
