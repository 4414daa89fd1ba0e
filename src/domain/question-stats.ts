/**
 * "What the team gets wrong": per question and per module, how often answers in real attempts
 * were right, and the wrong answer given most often, with a link to the lesson that teaches it.
 *
 * Counted: every stored answer of a submitted attempt of any kind but practice (practice is for
 * trying things out, so its mistakes say little); see countsInQuestionStats. A question skipped in
 * an attempt has no stored answer and is not counted.
 *
 * Worked out from the per-question tallies the database keeps (question-tally.ts).
 */
import type { DeadlineRule, Module, Question, Scenario, WorklistInfo } from '../content/schema'
import { describeResponse, questionPromptText } from './answer-text'
import { deadlineForRule } from './deadlines'
import { moduleOf } from './draw'
import { parseIsoDate } from './iso-date'
import type { QuestionTallyRecord } from './model'
import { responseFromKey, stableJson } from './question-tally'
import { responseSchema, type QuestionResponse } from './responses'

// ---------- input ----------

/** The content the figures are read against. */
export interface QuestionStatsContent {
  questions: readonly Question[]
  modules: readonly Module[]
  scenarios: readonly Scenario[]
  worklists: readonly WorklistInfo[]
}

export interface TalliedStatsInput extends QuestionStatsContent {
  /** One per question, as the database keeps them. */
  tallies: Iterable<QuestionTallyRecord>
}

// ---------- output ----------

export interface WrongAnswerSummary {
  /** The answer in words, as a learner's feedback shows it. */
  description: string
  /** How many wrong answers were this one. */
  count: number
}

export interface QuestionStat {
  questionId: string
  /** The prompt as shown ("the start date" in place of a date question's generated date). */
  prompt: string
  packSection: string
  moduleId: string
  /** The lesson that teaches this question's pack section, else the module's first lesson. */
  lessonId: string | null
  answered: number
  correct: number
  /** 0–100, rounded. */
  percentCorrect: number
  mostCommonWrong: WrongAnswerSummary | null
}

export interface ModuleStat {
  moduleId: string
  title: string
  /** The module's first lesson, to link to. */
  lessonId: string | null
  answered: number
  correct: number
  percentCorrect: number
}

export interface QuestionStats {
  /** Questions answered at least once, weakest first. */
  questions: QuestionStat[]
  /** Modules with at least one answer, weakest first. */
  modules: ModuleStat[]
  answersCounted: number
  /** Answers to questions (or modules) no longer in the content. */
  answersSkipped: number
}

// ---------- grouping wrong answers ----------

const DAY_MS = 86_400_000

/**
 * A wrong answer reduced to what it says about the learner's understanding:
 * - a multiple-response answer is a set (ticked in any order), listed in the question's option order;
 * - a date answer is its distance from the right date (e.g. "1 calendar day after"): every attempt
 *   draws its own start date, so grouping by the date itself would scatter the same slip;
 * - anything else as given (order matters for ordering and scenario paths).
 */
