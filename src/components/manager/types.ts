/** Shapes the manager components take as props (the views map store results onto them). */

export interface ImportResultItem {
  fileName: string
  outcome: 'imported' | 'already-present' | 'refused'
  message: string
  reasons: string[]
}

export interface AuditRow {
  id: number
  /** ISO date-time */
  at: string
  actor: string
  action: string
  detail: string
}

export interface ModuleStatRow {
  moduleId: string
  title: string
  answered: number
  percentCorrect: number
  lessonHref: string
  lessonTitle: string
}

export interface QuestionStatRow {
  questionId: string
  prompt: string
  moduleTitle: string
  answered: number
  percentCorrect: number
  mostCommonWrong: string | null
  mostCommonWrongCount: number
  lessonHref: string
  lessonTitle: string
}

export interface PinFormValues {
  current: string
  pin: string
  confirm: string
}

export type MandatoryChoice = { mode: 'all' | 'chosen'; modules: string[] }
