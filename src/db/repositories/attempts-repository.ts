import type { TrainerDatabase } from '../database'
import type { AttemptKind, AttemptRecord } from '../records'

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

  /** Every attempt on this PC, in one read (the team's question statistics fold them in one pass). */
  all(): Promise<AttemptRecord[]> {
    return this.db.attempts.toArray()
  }

  /**
   * Every attempt of these kinds, through the kind index: one getAll per kind, so the dashboard
   * (which needs only final assessments and refreshers) does not read every knowledge check.
   */
  async ofKinds(kinds: readonly AttemptKind[]): Promise<AttemptRecord[]> {
    const perKind = await Promise.all([...new Set(kinds)].map((kind) => this.db.attempts.where('kind').equals(kind).toArray()))
    return perKind.flat()
  }

  async setCurrentIndex(id: string, currentIndex: number): Promise<void> {
    await this.db.attempts.update(id, { currentIndex })
  }
}