interface WrongAnswerKey {
  key: string
  describe: () => string
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** The right date for a rule and start date (as deadlineForRule gives it), or null when there is none. */
type DueDate = (rule: DeadlineRule, start: string) => string | null

/**
 * Each rule and start date worked out once per report: a date question's wrong answers share
 * start dates (a slip either side of the same day), and the working-day arithmetic is the costly part.
 */
function dueDates(): DueDate {
  const known = new Map<string, string | null>()
  return (rule, start) => {
    const key = `${rule} ${start}`
    let due = known.get(key)
    if (due === undefined) {
      try {
        due = deadlineForRule(rule, start).dueIso
      } catch {
        due = null
      }
      known.set(key, due)
    }
    return due
  }
}

function dateOffsetKey(
  question: Extract<Question, { type: 'date-calc' }>,
  response: Extract<QuestionResponse, { type: 'date-calc' }>,
  dueDate: DueDate,
): WrongAnswerKey | null {
  try {
    const due = dueDate(question.rule, response.start)
    if (due === null) return null
    const right = parseIsoDate(due).getTime()
    const offset = Math.round((parseIsoDate(response.date).getTime() - right) / DAY_MS)
    if (offset === 0) return null
    const text = `${plural(Math.abs(offset), 'calendar day')} ${offset > 0 ? 'after' : 'before'} the right date`
    return { key: `date-offset:${offset}`, describe: () => text }
  } catch {
    return null
  }
}

function wrongAnswerKey(
  question: Question,
  raw: unknown,
  context: { worklists: readonly WorklistInfo[]; scenario: Scenario | undefined; dueDate: DueDate },
): WrongAnswerKey {
  const parsed = responseSchema.safeParse(raw)
  if (!parsed.success) return { key: 'unreadable', describe: () => 'An answer that could not be read' }
  let response: QuestionResponse = parsed.data
  if (question.type === 'date-calc' && response.type === 'date-calc') {
    const byOffset = dateOffsetKey(question, response, context.dueDate)
    if (byOffset) return byOffset
  }
  if (question.type === 'multiple' && response.type === 'multiple') {
    const position = new Map(question.options.map((o, i) => [o.id, i]))
    const rank = (id: string): number => position.get(id) ?? question.options.length
    const optionIds = [...new Set(response.optionIds)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    response = { type: 'multiple', optionIds }
  }
  const canonical = response
  const startDate = canonical.type === 'date-calc' ? canonical.start : undefined
  return {
    key: stableJson(canonical),
    describe: () => describeResponse(question, canonical, { worklists: context.worklists, scenario: context.scenario, startDate }),
  }
}

// ---------- counting ----------

interface Tally {
  answered: number
  correct: number
}

interface QuestionFigures extends Tally {
  question: Question
  module: Module
  wrong: Map<string, { count: number; describe: () => string }>
}

const percentOf = (t: Tally): number => (t.answered === 0 ? 0 : Math.round((t.correct / t.answered) * 100))
const ratioOf = (t: Tally): number => (t.answered === 0 ? 0 : t.correct / t.answered)
/** Weakest first; with equal shares, the one answered more often first (the stronger evidence). */
const weakestFirst = (a: Tally, b: Tally): number => ratioOf(a) - ratioOf(b) || b.answered - a.answered

function lessonFor(module: Module, packSection: string): string | null {
  const teaching = module.lessons.find((l) => l.packSections.includes(packSection))
  return (teaching ?? module.lessons[0])?.id ?? null
}

function mostCommonWrong(wrong: QuestionFigures['wrong']): WrongAnswerSummary | null {
  let best: { key: string; count: number; describe: () => string } | null = null
  for (const [key, entry] of wrong) {
    // Ties go to the smaller key, so the answer shown does not depend on the order records were read.
    if (!best || entry.count > best.count || (entry.count === best.count && key < best.key)) best = { key, ...entry }
  }
  return best ? { description: best.describe(), count: best.count } : null
}

/**
 * The figures from per-question tallies. Each wrong answer kept as given is grouped here, against
 * this content, exactly as if the answers themselves were read.
 */
export function questionStatsFromTallies(input: TalliedStatsInput): QuestionStats {
  const questionsById = new Map(input.questions.map((q) => [q.id, q]))
  const modulesByPrefix = new Map(input.modules.map((m) => [moduleOf(m.id), m]))
  const scenariosById = new Map(input.scenarios.map((s) => [s.id, s]))

  const dueDate = dueDates()
  const tallies = new Map<string, QuestionFigures>()
  let answersCounted = 0
  let answersSkipped = 0
  for (const stored of input.tallies) {
    if (stored.answered === 0) continue
    const question = questionsById.get(stored.questionId)
    const module = question ? modulesByPrefix.get(moduleOf(question.id)) : undefined
    if (!question || !module) {
      answersSkipped += stored.answered
      continue
    }
    answersCounted += stored.answered
    const scenario = question.type === 'scenario' ? scenariosById.get(question.scenario) : undefined
    const wrong: QuestionFigures['wrong'] = new Map()
    for (const [given, count] of Object.entries(stored.wrong)) {
      const { key, describe } = wrongAnswerKey(question, responseFromKey(given), { worklists: input.worklists, scenario, dueDate })
      const entry = wrong.get(key)
      if (entry) entry.count += count
      else wrong.set(key, { count, describe })
    }
    tallies.set(question.id, { question, module, answered: stored.answered, correct: stored.correct, wrong })
  }

  const questionTallies = [...tallies.values()].sort((a, b) => weakestFirst(a, b) || (a.question.id < b.question.id ? -1 : 1))
  const questions: QuestionStat[] = questionTallies.map((t) => ({
    questionId: t.question.id,
    prompt: questionPromptText(t.question),
    packSection: t.question.packSections[0] ?? '',
    moduleId: t.module.id,
    lessonId: lessonFor(t.module, t.question.packSections[0] ?? ''),
    answered: t.answered,
    correct: t.correct,
    percentCorrect: percentOf(t),
    mostCommonWrong: mostCommonWrong(t.wrong),
  }))

  const moduleTallies = new Map<string, { module: Module } & Tally>()
  for (const t of questionTallies) {
    const entry = moduleTallies.get(t.module.id) ?? { module: t.module, answered: 0, correct: 0 }
    entry.answered += t.answered
    entry.correct += t.correct
    moduleTallies.set(t.module.id, entry)
  }
  const modules: ModuleStat[] = [...moduleTallies.values()]
    .sort((a, b) => weakestFirst(a, b) || a.module.order - b.module.order)
    .map((t) => ({
      moduleId: t.module.id,
      title: t.module.title,
      lessonId: t.module.lessons[0]?.id ?? null,
      answered: t.answered,
      correct: t.correct,
      percentCorrect: percentOf(t),
    }))

  return { questions, modules, answersCounted, answersSkipped }
}
