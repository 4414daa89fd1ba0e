/** The staff roles content is written for, stored on each learner and in the mandatory-module setting. */
export const ROLES = ['clinician', 'admin', 'practice-manager', 'locum'] as const
export type Role = (typeof ROLES)[number]
