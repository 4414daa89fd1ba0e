import type { TrainerDatabase } from '../database'
import type { LearnerRecord } from '../../domain/model'
import { SummaryUpkeep, summaryTables } from '../summary-upkeep'

export type NewLearner = Pick<LearnerRecord, 'name' | 'role' | 'practice'> & { staffId?: string }

export class LearnersRepository {
  constructor(
    private readonly db: TrainerDatabase,
    private readonly now: () => Date = () => new Date(),
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  async create(input: NewLearner): Promise<LearnerRecord> {
    const at = this.now().toISOString()
    const learner: LearnerRecord = {
      id: this.newId(),
      name: input.name.trim(),
      role: input.role,
      practice: input.practice.trim(),
      ...(input.staffId?.trim() ? { staffId: input.staffId.trim() } : {}),
      archived: false,
      createdAt: at,
      updatedAt: at,
    }
    // A new id has no attempts or answers yet, so no summary changes.
    await this.db.learners.add(learner)
    return learner
  }

  get(id: string): Promise<LearnerRecord | undefined> {
    return this.db.learners.get(id)
  }

  /** Active learners first sorted by name; archived ones only when asked. */
  async list(options: { includeArchived?: boolean } = {}): Promise<LearnerRecord[]> {
    const all = await this.db.learners.orderBy('name').toArray()
    return options.includeArchived ? all : all.filter((l) => !l.archived)
  }

  /** Archiving or restoring takes the learner's answers out of, or back into, the question tallies in the same transaction. */
  async update(id: string, changes: Partial<Pick<LearnerRecord, 'name' | 'role' | 'practice' | 'staffId' | 'archived'>>): Promise<void> {
    const { db } = this
    await db.transaction('rw', summaryTables(db), async () =>
      new SummaryUpkeep(db).around({ learnerIds: [id] }, async () => {
        const updated = await db.learners.update(id, { ...changes, updatedAt: this.now().toISOString() })
        if (updated === 0) throw new Error(`No learner with id ${id}`)
      }),
    )
  }
}
