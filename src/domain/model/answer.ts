/** One question answered in an attempt, written as it is answered. */
export interface AnswerRecord {
  /** answerId(attemptId, questionId): answering again replaces, never duplicates. */
  id: string
  attemptId: string
  learnerId: string
  questionId: string
  response: unknown
  correct: boolean
  answeredAt: string
}
