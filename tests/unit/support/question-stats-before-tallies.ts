/**
 * FROZEN: src/domain/question-stats.ts as it was before the answer tallies (commit afc4fb1), kept
 * as a test oracle so "What the team gets wrong" can be checked against what it showed when it
 * read every answer. Do not change it to follow the app; if the figures are meant to change, say
 * so in the test that compares with it.
 *
 * "What the team gets wrong": per question and per module, how often answers in real attempts
 * were right, and the wrong answer given most often, with a link to the lesson that teaches it.
 *
 * Counted: every stored answer of a submitted attempt of any kind but practice (practice is for
 * trying things out, so its mistakes say little). A question skipped in an attempt has no stored
 * answer and is not counted. One pass over attempts and one over answers.
 */
import type { Module, Question, Scenario, WorklistInfo } from '../../../src/content/schema'
import { describeResponse, questionPromptText } from '../../../src/domain/answer-text'
import type { AttemptKind as AttemptKindName } from '../../../src/domain/model'
import { deadlineForRule } from '../../../src/domain/deadlines'
import { moduleOf } from '../../../src/domain/draw'
import { parseIsoDate } from '../../../src/domain/iso-date'
import { responseSchema, type QuestionResponse } from '../../../src/domain/responses'

// ---------- input: the fields of src/db/records.ts the statistics read ----------

export interface StatsAttemptLike {
  id: string
  learnerId: string
  kind: AttemptKindName
  status: 'in-progress' | 'submitted'
}

export interface StatsAnswerLike {
  attemptId: string
  questionId: string
  response: unknown
  correct: boolean
}

export interface QuestionStatsInput {
  answers: readonly StatsAnswerLike[]
  attempts: readonly StatsAttemptLike[]
  questions: readonly Question[]
  modules: readonly Module[]
  scenarios: readonly Scenario[]
  worklists: readonly WorklistInfo[]
  /** Count only these learners' attempts (e.g. current learners, or one role); everyone when left out. */
  learnerIds?: ReadonlySet<string>
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

/** JSON with object keys sorted, so the same answer always gives the same text. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort()
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(record[k])}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

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

function dateOffsetKey(
  question: Extract<Question, { type: 'date-calc' }>,
  response: Extract<QuestionResponse, { type: 'date-calc' }>,
): WrongAnswerKey | null {
  try {
    const right = parseIsoDate(deadlineForRule(question.rule, response.start).dueIso).getTime()
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
  context: { worklists: readonly WorklistInfo[]; scenario: Scenario | undefined },
): WrongAnswerKey {
  const parsed = responseSchema.safeParse(raw)
  if (!parsed.success) return { key: 'unreadable', describe: () => 'An answer that could not be read' }
  let response: QuestionResponse = parsed.data
  if (question.type === 'date-calc' && response.type === 'date-calc') {
    const byOffset = dateOffsetKey(question, response)
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

interface QuestionTally extends Tally {
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

function mostCommonWrong(wrong: QuestionTally['wrong']): WrongAnswerSummary | null {
  let best: { key: string; count: number; describe: () => string } | null = null
  for (const [key, entry] of wrong) {
    // Ties go to the smaller key, so the answer shown does not depend on the order records were read.
    if (!best || entry.count > best.count || (entry.count === best.count && key < best.key)) best = { key, ...entry }
  }
  return best ? { description: best.describe(), count: best.count } : null
}

export function questionStats(input: QuestionStatsInput): QuestionStats {
  const counted = new Set<string>()
  for (const attempt of input.attempts) {
    if (attempt.status !== 'submitted' || attempt.kind === 'practice') continue
    if (input.learnerIds && !input.learnerIds.has(attempt.learnerId)) continue
    counted.add(attempt.id)
  }
  const questionsById = new Map(input.questions.map((q) => [q.id, q]))
  const modulesByPrefix = new Map(input.modules.map((m) => [moduleOf(m.id), m]))
  const scenariosById = new Map(input.scenarios.map((s) => [s.id, s]))

  const tallies = new Map<string, QuestionTally>()
  let answersCounted = 0
  let answersSkipped = 0
  for (const answer of input.answers) {
    if (!counted.has(answer.attemptId)) continue
    let tally = tallies.get(answer.questionId)
    if (!tally) {
      const question = questionsById.get(answer.questionId)
      const module = question ? modulesByPrefix.get(moduleOf(question.id)) : undefined
      if (!question || !module) {
        answersSkipped++
        continue
      }
      tally = { question, module, answered: 0, correct: 0, wrong: new Map() }
      tallies.set(answer.questionId, tally)
    }
    answersCounted++
    tally.answered++
    if (answer.correct) {
      tally.correct++
      continue
    }
    const { question } = tally
    const scenario = question.type === 'scenario' ? scenariosById.get(question.scenario) : undefined
    const { key, describe } = wrongAnswerKey(question, answer.response, { worklists: input.worklists, scenario })
    const entry = tally.wrong.get(key)
    if (entry) entry.count++
    else tally.wrong.set(key, { count: 1, describe })
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
