import type { TrainerDatabase } from '../database'
import { reviewItemId, type ReviewItemRecord } from '../../domain/model'

export class ReviewRepository {
  constructor(private readonly db: TrainerDatabase) {}

  put(item: ReviewItemRecord): Promise<string> {
    return this.db.reviewItems.put(item)
  }

  get(learnerId: string, questionId: string): Promise<ReviewItemRecord | undefined> {
    return this.db.reviewItems.get(reviewItemId(learnerId, questionId))
  }

  forLearner(learnerId: string): Promise<ReviewItemRecord[]> {
    return this.db.reviewItems.where('learnerId').equals(learnerId).toArray()
  }

  delete(learnerId: string, questionId: string): Promise<void> {
    return this.db.reviewItems.delete(reviewItemId(learnerId, questionId))
  }
}
