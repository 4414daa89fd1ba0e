import type { TrainerDatabase } from '../database'
import type { AttemptRecord } from '../records'

export class AttemptsRepository {
  constructor(private readonly db: TrainerDatabase) {}

  add(attempt: AttemptRecord): Promise<string> {
    return this.db.attempts.add(attempt)
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

  async setCurrentIndex(id: string, currentIndex: number): Promise<void> {
    await this.db.attempts.update(id, { currentIndex })
  }
}
