/**
 * Starts opening storage the moment this module is evaluated. main.ts imports it first, so the
 * browser opens IndexedDB (tens of milliseconds on a cold start) while the rest of the app's code
 * is still being evaluated, rather than after it.
 */
import { openRepositories, type Repositories, type StorageProblem } from './db'

type ProblemHandler = (problem: StorageProblem) => void

let handler: ProblemHandler | null = null
/** Problems reported before the app could show them (another tab blocking the open, say). */
const early: StorageProblem[] = []

performance.mark('ers:storage-start')
export const storageOpening: Promise<Repositories> = openRepositories({
  onProblem: (problem) => (handler ? handler(problem) : early.push(problem)),
})
// main.ts awaits it and shows any failure; this only stops it counting as unhandled until then.
storageOpening.catch(() => undefined)

/** Where storage problems go from now on, starting with any reported while the app was loading. */
export function onStorageProblem(next: ProblemHandler): void {
  handler = next
  for (const problem of early.splice(0)) next(problem)
}
