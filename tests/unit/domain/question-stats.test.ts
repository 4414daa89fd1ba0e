import { describe, expect, it } from 'vitest'
import { moduleSchema, questionSchema, type Module, type Question, type WorklistInfo } from '../../../src/content/schema'
import type { QuestionTallyRecord } from '../../../src/domain/model'
import { deadlineForRule } from '../../../src/domain/deadlines'
import { questionStatsFromTallies } from '../../../src/domain/question-stats'
import { questionStatsFromRecords as questionStats, type QuestionStatsFromRecords as QuestionStatsInput } from '../support/from-records'

type StatsAnswerLike = QuestionStatsInput['answers'][number]
type StatsAttemptLike = QuestionStatsInput['attempts'][number]
import { countsInQuestionStats, tallyAnswer } from '../../../src/domain/question-tally'

const lesson = (id: string, packSections: string[]) => ({
  id,
  title: 'L',
  packSections,
  blocks: [{ type: 'paragraph', text: 'Some lesson text here.' }],
})
const mod = (id: string, order: number, lessons: ReturnType<typeof lesson>[]): Module =>
  moduleSchema.parse({
    id,
    order,
    title: `Module ${order}`,
    summary: 'A module for the tests.',
    roles: ['admin'],
    minutes: 5,
    lessons,
    facts: [{ id: 'f', kind: 'rule', packSection: 'intro', statement: 'A fact for the tests.' }],
  })
const base = { explanation: 'Because the pack says so.', assesses: ['f'], difficulty: 1, roles: ['admin'] }
const q = (data: Record<string, unknown>): Question => questionSchema.parse({ ...base, prompt: 'A question for the tests.', ...data })
const options = [
  { id: 'a', text: 'Alpha' },
  { id: 'b', text: 'Bravo' },
  { id: 'c', text: 'Charlie' },
  { id: 'd', text: 'Delta' },
]

const m01 = mod('m01-basics', 1, [lesson('m01-l01', ['intro']), lesson('m01-l02', ['worklists'])])
const m02 = mod('m02-dates', 2, [lesson('m02-l01', ['deadlines'])])
const questions = [
  q({ id: 'm01-q001', type: 'single', packSections: ['worklists'], options: options.slice(0, 3), answer: 'b' }),
  q({ id: 'm01-q002', type: 'multiple', packSections: ['intro'], options, answer: ['a', 'c'] }),
  q({ id: 'm01-q003', type: 'true-false', packSections: ['not-taught'], answer: false }),
  q({ id: 'm01-q004', type: 'true-false', packSections: ['intro'], answer: true }),
  q({
    id: 'm02-q001',
    type: 'date-calc',
    packSections: ['deadlines'],
    rule: 'letter-routine',
    prompt: 'When must the letter for a routine referral made on {start} be attached?',
  }),
  q({ id: 'm99-q001', type: 'true-false', packSections: ['intro'], answer: true }),
]
const worklists: WorklistInfo[] = []

const attempt = (
  id: string,
  learnerId: string,
  kind: StatsAttemptLike['kind'],
  status: StatsAttemptLike['status'] = 'submitted',
): StatsAttemptLike => ({ id, learnerId, kind, status })
const attempts = [
  attempt('a1', 'L1', 'final-assessment'),
  attempt('a2', 'L2', 'module-check'),
  attempt('a3', 'L1', 'practice'),
  attempt('a4', 'L2', 'final-assessment', 'in-progress'),
  attempt('a5', 'L3', 'locum-refresher'),
  attempt('a6', 'L3', 'worklist-sim'),
  attempt('a7', 'L2', 'final-assessment'),
  attempt('a8', 'L1', 'practice'),
]

const single = (optionId: string) => ({ type: 'single', optionId })
const multiple = (...optionIds: string[]) => ({ type: 'multiple', optionIds })
const tf = (value: boolean) => ({ type: 'true-false', value })
const date = (start: string, due: string) => ({ type: 'date-calc', start, date: due })
const answer = (attemptId: string, questionId: string, response: unknown, correct: boolean): StatsAnswerLike => ({
  attemptId,
  questionId,
  response,
  correct,
})

