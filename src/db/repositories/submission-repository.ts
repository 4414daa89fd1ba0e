/**
 * Writes that belong together when an attempt is submitted: the attempt's result, the module's
 * progress, the practice items, the certificate it earns and the summaries the manager's screens
 * read. One transaction: all of it is saved or none of it.
 */
import type { TrainerDatabase } from '../database'
import type { AttemptRecord, CertificateRecord, ModuleProgressRecord, ReviewItemRecord } from '../../domain/model'
import { SummaryUpkeep, summaryTables } from '../summary-upkeep'

export interface Submission {
  attempt: AttemptRecord
  progress?: ModuleProgressRecord
  reviewPuts: ReviewItemRecord[]
  reviewDeletes: string[]
  certificate?: CertificateRecord
}

export class SubmissionRepository {
  constructor(private readonly db: TrainerDatabase) {}

  async submit(submission: Submission): Promise<void> {
    const { db } = this
    await db.transaction('rw', [...summaryTables(db), db.moduleProgress, db.reviewItems, db.certificates], async () => {
      const current = await db.attempts.get(submission.attempt.id)
      if (!current) throw new Error('This attempt no longer exists.')
      if (current.status === 'submitted') throw new Error('This attempt has already been submitted.')
      const upkeep = new SummaryUpkeep(db)
      const before = await upkeep.snapshot({ attemptIds: [submission.attempt.id] })
      await db.attempts.put(submission.attempt)
      await upkeep.apply(before)
      if (submission.progress) await db.moduleProgress.put(submission.progress)
      if (submission.reviewPuts.length) await db.reviewItems.bulkPut(submission.reviewPuts)
      if (submission.reviewDeletes.length) await db.reviewItems.bulkDelete(submission.reviewDeletes)
      if (submission.certificate) await db.certificates.add(submission.certificate)
    })
  }
}
