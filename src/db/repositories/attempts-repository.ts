import type { TrainerDatabase } from '../database'
import type { AttemptRecord, LearnerAttemptSummaryRecord } from '../../domain/model'
import { SummaryUpkeep, summaryTables } from '../summary-upkeep'

export class AttemptsRepository {
  constructor(private readonly db: TrainerDatabase) {}

  /** Adds a new attempt (the app's are in progress; a submitted one is counted in the summaries at once). */
  add(attempt: AttemptRecord): Promise<string> {
    const { db } = this
    // An async scope function: Dexie keeps its transaction across native awaits only in one.
    return db.transaction('rw', summaryTables(db), async () => new SummaryUpkeep(db).around({ attemptIds: [attempt.id] }, () => db.attempts.add(attempt)))
  }

  get(id: string): Promise<AttemptRecord | undefined> {
    return this.db.attempts.get(id)
  }

  forLearner(learnerId: string): Promise<AttemptRecord[]> {
    return this.db.attempts.where('learnerId').equals(learnerId).sortBy('startedAt')
  }

  inProgress(learnerId: string): Promise<AttemptRecord[]> {
    return this.db.attempts.where('[learnerId+status]').equals([learnerId, 'in-progress']).toArray()
  }

  /**
   * What the dashboard takes from each learner's attempts, one summary per learner with a
   * submitted final assessment or refresher (src/domain/learner-attempt-summary.ts).
   */
  learnerSummaries(): Promise<LearnerAttemptSummaryRecord[]> {
    return this.db.learnerAttemptSummaries.toArray()
  }

  /** Moves an attempt on (no summary reads the position, so none changes). */
  async setCurrentIndex(id: string, currentIndex: number): Promise<void> {
    await this.db.attempts.update(id, { currentIndex })
  }
}
