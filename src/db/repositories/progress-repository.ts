import type { TrainerDatabase } from '../database'
import { progressId, type ModuleProgressRecord } from '../../domain/model'

export class ProgressRepository {
  constructor(
    private readonly db: TrainerDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get(learnerId: string, moduleId: string): Promise<ModuleProgressRecord | undefined> {
    return this.db.moduleProgress.get(progressId(learnerId, moduleId))
  }

  forLearner(learnerId: string): Promise<ModuleProgressRecord[]> {
    return this.db.moduleProgress.where('learnerId').equals(learnerId).toArray()
  }

  /** Every learner's module progress, in one read (the manager's dashboard). */
  all(): Promise<ModuleProgressRecord[]> {
    return this.db.moduleProgress.toArray()
  }

  /** Marks a lesson read; reading it again changes nothing. */
  async markLessonRead(learnerId: string, moduleId: string, lessonId: string): Promise<ModuleProgressRecord> {
    return this.db.transaction('rw', this.db.moduleProgress, async () => {
      const existing = await this.get(learnerId, moduleId)
      const record: ModuleProgressRecord = existing ?? {
        id: progressId(learnerId, moduleId),
        learnerId,
        moduleId,
        lessonsRead: [],
        checkPassed: false,
        updatedAt: this.now().toISOString(),
      }
      if (!record.lessonsRead.includes(lessonId)) {
        record.lessonsRead = [...record.lessonsRead, lessonId]
        record.updatedAt = this.now().toISOString()
        await this.db.moduleProgress.put(record)
      }
      return record
    })
  }

  put(record: ModuleProgressRecord): Promise<string> {
    return this.db.moduleProgress.put(record)
  }
}
