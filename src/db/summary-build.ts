/**
 * Builds the derived tables (learnerAttemptSummaries, questionTallies) from scratch out of the
 * learners, attempts and answers already stored: schema v2's upgrade, run once when a database
 * made before the summaries existed is first opened. It folds with the same domain functions the
 * everyday upkeep (summary-upkeep.ts) uses, so both give the same summaries.
 *
 * Attempts and answers are read a page at a time (a practice network's PC can hold a million
 * answers), keeping only the running summaries and the ids of counted attempts in memory.
 */
import type { Table, Transaction } from 'dexie'
import { foldAttemptIntoSummary } from '../domain/learner-attempt-summary'
import type { AnswerRecord, AttemptRecord, LearnerAttemptSummaryRecord, LearnerRecord, QuestionTallyRecord } from '../domain/model'
import { countsInQuestionStats, isCurrentLearner, tallyAnswer } from '../domain/question-tally'

const PAGE_SIZE = 5_000

/** Calls `visit` on every row, in primary-key order, one page (one getAll) at a time. */
async function forEachRow<T extends { id: string }>(table: Table<T, string>, visit: (row: T) => void): Promise<void> {
  let page = await table.orderBy(':id').limit(PAGE_SIZE).toArray()
  while (page.length) {
    for (const row of page) visit(row)
    const last = page[page.length - 1]
    if (page.length < PAGE_SIZE || !last) break
    page = await table.where(':id').above(last.id).limit(PAGE_SIZE).toArray()
  }
}

/** Replaces both derived tables with summaries of every stored record. Runs inside `tx`. */
export async function buildSummaries(tx: Transaction): Promise<void> {
  const learners = tx.table<LearnerRecord, string>('learners')
  const attempts = tx.table<AttemptRecord, string>('attempts')
  const answers = tx.table<AnswerRecord, string>('answers')
  const summaryTable = tx.table<LearnerAttemptSummaryRecord, string>('learnerAttemptSummaries')
  const tallyTable = tx.table<QuestionTallyRecord, string>('questionTallies')

  const current = new Set((await learners.toArray()).filter(isCurrentLearner).map((l) => l.id))
  const summaries = new Map<string, LearnerAttemptSummaryRecord>()
  const counted = new Set<string>()
  // A record whose id could not key a summary would make the whole upgrade fail, and with it every
  // start of the app: leave it out of the summaries (it stays stored) and say so.
  let skipped = 0
  await forEachRow(attempts, (attempt) => {
    if (typeof attempt.learnerId !== 'string') return void skipped++
    const summary = foldAttemptIntoSummary(summaries.get(attempt.learnerId), attempt)
    if (summary) summaries.set(attempt.learnerId, summary)
    if (countsInQuestionStats(attempt, current.has(attempt.learnerId))) counted.add(attempt.id)
  })
  const tallies = new Map<string, QuestionTallyRecord>()
  await forEachRow(answers, (answer) => {
    if (!counted.has(answer.attemptId)) return
    if (typeof answer.questionId !== 'string') return void skipped++
    tallyAnswer(tallies, answer, 1)
  })
  if (skipped) console.warn(`Summaries built without ${skipped} record(s) that name no learner or question.`)

  await summaryTable.clear()
  await tallyTable.clear()
  await summaryTable.bulkPut([...summaries.values()])
  await tallyTable.bulkPut([...tallies.values()])
}
