/**
 * Item statistics for authors, printed by `npm run content:check -- --json`: the cues a guesser
 * could use (is the right option the longest? where does it stand?), each module's questions by
 * type and difficulty, and each scenario's endings and kinds of choice.
 */
import { CHOICE_KINDS, QUESTION_TYPES, type ChoiceKind, type Question } from '../src/content/schema'
import type { ContentBundle } from '../src/content/validate'
import { moduleOf } from '../src/domain/draw'
import { optionsShown } from '../src/domain/shown-order'

/** The most single-choice questions whose right option may be the longest: by chance it is about a quarter. */
export const LONGEST_RIGHT_CEILING = 0.3

/** How many attempt seeds the shown-position share is averaged over. */
const POSITION_SEEDS = 200

type Single = Extract<Question, { type: 'single' }>
type Multiple = Extract<Question, { type: 'multiple' }>

const share = (count: number, of: number): number => (of === 0 ? 0 : Math.round((count / of) * 1000) / 1000)
/** The right option is at least as long as every other (a tie still gives the guesser a fair bet). */
const rightIsLongest = (q: Single): boolean => {
  const right = q.options.find((o) => o.id === q.answer)?.text.length ?? 0
  return q.options.every((o) => o.text.length <= right)
}
/** The right option is no longer than any other (the opposite cue: "never the longest" is a tell too). */
const rightIsShortest = (q: Single): boolean => {
  const right = q.options.find((o) => o.id === q.answer)?.text.length ?? 0
  return q.options.every((o) => o.text.length >= right)
}
/** The right set is exactly the k longest options. */
const rightAreLongest = (q: Multiple): boolean => {
  const longest = [...q.options].sort((a, b) => b.text.length - a.text.length).slice(0, q.answer.length)
  return longest.every((o) => q.answer.includes(o.id))
}

/**
 * How a learner who picks by length alone would score on one kind of list (a question's options, a
 * triage row's actions, a scenario step's choices), against chance: each share is the mean score of
 * always taking the longest, the second longest or the shortest text (the right ones count as 1/k
 * when k are right). A share well above chance is a cue.
 */
export interface LengthCue {
  lists: number
  chance: number
  longest: number
  secondLongest: number
  shortest: number
}

/** How far above chance a length strategy may score before content:check calls it a cue. */
export const LENGTH_CUE_MARGIN = 0.1

interface ChoiceList {
  texts: readonly string[]
  right: ReadonlySet<number>
}

function lengthCue(lists: readonly ChoiceList[]): LengthCue {
  const score = (pick: (list: ChoiceList) => number): number =>
    share(
      lists.reduce((sum, list) => sum + (list.right.has(pick(list)) ? 1 : 0), 0),
      lists.length,
    )
  // Ties go to the earlier text, as a shuffled screen would split them.
  const ranked = (list: ChoiceList): number[] => list.texts.map((_, i) => i).sort((a, b) => (list.texts[b]?.length ?? 0) - (list.texts[a]?.length ?? 0))
  return {
    lists: lists.length,
    chance: share(
      lists.reduce((sum, list) => sum + list.right.size / list.texts.length, 0),
      lists.length,
    ),
    longest: score((list) => ranked(list)[0] ?? -1),
    secondLongest: score((list) => ranked(list)[1] ?? -1),
    shortest: score((list) => ranked(list).at(-1) ?? -1),
  }
}

/** The length cues of single-choice options, triage actions and scenario choices. */
export function lengthCues(bundle: ContentBundle): Record<'single' | 'triageActions' | 'scenarioChoices', LengthCue> {
  const asList = (items: ReadonlyArray<{ id: string; text: string }>, isRight: (id: string) => boolean): ChoiceList => ({
    texts: items.map((i) => i.text),
    right: new Set(items.flatMap((item, i) => (isRight(item.id) ? [i] : []))),
  })
  return {
    single: lengthCue(bundle.questions.flatMap((q) => (q.type === 'single' ? [asList(q.options, (id) => id === q.answer)] : []))),
    triageActions: lengthCue(bundle.questions.flatMap((q) => (q.type === 'worklist-triage' ? [asList(q.actions, (id) => id === q.answer.action)] : []))),
    scenarioChoices: lengthCue(
      bundle.scenarios.flatMap((s) =>
        s.states.flatMap((st) => (st.choices ? [asList(st.choices, (id) => st.choices?.find((c) => c.id === id)?.kind === 'right')] : [])),
      ),
    ),
  }
}

