/** A question in a learner's spaced practice (Leitner box and due date). */
export interface ReviewItemRecord {
  /** reviewItemId(learnerId, questionId) */
  id: string
  learnerId: string
  questionId: string
  box: number
  /** YYYY-MM-DD */
  due: string
  lastReviewedAt?: string
}
