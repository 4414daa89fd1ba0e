/**
 * Spaced practice with Leitner boxes: a wrong answer goes to box 1 (due tomorrow); each right
 * answer moves it up a box, due after that box's interval; right in the last box retires it.
 * Simple, predictable and easy for a learner to understand.
 */
import { addCalendarDays } from './iso-date'

export const BOX_INTERVAL_DAYS = [1, 2, 4, 8, 16] as const
export const LAST_BOX = BOX_INTERVAL_DAYS.length

export interface ReviewState {
  box: number
  due: string
}

/** Returns the new state, or null when the question has been learnt and leaves practice. */
export function nextReview(current: ReviewState | undefined, correct: boolean, todayIso: string): ReviewState | null {
  if (!correct) return { box: 1, due: addCalendarDays(todayIso, BOX_INTERVAL_DAYS[0]) }
  if (!current) return null // right first time outside practice: nothing to practise
  if (current.box >= LAST_BOX) return null
  const box = current.box + 1
  return { box, due: addCalendarDays(todayIso, BOX_INTERVAL_DAYS[box - 1] ?? 16) }
}

export function isDue(state: ReviewState, todayIso: string): boolean {
  return state.due <= todayIso
}