/** Each length strategy that scores more than the margin above chance, in words. */
export function lengthCueProblems(cues: ReturnType<typeof lengthCues>): string[] {
  const names = { single: 'single-choice options', triageActions: 'worklist-triage actions', scenarioChoices: 'scenario choices' } as const
  const strategies = { longest: 'the longest', secondLongest: 'the second longest', shortest: 'the shortest' } as const
  return (Object.keys(names) as Array<keyof typeof names>).flatMap((kind) =>
    (Object.keys(strategies) as Array<keyof typeof strategies>).flatMap((strategy) => {
      const cue = cues[kind]
      return cue[strategy] > cue.chance + LENGTH_CUE_MARGIN
        ? [`always taking ${strategies[strategy]} of the ${names[kind]} is right ${Math.round(cue[strategy] * 100)}% of the time; chance is ${Math.round(cue.chance * 100)}%`]
        : []
    }),
  )
}

export interface CueStats {
  single: {
    questions: number
    rightIsLongest: number
    rightIsLongestShare: number
    rightIsShortestShare: number
    rightFirstInYamlShare: number
    rightFirstShownShare: number
  }
  multiple: { questions: number; rightAreLongest: number; rightAreLongestShare: number; firstShownIsRightShare: number }
  trueFalse: { questions: number; trueShare: number }
}

export interface ModuleItemStats {
  questions: number
  byType: Record<string, number>
  byDifficulty: Record<'1' | '2' | '3', number>
}

export interface ScenarioItemStats {
  /** Each ending's kind. */
  endings: Record<string, 'good' | 'poor'>
  choices: Record<ChoiceKind, number>
}

export interface ItemStats {
  cues: CueStats
  lengthCues: ReturnType<typeof lengthCues>
  modules: Record<string, ModuleItemStats>
  scenarios: Record<string, ScenarioItemStats>
}

function cueStats(questions: readonly Question[]): CueStats {
  const single = questions.filter((q): q is Single => q.type === 'single')
  const multiple = questions.filter((q): q is Multiple => q.type === 'multiple')
  const trueFalse = questions.filter((q) => q.type === 'true-false')
  let shownFirst = 0
  let multipleShownFirst = 0
  for (let seed = 1; seed <= POSITION_SEEDS; seed++) {
    shownFirst += single.filter((q) => optionsShown(q, seed)[0]?.id === q.answer).length
    multipleShownFirst += multiple.filter((q) => q.answer.includes(optionsShown(q, seed)[0]?.id ?? '')).length
  }
  const longest = single.filter(rightIsLongest).length
  const multipleLongest = multiple.filter(rightAreLongest).length
  return {
    single: {
      questions: single.length,
      rightIsLongest: longest,
      rightIsLongestShare: share(longest, single.length),
      rightIsShortestShare: share(single.filter(rightIsShortest).length, single.length),
      rightFirstInYamlShare: share(single.filter((q) => q.options[0]?.id === q.answer).length, single.length),
      rightFirstShownShare: share(shownFirst, single.length * POSITION_SEEDS),
    },
    multiple: {
      questions: multiple.length,
      rightAreLongest: multipleLongest,
      rightAreLongestShare: share(multipleLongest, multiple.length),
      firstShownIsRightShare: share(multipleShownFirst, multiple.length * POSITION_SEEDS),
    },
    trueFalse: { questions: trueFalse.length, trueShare: share(trueFalse.filter((q) => q.type === 'true-false' && q.answer).length, trueFalse.length) },
  }
}

function moduleStats(bundle: ContentBundle): Record<string, ModuleItemStats> {
  return Object.fromEntries(
    bundle.modules.map((m) => {
      const questions = bundle.questions.filter((q) => moduleOf(q.id) === moduleOf(m.id))
      const byType = Object.fromEntries(QUESTION_TYPES.map((t) => [t, questions.filter((q) => q.type === t).length]))
      const byDifficulty = { '1': 0, '2': 0, '3': 0 }
      for (const q of questions) byDifficulty[`${q.difficulty}`] += 1
      return [m.id, { questions: questions.length, byType, byDifficulty }]
    }),
  )
}

function scenarioStats(bundle: ContentBundle): Record<string, ScenarioItemStats> {
  return Object.fromEntries(
    bundle.scenarios.map((s) => {
      const endings = Object.fromEntries(s.states.flatMap((st) => (st.outcome ? [[st.id, st.outcome]] : [])))
      const choices = Object.fromEntries(CHOICE_KINDS.map((k) => [k, 0])) as Record<ChoiceKind, number>
      for (const c of s.states.flatMap((st) => st.choices ?? [])) choices[c.kind] += 1
      return [s.id, { endings, choices }]
    }),
  )
}

export function itemStats(bundle: ContentBundle): ItemStats {
  return { cues: cueStats(bundle.questions), lengthCues: lengthCues(bundle), modules: moduleStats(bundle), scenarios: scenarioStats(bundle) }
}
