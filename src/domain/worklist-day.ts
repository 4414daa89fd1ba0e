/**
 * The worklist simulator's "day": a seeded set of worklist-triage questions laid out as the six e-RS
 * worklists, and the marking of the chosen actions. Pure. What is shown: docs/design-notes.md#worklist-day.
 */
import { WORKLIST_IDS, type Question, type WorklistId, type WorklistRow } from '../content/schema'
import { addCalendarDays, parseIsoDate } from './iso-date'
import { deriveSeed, seededRandom, shuffle } from './random'
import type { ResponseOf } from './responses'
import { actionsShown } from './shown-order'

export type WorklistTriageQuestion = Extract<Question, { type: 'worklist-triage' }>

export interface WorklistAction {
  id: string
  text: string
}

export interface WorklistDayRow {
  questionId: string
  /** The worklist the row is on (the question's answer.worklist): the learner sees it on the screen. */
  worklist: WorklistId
  row: WorklistRow
  /** The day the row appeared on the worklist (ISO), `today` minus `row.daysAgo` calendar days. */
  addedOn: string
  /**
   * What the practice knows that the e-RS screen does not show (a phone call, the time of day,
   * which GP asked): the statement sentences of the question's prompt, without its questions.
   * Undefined when the prompt is only a question.
   */
  note?: string
  /** The question's actions in the day's order (drawn from its seed, as in any attempt). */
  actions: WorklistAction[]
  rightAction: string
  explanation: string
  /** Pack section ids, the main one first; the view looks up their titles. */
  packSections: string[]
}

export interface WorklistDaySection {
  worklist: WorklistId
  /** Oldest first, as a worklist is worked through. May be empty: every worklist is shown. */
  rows: WorklistDayRow[]
}

export interface WorklistDay {
  seed: number
  /** ISO date the day is set on. */
  today: string
  /** All six worklists, in the order of WORKLIST_IDS. */
  sections: WorklistDaySection[]
}

export const DEFAULT_DAY_SIZE = 8

export function isWorklistTriage(question: Question): question is WorklistTriageQuestion {
  return question.type === 'worklist-triage'
}

/** The statement sentences of a prompt: everything except the sentences that ask something. */
export function promptNote(prompt: string): string | undefined {
  const sentences = prompt
    .trim()
    .split(/(?<=[.?!])\s+/)
    .filter((s) => s.length > 0 && !s.endsWith('?'))
  return sentences.length ? sentences.join(' ') : undefined
}

/**
 * Picks `size` worklist-triage questions (fewer if the bank has fewer), spread across as many
 * different worklists as the bank allows: worklists take turns, in a seeded order, until the day
 * is full. The same questions, seed and date always give the same day.
 */
export function buildWorklistDay(questions: readonly Question[], seed: number, today: string, size = DEFAULT_DAY_SIZE): WorklistDay {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`a day needs at least one row (size ${size})`)
  parseIsoDate(today)
  const random = seededRandom(deriveSeed(seed, 'worklist-day'))
  // Sorted by id first so the day depends on the bank's content, not on the order files were read.
  const bank = questions.filter(isWorklistTriage).sort((a, b) => a.id.localeCompare(b.id))
  const pools = new Map<WorklistId, WorklistTriageQuestion[]>()
  for (const id of WORKLIST_IDS) {
    const onList = bank.filter((q) => q.answer.worklist === id)
    if (onList.length) pools.set(id, shuffle(onList, random))
  }

  const picked: WorklistTriageQuestion[] = []
  while (picked.length < size && [...pools.values()].some((pool) => pool.length > 0)) {
    for (const id of shuffle([...pools.keys()], random)) {
      const next = pools.get(id)?.shift()
      if (next) picked.push(next)
      if (picked.length === size) break
    }
  }

  const rows = picked.map((q, index) => ({ index, row: toDayRow(q, seed, today) }))
  const sections = WORKLIST_IDS.map((worklist) => ({
    worklist,
    rows: rows
      .filter((r) => r.row.worklist === worklist)
      .sort((a, b) => b.row.row.daysAgo - a.row.row.daysAgo || a.index - b.index)
      .map((r) => r.row),
  }))
  return { seed, today, sections }
}

function toDayRow(q: WorklistTriageQuestion, seed: number, today: string): WorklistDayRow {
  const note = promptNote(q.prompt)
  return {
    questionId: q.id,
    worklist: q.answer.worklist,
    row: q.row,
    addedOn: addCalendarDays(today, -q.row.daysAgo),
    ...(note ? { note } : {}),
    actions: actionsShown(q, seed).map((a) => ({ id: a.id, text: a.text })),
    rightAction: q.answer.action,
    explanation: q.explanation,
    packSections: q.packSections,
  }
}

/** Every row of the day, in the order the screen shows them (worklist by worklist). */
export function dayRows(day: WorklistDay): WorklistDayRow[] {
  return day.sections.flatMap((s) => s.rows)
}

export interface WorklistRowScore {
  questionId: string
  worklist: WorklistId
  correct: boolean
  /** The action chosen, or null when none (or one not offered on the row) was chosen. */
  chosenAction: string | null
  rightAction: string
  /**
   * The answer in the attempts format, for storing. Its worklist is the row's own worklist,
   * because the simulator shows the learner which worklist each row is on.
   */
  response: ResponseOf<'worklist-triage'> | null
}

export interface WorklistDayScore {
  rows: WorklistRowScore[]
  correct: number
  total: number
  answered: number
  percent: number
}

/** What the simulator hands on when a day is checked (the attempts store will persist it). */
export interface WorklistDayResult {
  seed: number
  today: string
  score: WorklistDayScore
}

/**
 * Marks the learner's choices (question id → action id).
 *
 * The simulator scores the ACTION only. A worklist-triage question in a quiz also asks which
 * worklist the row is on, but on the simulator's worklist screen the learner can see which
 * worklist each row sits on, so asking would give the answer away. A row with no choice, or a
 * choice that is not one of its actions, counts as wrong.
 */
export function scoreWorklistDay(rows: readonly WorklistDayRow[], choices: Readonly<Record<string, string>>): WorklistDayScore {
  const scored = rows.map((r): WorklistRowScore => {
    const choice = choices[r.questionId]
    const chosenAction = choice !== undefined && r.actions.some((a) => a.id === choice) ? choice : null
    return {
      questionId: r.questionId,
      worklist: r.worklist,
      correct: chosenAction === r.rightAction,
      chosenAction,
      rightAction: r.rightAction,
      response: chosenAction === null ? null : { type: 'worklist-triage', worklist: r.worklist, action: chosenAction },
    }
  })
  const correct = scored.filter((s) => s.correct).length
  const total = scored.length
  return {
    rows: scored,
    correct,
    total,
    answered: scored.filter((s) => s.chosenAction !== null).length,
    percent: total === 0 ? 0 : Math.round((correct / total) * 100),
  }
}

/** Rows with no action chosen yet, in screen order. */
export function rowsWithoutChoice(rows: readonly WorklistDayRow[], choices: Readonly<Record<string, string>>): WorklistDayRow[] {
  return rows.filter((r) => !r.actions.some((a) => a.id === choices[r.questionId]))
}

const SHORT_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })

/** "3 Mar 2026 (12 days ago)", "today", "1 day ago": the Added column. */
export function formatAddedOn(addedOn: string, today: string): string {
  const days = Math.round((parseIsoDate(today).getTime() - parseIsoDate(addedOn).getTime()) / 86_400_000)
  const ago = days === 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`
  return `${SHORT_DATE.format(parseIsoDate(addedOn))} (${ago})`
}
