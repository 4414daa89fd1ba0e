import Dexie from 'dexie'
import type { TrainerDatabase } from '../database'
import type { ReviewItemRecord } from '../records'

export class ReviewRepository {
  constructor(private readonly db: TrainerDatabase) {}

  put(item: ReviewItemRecord): Promise<string> {
    return this.db.reviewItems.put(item)
  }

  get(learnerId: string, questionId: string): Promise<ReviewItemRecord | undefined> {
    return this.db.reviewItems.get(`${learnerId}:${questionId}`)
  }

  forLearner(learnerId: string): Promise<ReviewItemRecord[]> {
    return this.db.reviewItems.where('learnerId').equals(learnerId).toArray()
  }

  delete(learnerId: string, questionId: string): Promise<void> {
    return this.db.reviewItems.delete(`${learnerId}:${questionId}`)
  }

  /** Items due on or before the given ISO date. */
  dueBy(learnerId: string, isoDate: string): Promise<ReviewItemRecord[]> {
    return this.db.reviewItems.where('[learnerId+due]').between([learnerId, Dexie.minKey], [learnerId, isoDate], true, true).toArray()
  }
}
