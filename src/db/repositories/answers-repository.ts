import type { TrainerDatabase } from '../database'
import { answerId, type AnswerRecord, type QuestionTallyRecord } from '../../domain/model'
import { SummaryUpkeep } from '../summary-upkeep'

export class AnswersRepository {
  constructor(private readonly db: TrainerDatabase) {}

  /**
   * Saves (or replaces) one answer the moment it is given. An answer to an attempt that is already
   * submitted (say, from a second window still showing it) counts in the question tallies at once,
   * as the answers themselves would; one to an attempt in progress costs one extra read.
   */
  async save(answer: Omit<AnswerRecord, 'id'>): Promise<AnswerRecord> {
    const { db } = this
    const record: AnswerRecord = { ...answer, id: answerId(answer.attemptId, answer.questionId) }
    await db.transaction('rw', [db.attempts, db.learners, db.answers, db.questionTallies], async () => {
      const upkeep = new SummaryUpkeep(db)
      const counts = await upkeep.answersCount(record.attemptId)
      const previous = counts ? await db.answers.get(record.id) : undefined
      await db.answers.put(record)
      if (counts) await upkeep.answerSaved(previous, record)
    })
    return record
  }

  forAttempt(attemptId: string): Promise<AnswerRecord[]> {
    return this.db.answers.where('attemptId').equals(attemptId).toArray()
  }

  /**
   * The counted answers per question ("What the team gets wrong" reads these, not every answer):
   * answers of submitted attempts other than practice, by current learners (src/domain/question-tally.ts).
   */
  questionTallies(): Promise<QuestionTallyRecord[]> {
    return this.db.questionTallies.toArray()
  }
}
