/** Turns IndexedDB/Dexie failures into something a learner can act on. */
export type StorageProblemKind = 'quota' | 'blocked' | 'version' | 'unavailable' | 'unknown'

export interface StorageProblem {
  kind: StorageProblemKind
  title: string
  message: string
}

function errorName(error: unknown): string {
  if (!error || typeof error !== 'object') return ''
  const e = error as { name?: unknown; inner?: unknown }
  const inner = e.inner && typeof e.inner === 'object' ? (e.inner as { name?: unknown }).name : undefined
  return [e.name, inner].filter((n): n is string => typeof n === 'string').join(' ')
}

export function describeStorageError(error: unknown): StorageProblem {
  const name = errorName(error)
  if (/QuotaExceeded/i.test(name))
    return {
      kind: 'quota',
      title: 'This computer has run out of space for training records',
      message:
        'Your last change could not be saved. Everything saved before it is safe. Free some disk space, or ask your practice manager to export and archive old records, then try again.',
    }
  if (/Blocked|DatabaseClosed/i.test(name))
    return {
      kind: 'blocked',
      title: 'e-RS Trainer is open somewhere else',
      message:
        'Another window or tab of e-RS Trainer is holding the training records. Close the other window, then reload this one. Nothing has been lost.',
    }
  if (/Version/i.test(name))
    return {
      kind: 'version',
      title: 'A newer version of e-RS Trainer has used these records',
      message: 'Records on this computer were saved by a newer version of the app. Install the newer version to carry on.',
    }
  if (/MissingAPI|InvalidState|Unknown|Open/i.test(name))
    return {
      kind: 'unavailable',
      title: 'Training records cannot be opened',
      message:
        'The app could not open its storage on this computer. If you are in a private or guest browser window, use a normal window. Otherwise restart the app; if it keeps happening, contact your IT support.',
    }
  return {
    kind: 'unknown',
    title: 'Something went wrong saving your training records',
    message: 'Try again. If it keeps happening, restart the app. Records saved earlier are not affected.',
  }
}
