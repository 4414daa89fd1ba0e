/**
 * The staff roles content is written for. Kept apart from schema.ts so that start-up code (settings,
 * the learner switcher) can name the roles without loading the content schemas.
 */
export const ROLES = ['clinician', 'admin', 'practice-manager', 'locum'] as const
export type Role = (typeof ROLES)[number]
