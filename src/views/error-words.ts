/** The words the app shows for each error reason: stores report reasons, views choose the words. */
import type { AppErrorReason } from '../shared/app-error'

export const ERROR_WORDS: Readonly<Record<AppErrorReason, string>> = {
  'pin-already-set': 'A practice manager PIN is already set. Unlock manager mode with it, or change it in Settings.',
  'manager-locked': 'Manager mode is locked. Unlock it with the practice manager PIN first.',
}