/**
 * Hand-checked figures (counted attempts a1, a2, a5, a6, a7; practice a3, a8 and unsubmitted a4 ignored):
 * - m01-q001: 5 answered, 1 right (20%); wrong: Alpha ×3, Charlie ×1 (the ignored attempts would make Charlie 4).
 * - m01-q002: 4 answered, 2 right (50%); wrong: {a,b} twice, ticked in either order → "Alpha; Bravo" ×2.
 * - m01-q003: 4 answered, 1 right (25%); wrong: True ×2, one unreadable.
 * - m01-q004: 2 answered, 1 right (50%); wrong: False ×1.
 * - m02-q001 (3 working days): 5 answered, 2 right (40%); wrong: one day late ×2 (from different
 *   start dates), two days early ×1.
 * - m99-q001 (no such module) and m01-q999 (no such question): skipped.
 * Modules: m01 15 answered, 5 right (33%); m02 5 answered, 2 right (40%).
 */
const answers: StatsAnswerLike[] = [
  answer('a1', 'm01-q001', single('a'), false),
  answer('a2', 'm01-q001', single('c'), false),
  answer('a5', 'm01-q001', single('a'), false),
  answer('a6', 'm01-q001', single('b'), true),
  answer('a7', 'm01-q001', single('a'), false),
  answer('a3', 'm01-q001', single('c'), false),
  answer('a4', 'm01-q001', single('c'), false),
  answer('a8', 'm01-q001', single('c'), false),

  answer('a1', 'm01-q002', multiple('c', 'a'), true),
  answer('a2', 'm01-q002', multiple('b', 'a'), false),
  answer('a5', 'm01-q002', multiple('a', 'b'), false),
  answer('a6', 'm01-q002', multiple('a', 'c'), true),

  answer('a1', 'm01-q003', tf(false), true),
  answer('a2', 'm01-q003', 'garbage', false),
  answer('a5', 'm01-q003', tf(true), false),
  answer('a6', 'm01-q003', tf(true), false),

  answer('a1', 'm01-q004', tf(true), true),
  answer('a2', 'm01-q004', tf(false), false),

  // Routine letters: 3 working days. Mon 2 Mar → Thu 5 Mar; Mon 9 Mar → Thu 12 Mar; Wed 4 Mar → Mon 9 Mar.
  answer('a1', 'm02-q001', date('2026-03-02', '2026-03-06'), false),
  answer('a2', 'm02-q001', date('2026-03-09', '2026-03-13'), false),
  answer('a5', 'm02-q001', date('2026-03-04', '2026-03-07'), false),
  answer('a6', 'm02-q001', date('2026-03-02', '2026-03-05'), true),
  answer('a7', 'm02-q001', date('2026-03-09', '2026-03-12'), true),

  answer('a1', 'm99-q001', tf(true), true),
  answer('a1', 'm01-q999', tf(true), true),
]

const input: QuestionStatsInput = { answers, attempts, questions, modules: [m02, m01], scenarios: [], worklists }

