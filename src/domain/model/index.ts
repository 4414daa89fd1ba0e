/**
 * The record model: every stored record type, kind list and compound id, declared once in plain
 * TypeScript (no zod, so start-up stays light). The database, the passport format and the domain
 * all use these; this folder imports nothing outside itself.
 */
export * from './answer'
export * from './attempt'
export * from './audit-log'
export * from './certificate'
export * from './ids'
export * from './learner'
export * from './module-progress'
export * from './review-item'
export * from './roles'
export * from './setting'
export * from './summaries'
