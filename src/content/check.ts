/** The whole content check: schema and cross-file validation plus the own-words rule. */
import { collectStrings, copiedRuns } from './own-words'
import { QUESTION_TYPES } from './schema'
import { validateContent, type ContentError, type ContentFile, type ContentBundle } from './validate'

export type CheckError = Omit<ContentError, 'rule'> & { rule: ContentError['rule'] | 'own-words' | 'yaml' | 'answer-cue' }

export interface ContentCounts {
  packVersion: string | null
  contentVersion: string | null
  modules: number
  lessons: number
  questions: number
  questionsByType: Record<string, number>
  scenarios: number
  glossaryTerms: number
  contacts: number
  packSections: number
  packSectionsCovered: number
  facts: number
  factsAssessed: number
}

export interface CheckResult {
  bundle: ContentBundle | null
  errors: CheckError[]
  counts: ContentCounts
}

export function ownWordsErrors(files: ContentFile[], fingerprint: ReadonlySet<string>): CheckError[] {
  const errors: CheckError[] = []
  for (const file of files) {
    for (const text of collectStrings(file.data)) {
      const runs = copiedRuns(text, fingerprint)
      if (runs.length)
        errors.push({
          rule: 'own-words',
          id: file.path,
          file: file.path,
          message: `copies ${runs.length} run(s) of 12+ words from the pack, starting "${runs[0]}"`,
        })
    }
  }
  return errors
}

export function countContent(bundle: ContentBundle | null): ContentCounts {
  const questionsByType = Object.fromEntries(QUESTION_TYPES.map((t) => [t, 0])) as Record<string, number>
  for (const q of bundle?.questions ?? []) questionsByType[q.type] = (questionsByType[q.type] ?? 0) + 1
  const covered = new Set(bundle?.questions.flatMap((q) => q.packSections))
  const assessed = new Set(bundle?.questions.flatMap((q) => q.assesses))
  const facts = bundle?.modules.flatMap((m) => m.facts) ?? []
  return {
    packVersion: bundle?.pack.packVersion ?? null,
    contentVersion: bundle?.pack.contentVersion ?? null,
    modules: bundle?.modules.length ?? 0,
    lessons: bundle?.modules.reduce((n, m) => n + m.lessons.length, 0) ?? 0,
    questions: bundle?.questions.length ?? 0,
    questionsByType,
    scenarios: bundle?.scenarios.length ?? 0,
    glossaryTerms: bundle?.glossary.terms.length ?? 0,
    contacts: bundle?.contacts.length ?? 0,
    packSections: bundle?.pack.sections.length ?? 0,
    packSectionsCovered: bundle?.pack.sections.filter((s) => covered.has(s.id)).length ?? 0,
    facts: facts.length,
    factsAssessed: facts.filter((f) => assessed.has(f.id)).length,
  }
}

export function checkContent(files: ContentFile[], fingerprint: ReadonlySet<string>): CheckResult {
  const { bundle, errors } = validateContent(files)
  const all: CheckError[] = [...errors, ...ownWordsErrors(files, fingerprint)]
  return { bundle, errors: all, counts: countContent(bundle) }
}
