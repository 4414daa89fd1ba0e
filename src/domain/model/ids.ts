/** The compound ids of stored records: one builder each, used wherever such an id is made or checked. */

/** An answer's id: answering the same question again in the attempt replaces it. */
export function answerId(attemptId: string, questionId: string): string {
  return `${attemptId}:${questionId}`
}

/** A learner's progress record in one module. */
export function progressId(learnerId: string, moduleId: string): string {
  return `${learnerId}:${moduleId}`
}

/** A learner's practice item for one question. */
export function reviewItemId(learnerId: string, questionId: string): string {
  return `${learnerId}:${questionId}`
}