describe('questionStats', () => {

  it('the date fixtures are right', () => {
    expect(deadlineForRule('letter-routine', '2026-03-02').dueIso).toBe('2026-03-05')
    expect(deadlineForRule('letter-routine', '2026-03-09').dueIso).toBe('2026-03-12')
    expect(deadlineForRule('letter-routine', '2026-03-04').dueIso).toBe('2026-03-09')
  })

  const stats = questionStats(input)

  it('lists questions weakest first, with equal shares the more answered first', () => {
    expect(stats.questions.map((s) => [s.questionId, s.answered, s.correct, s.percentCorrect])).toEqual([
      ['m01-q001', 5, 1, 20],
      ['m01-q003', 4, 1, 25],
      ['m02-q001', 5, 2, 40],
      ['m01-q002', 4, 2, 50],
      ['m01-q004', 2, 1, 50],
    ])
    expect(stats.answersCounted).toBe(20)
    expect(stats.answersSkipped).toBe(2)
  })

  it('names the most common wrong answer in words', () => {
    const wrong = Object.fromEntries(stats.questions.map((s) => [s.questionId, s.mostCommonWrong]))
    expect(wrong).toEqual({
      'm01-q001': { description: 'Alpha', count: 3 },
      'm01-q002': { description: 'Alpha; Bravo', count: 2 },
      'm01-q003': { description: 'True', count: 2 },
      'm01-q004': { description: 'False', count: 1 },
      'm02-q001': { description: '1 calendar day after the right date', count: 2 },
    })
  })

  it('links each question to the lesson that teaches its pack section, else the first lesson', () => {
    const links = Object.fromEntries(stats.questions.map((s) => [s.questionId, [s.moduleId, s.lessonId, s.packSection]]))
    expect(links).toEqual({
      'm01-q001': ['m01-basics', 'm01-l02', 'worklists'],
      'm01-q002': ['m01-basics', 'm01-l01', 'intro'],
      'm01-q003': ['m01-basics', 'm01-l01', 'not-taught'],
      'm01-q004': ['m01-basics', 'm01-l01', 'intro'],
      'm02-q001': ['m02-dates', 'm02-l01', 'deadlines'],
    })
  })

  it('shows prompts as a learner sees them, without a generated date', () => {
    expect(stats.questions.find((s) => s.questionId === 'm02-q001')?.prompt).toBe(
      'When must the letter for a routine referral made on the start date be attached?',
    )
  })

  it('sums modules, weakest first', () => {
    expect(stats.modules).toEqual([
      { moduleId: 'm01-basics', title: 'Module 1', lessonId: 'm01-l01', answered: 15, correct: 5, percentCorrect: 33 },
      { moduleId: 'm02-dates', title: 'Module 2', lessonId: 'm02-l01', answered: 5, correct: 2, percentCorrect: 40 },
    ])
  })

  it('counts only the learners asked for', () => {
    const justL1 = questionStats({ ...input, learnerIds: new Set(['L1']) })
    expect(justL1.questions.map((s) => [s.questionId, s.answered, s.percentCorrect])).toEqual([
      ['m01-q001', 1, 0],
      ['m02-q001', 1, 0],
      ['m01-q002', 1, 100],
      ['m01-q003', 1, 100],
      ['m01-q004', 1, 100],
    ])
    expect(justL1.answersCounted).toBe(5)
    expect(questionStats({ ...input, learnerIds: new Set() }).questions).toEqual([])
  })

  it('is empty with no answers', () => {
    expect(questionStats({ ...input, answers: [] })).toEqual({ questions: [], modules: [], answersCounted: 0, answersSkipped: 0 })
  })

  it('does not depend on the order answers are read in', () => {
    expect(questionStats({ ...input, answers: [...answers].reverse() })).toEqual(stats)
  })

  it('groups matching answers whatever order their pairs were stored in', () => {
    const matching = q({
      id: 'm01-q005',
      type: 'matching',
      packSections: ['intro'],
      pairs: [
        { id: 'p1', left: 'DBS', right: 'Book directly' },
        { id: 'p2', left: 'RAS', right: 'Assess first' },
        { id: 'p3', left: 'A&G', right: 'Ask for advice' },
      ],
    })
    const swapped = { p1: 'Assess first', p2: 'Book directly', p3: 'Ask for advice' }
    const swappedOtherOrder = { p3: 'Ask for advice', p2: 'Book directly', p1: 'Assess first' }
    const other = { p1: 'Ask for advice', p2: 'Assess first', p3: 'Book directly' }
    const result = questionStats({
      ...input,
      questions: [matching],
      answers: [
        answer('a1', 'm01-q005', { type: 'matching', matches: swapped }, false),
        answer('a2', 'm01-q005', { type: 'matching', matches: other }, false),
        answer('a5', 'm01-q005', { type: 'matching', matches: swappedOtherOrder }, false),
      ],
    })
    expect(result.questions[0]?.mostCommonWrong).toEqual({
      description: 'DBS → Assess first; RAS → Book directly; A&G → Ask for advice',
      count: 2,
    })
  })

  it('keeps order when order matters, and breaks ties between wrong answers the same way every time', () => {
    const ordering = q({
      id: 'm01-q006',
      type: 'ordering',
      packSections: ['intro'],
      items: [
        { id: 'one', text: 'Log on' },
        { id: 'two', text: 'Search' },
        { id: 'three', text: 'Book' },
      ],
    })
    const order = (...ids: string[]) => ({ type: 'ordering', order: ids })
    const result = questionStats({
      ...input,
      questions: [ordering],
      answers: [
        answer('a1', 'm01-q006', order('two', 'one', 'three'), false),
        answer('a2', 'm01-q006', order('one', 'three', 'two'), false),
      ],
    })
    // One each: the tie goes to the smaller key ("one" before "two"), not the first read.
    expect(result.questions[0]?.mostCommonWrong).toEqual({ description: '1. Log on; 2. Book; 3. Search', count: 1 })
  })
})

