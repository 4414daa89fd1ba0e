/**
 * Works out everything submitting an attempt changes, as plain data, so it can be tested and then
 * written in one transaction: the attempt's score, the module's progress and practice items.
 */
import { reviewItemId, type AttemptRecord, type ModuleProgressRecord, type ReviewItemRecord } from './model'
import { nextReview } from './review-schedule'
import { scoreAttempt, type AttemptScore } from './scoring'

export interface SubmissionPlan {
  score: AttemptScore
  progress?: ModuleProgressRecord
  reviewPuts: ReviewItemRecord[]
  reviewDeletes: string[]
}

export function planSubmission(input: {
  attempt: Pick<AttemptRecord, 'learnerId' | 'kind' | 'questionIds'>
  correctById: ReadonlyMap<string, boolean>
  passMarkPercent: number
  progress?: ModuleProgressRecord
  lessonsTotal?: readonly string[]
  existingReviews: ReadonlyMap<string, ReviewItemRecord>
  todayIso: string
  nowIso: string
}): SubmissionPlan {
  const { attempt, correctById, todayIso, nowIso } = input
  const score = scoreAttempt(attempt.questionIds, correctById, input.passMarkPercent)

  let progress: ModuleProgressRecord | undefined
  if (attempt.kind === 'module-check' && input.progress) {
    const prev = input.progress
    const checkPassed = prev.checkPassed || score.passed
    const lessonsDone = (input.lessonsTotal ?? []).every((id) => prev.lessonsRead.includes(id))
    progress = {
      ...prev,
      checkPassed,
      bestScore: Math.max(prev.bestScore ?? 0, score.percent),
      updatedAt: nowIso,
      ...(checkPassed && lessonsDone && !prev.completedAt ? { completedAt: nowIso } : {}),
    }
  }

  // Practice attempts update their items as each answer is given; other attempts add what was wrong.
  const reviewPuts: ReviewItemRecord[] = []
  const reviewDeletes: string[] = []
  if (attempt.kind !== 'practice') {
    for (const questionId of attempt.questionIds) {
      const correct = correctById.get(questionId) === true
      const id = reviewItemId(attempt.learnerId, questionId)
      const existing = input.existingReviews.get(questionId)
      if (correct && !existing) continue
      const next = nextReview(existing, correct, todayIso)
      if (next) reviewPuts.push({ id, learnerId: attempt.learnerId, questionId, box: next.box, due: next.due, lastReviewedAt: nowIso })
      else reviewDeletes.push(id)
    }
  }
  return { score, ...(progress ? { progress } : {}), reviewPuts, reviewDeletes }
}
