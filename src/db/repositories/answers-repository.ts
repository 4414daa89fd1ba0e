import type { TrainerDatabase } from '../database'
import type { AnswerRecord } from '../records'

export function answerId(attemptId: string, questionId: string): string {
  return `${attemptId}:${questionId}`
}

export class AnswersRepository {
  constructor(private readonly db: TrainerDatabase) {}

  /** Saves (or replaces) one answer the moment it is given. */
  async save(answer: Omit<AnswerRecord, 'id'>): Promise<AnswerRecord> {
    const record: AnswerRecord = { ...answer, id: answerId(answer.attemptId, answer.questionId) }
    await this.db.answers.put(record)
    return record
  }

  forAttempt(attemptId: string): Promise<AnswerRecord[]> {
    return this.db.answers.where('attemptId').equals(attemptId).toArray()
  }

  forLearner(learnerId: string): Promise<AnswerRecord[]> {
    return this.db.answers.where('learnerId').equals(learnerId).toArray()
  }

  /** Every answer on this PC, in one read (for the team's question statistics). */
  all(): Promise<AnswerRecord[]> {
    return this.db.answers.toArray()
  }
}