describe('questionStatsFromTallies', () => {
  /** Tallies kept as the database keeps them: every counted answer added as it arrives. */
  function keptTallies(learnerIds?: ReadonlySet<string>): Map<string, QuestionTallyRecord> {
    const counted = new Set(attempts.filter((a) => countsInQuestionStats(a, !learnerIds || learnerIds.has(a.learnerId))).map((a) => a.id))
    const tallies = new Map<string, QuestionTallyRecord>()
    for (const a of answers) if (counted.has(a.attemptId)) tallyAnswer(tallies, a, 1)
    return tallies
  }

  it('gives the figures reading every answer gives', () => {
    expect(questionStatsFromTallies({ ...input, tallies: keptTallies().values() })).toEqual(questionStats(input))
  })

  it('a learner taken out of the tallies (archived) leaves the figures of the others', () => {
    const tallies = keptTallies()
    const l3Attempts = new Set(attempts.filter((a) => a.learnerId === 'L3' && countsInQuestionStats(a, true)).map((a) => a.id))
    for (const a of answers) if (l3Attempts.has(a.attemptId)) tallyAnswer(tallies, a, -1)
    expect(questionStatsFromTallies({ ...input, tallies: tallies.values() })).toEqual(questionStats({ ...input, learnerIds: new Set(['L1', 'L2']) }))
  })

  it('groups wrong answers by the content of the day, as if the answers were read again after a content update', () => {
    const tallies = keptTallies()
    // A later content version: m01-q002 lists its options in another order, and m02-q001 asks about urgent deferrals.
    const updated = questions.map((question) => {
      if (question.id === 'm01-q002') return q({ id: 'm01-q002', type: 'multiple', packSections: ['intro'], options: [...options].reverse(), answer: ['a', 'c'] })
      if (question.id === 'm02-q001') return q({ id: 'm02-q001', type: 'date-calc', packSections: ['deadlines'], rule: 'defer-urgent', prompt: 'When does an urgent referral made on {start} need booking by?' })
      return question
    })
    const later = { ...input, questions: updated }
    const fromTallies = questionStatsFromTallies({ ...later, tallies: tallies.values() })
    expect(fromTallies).toEqual(questionStats(later))
    expect(fromTallies).not.toEqual(questionStats(input))
    expect(fromTallies.questions.find((s) => s.questionId === 'm01-q002')?.mostCommonWrong).toEqual({ description: 'Bravo; Alpha', count: 2 })
  })

  it('counts a tally whose question has gone from the content as skipped', () => {
    const result = questionStatsFromTallies({ ...input, tallies: [{ questionId: 'm01-q999', answered: 7, correct: 2, wrong: { '"x"': 5 } }] })
    expect(result).toEqual({ questions: [], modules: [], answersCounted: 0, answersSkipped: 7 })
  })
})
