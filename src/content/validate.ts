/**
 * Validates raw content files into one typed bundle, collecting every problem (never stopping at
 * the first) with a stable rule id, the file it is in and the item it concerns.
 * Pure: callers supply parsed files (Node reads them from disk, the app from the bundle).
 */
import type { z } from 'zod'
import {
  bankHolidaysSchema,
  contactsSchema,
  downtimeProtocolSchema,
  glossarySchema,
  moduleSchema,
  packSchema,
  questionFileSchema,
  questionSchema,
  scenarioSchema,
  worklistsSchema,
  type BankHolidays,
  type Contact,
  type DowntimeProtocol,
  type Glossary,
  type Module,
  type Pack,
  type Question,
  type Scenario,
  type WorklistInfo,
} from './schema'
import { issueTexts } from '../shared/zod-issues'
import { scenarioGraphProblems } from './scenario-graph'

export type ContentRule =
  | 'missing-file'
  | 'schema'
  | 'duplicate-id'
  | 'unstable-id'
  | 'answer-mismatch'
  | 'module-minimum'
  | 'broken-reference'
  | 'section-untaught'
  | 'fact-unassessed'
  | 'scenario-unreachable'
  | 'scenario-dead-end'
  | 'scenario-no-good-ending'
  | 'scenario-loop'
  | 'scenario-rule'
  | 'null-value'
  | 'duplicate-text'
  | 'refresher-priority'

export interface ContentError {
  rule: ContentRule
  /** The content item concerned (question id, module id, …) or the file when there is none. */
  id: string
  file: string
  message: string
}

export interface ContentFile {
  /** Path relative to the content folder, with forward slashes, e.g. "questions/m06-slot-issues.yaml". */
  path: string
  data: unknown
}

export interface ContentBundle {
  pack: Pack
  modules: Module[]
  questions: Question[]
  scenarios: Scenario[]
  glossary: Glossary
  bankHolidays: BankHolidays
  contacts: Contact[]
  worklists: WorklistInfo[]
  downtime: DowntimeProtocol
}

export interface ValidationResult {
  bundle: ContentBundle | null
  errors: ContentError[]
}

function issuesToErrors(file: string, id: string, error: z.ZodError): ContentError[] {
  return issueTexts(error.issues, { path: 'dots' }).map((message) => ({ rule: 'schema' as const, id, file, message }))
}

function idOf(data: unknown, fallback: string): string {
  if (data && typeof data === 'object' && 'id' in data && typeof data.id === 'string') return data.id
  return fallback
}

/**
 * Keys whose value is null, with the id of the nearest item around them. YAML turns a stray
 * comma in a flow map (`{ id: x, text: A, B }`) into such a key, silently cutting the text.
 */
export function nullValues(data: unknown, fallbackId: string): { id: string; path: string }[] {
  const found: { id: string; path: string }[] = []
  const visit = (value: unknown, path: string, id: string): void => {
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${path}[${i}]`, id))
    else if (value && typeof value === 'object') {
      const here = idOf(value, id)
      for (const [key, inner] of Object.entries(value)) {
        const at = path ? `${path}.${key}` : key
        if (inner === null) found.push({ id: here, path: at })
        else visit(inner, at, here)
      }
    }
  }
  visit(data, '', fallbackId)
  return found
}

/** Texts a learner tells apart, compared as they read: case, spacing and a final full stop ignored. */
function sameTextTwice(texts: readonly string[]): string | undefined {
  const seen = new Set<string>()
  for (const text of texts) {
    const key = text.trim().replace(/\s+/g, ' ').replace(/\.$/, '').toLowerCase()
    if (seen.has(key)) return text
    seen.add(key)
  }
  return undefined
}

/** Visible texts of one question (or one scenario step) that read the same, which no learner can tell apart. */
function duplicateTextProblems(q: Question): string[] {
  const lists: [string, string[]][] = []
  if (q.type === 'single' || q.type === 'multiple') lists.push(['options', q.options.map((o) => o.text)])
  if (q.type === 'ordering') lists.push(['items', q.items.map((i) => i.text)])
  if (q.type === 'worklist-triage') lists.push(['actions', q.actions.map((a) => a.text)])
  if (q.type === 'matching') lists.push(['left-hand items', q.pairs.map((p) => p.left)], ['right-hand choices', [...q.pairs.map((p) => p.right), ...(q.distractors ?? [])]])
  return lists.flatMap(([what, texts]) => {
    const twice = sameTextTwice(texts)
    return twice === undefined ? [] : [`two ${what} read the same: "${twice}"`]
  })
}

/** Checks that a question's answer data fits its own options. */
function answerProblems(q: Question): string[] {
  const problems: string[] = []
  const unique = (ids: string[], what: string): void => {
    const seen = new Set<string>()
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${what} id "${id}" is used twice`)
      seen.add(id)
    }
  }
  switch (q.type) {
    case 'single':
      unique(
        q.options.map((o) => o.id),
        'option',
      )
      if (!q.options.some((o) => o.id === q.answer)) problems.push(`answer "${q.answer}" is not one of the options`)
      break
    case 'multiple': {
      const optionIds = q.options.map((o) => o.id)
      unique(optionIds, 'option')
      unique(q.answer, 'answer')
      for (const a of q.answer) if (!optionIds.includes(a)) problems.push(`answer "${a}" is not one of the options`)
      if (q.answer.length === q.options.length) problems.push('every option is correct: nothing to choose')
      break
    }
    case 'ordering':
      unique(
        q.items.map((i) => i.id),
        'item',
      )
      break
    case 'matching': {
      unique(
        q.pairs.map((p) => p.id),
        'pair',
      )
      const rights = q.pairs.map((p) => p.right)
      if (new Set(rights).size !== rights.length) problems.push('two pairs share the same right-hand text')
      for (const d of q.distractors ?? []) if (rights.includes(d)) problems.push(`distractor "${d}" is also a right answer`)
      break
    }
    case 'worklist-triage':
      unique(
        q.actions.map((a) => a.id),
        'action',
      )
      if (!q.actions.some((a) => a.id === q.answer.action))
        problems.push(`answer action "${q.answer.action}" is not one of the actions`)
      break
    case 'date-calc':
      if (!q.prompt.includes('{start}')) problems.push('prompt must contain {start} where the start date goes')
      break
    case 'true-false':
    case 'scenario':
      break
  }
  return problems
}

export function validateContent(files: ContentFile[]): ValidationResult {
  const errors: ContentError[] = []
  const byPath = new Map(files.map((f) => [f.path, f]))
  const push = (rule: ContentRule, id: string, file: string, message: string): void => {
    errors.push({ rule, id, file, message })
  }

  // --- raw YAML: a null anywhere is text lost to YAML syntax, never something an author meant
  for (const file of files)
    for (const { id, path } of nullValues(file.data, file.path))
      push('null-value', id, file.path, `${path} has no value (a comma inside a { ... } list item cuts the text there)`)

  // --- single files
  function single<T>(path: string, schema: z.ZodType<T>): T | null {
    const file = byPath.get(path)
    if (!file) {
      push('missing-file', path, path, `${path} is missing`)
      return null
    }
    const parsed = schema.safeParse(file.data)
    if (!parsed.success) {
      errors.push(...issuesToErrors(path, path, parsed.error))
      return null
    }
    return parsed.data
  }
  const pack = single('pack.yaml', packSchema)
  const glossary = single('glossary.yaml', glossarySchema)
  const bankHolidays = single('reference/bank-holidays.yaml', bankHolidaysSchema)
  const contactsFile = single('reference/contacts.yaml', contactsSchema)
  const worklistsFile = single('reference/worklists.yaml', worklistsSchema)
  const downtime = single('reference/downtime.yaml', downtimeProtocolSchema)

  // --- modules
  const modules: Module[] = []
  const moduleFile = new Map<string, string>()
  for (const file of files.filter((f) => f.path.startsWith('modules/'))) {
    const parsed = moduleSchema.safeParse(file.data)
    if (!parsed.success) {
      errors.push(...issuesToErrors(file.path, idOf(file.data, file.path), parsed.error))
      continue
    }
    const m = parsed.data
    if (file.path !== `modules/${m.id}.yaml`) push('unstable-id', m.id, file.path, `module ${m.id} must live in modules/${m.id}.yaml`)
    if (moduleFile.has(m.id)) push('duplicate-id', m.id, file.path, `module id ${m.id} is also used in ${moduleFile.get(m.id)}`)
    moduleFile.set(m.id, file.path)
    modules.push(m)
  }
  modules.sort((a, b) => a.order - b.order)
  if (modules.length && !modules.some((m) => m.refresherPriority))
    push('refresher-priority', 'refresherPriority', 'modules/', 'no module is marked refresherPriority: true, so the locum refresher has no modules to draw most of its questions from')

  // --- questions
  const questions: Question[] = []
  const questionFile = new Map<string, string>()
  const questionModule = new Map<string, string>()
  for (const file of files.filter((f) => f.path.startsWith('questions/'))) {
    const parsedFile = questionFileSchema.safeParse(file.data)
    if (!parsedFile.success) {
      errors.push(...issuesToErrors(file.path, file.path, parsedFile.error))
      continue
    }
    const moduleId = parsedFile.data.module
    if (file.path !== `questions/${moduleId}.yaml`)
      push('unstable-id', moduleId, file.path, `questions for ${moduleId} must live in questions/${moduleId}.yaml`)
    parsedFile.data.questions.forEach((raw, index) => {
      const parsed = questionSchema.safeParse(raw)
      const id = idOf(raw, `${file.path}#${index + 1}`)
      if (!parsed.success) {
        errors.push(...issuesToErrors(file.path, id, parsed.error))
        return
      }
      const q = parsed.data
      if (questionFile.has(q.id)) push('duplicate-id', q.id, file.path, `question id ${q.id} is also used in ${questionFile.get(q.id)}`)
      if (q.id.slice(0, 3) !== moduleId.slice(0, 3))
        push('unstable-id', q.id, file.path, `question ${q.id} must be numbered for its module ${moduleId}`)
      for (const problem of answerProblems(q)) push('answer-mismatch', q.id, file.path, problem)
      for (const problem of duplicateTextProblems(q)) push('duplicate-text', q.id, file.path, problem)
      questionFile.set(q.id, file.path)
      questionModule.set(q.id, moduleId)
      questions.push(q)
    })
  }

  // --- scenarios
  const scenarios: Scenario[] = []
  const scenarioFile = new Map<string, string>()
  for (const file of files.filter((f) => f.path.startsWith('scenarios/'))) {
    const parsed = scenarioSchema.safeParse(file.data)
    if (!parsed.success) {
      errors.push(...issuesToErrors(file.path, idOf(file.data, file.path), parsed.error))
      continue
    }
    const s = parsed.data
    if (file.path !== `scenarios/${s.id}.yaml`) push('unstable-id', s.id, file.path, `scenario ${s.id} must live in scenarios/${s.id}.yaml`)
    if (scenarioFile.has(s.id)) push('duplicate-id', s.id, file.path, `scenario id ${s.id} is also used in ${scenarioFile.get(s.id)}`)
    scenarioFile.set(s.id, file.path)
    for (const p of scenarioGraphProblems(s)) push(p.rule, s.id, file.path, p.message)
    for (const state of s.states) {
      const twice = sameTextTwice((state.choices ?? []).map((c) => c.text))
      if (twice !== undefined) push('duplicate-text', s.id, file.path, `two choices in state "${state.id}" read the same: "${twice}"`)
    }
    scenarios.push(s)
  }

  // --- cross-references
  const sectionIds = new Set(pack?.sections.map((s) => s.id) ?? [])
  const seenSections = new Set<string>()
  for (const s of pack?.sections ?? []) {
    if (seenSections.has(s.id)) push('duplicate-id', s.id, 'pack.yaml', `pack section ${s.id} is listed twice`)
    seenSections.add(s.id)
  }
  const checkSection = (section: string, id: string, file: string): void => {
    if (pack && !sectionIds.has(section)) push('broken-reference', id, file, `pack section "${section}" is not in pack.yaml`)
  }
  const moduleIds = new Set(modules.map((m) => m.id))
  const facts = new Map<string, string>()
  const lessonIds = new Map<string, string>()
  for (const m of modules) {
    const file = moduleFile.get(m.id) ?? 'modules/'
    for (const lesson of m.lessons) {
      if (lessonIds.has(lesson.id)) push('duplicate-id', lesson.id, file, `lesson id ${lesson.id} is also used in ${lessonIds.get(lesson.id)}`)
      if (lesson.id.slice(0, 3) !== m.id.slice(0, 3)) push('unstable-id', lesson.id, file, `lesson ${lesson.id} must be numbered for module ${m.id}`)
      lessonIds.set(lesson.id, file)
      for (const s of lesson.packSections) checkSection(s, lesson.id, file)
    }
    for (const fact of m.facts) {
      if (facts.has(fact.id)) push('duplicate-id', fact.id, file, `fact id ${fact.id} is also used in ${facts.get(fact.id)}`)
      facts.set(fact.id, file)
      checkSection(fact.packSection, fact.id, file)
    }
  }
  const scenarioIds = new Set(scenarios.map((s) => s.id))
  const assessed = new Set<string>()
  const sectionsQuestioned = new Set<string>()
  for (const q of questions) {
    const file = questionFile.get(q.id) ?? 'questions/'
    const moduleId = questionModule.get(q.id) ?? ''
    if (!moduleIds.has(moduleId)) push('broken-reference', q.id, file, `module "${moduleId}" does not exist`)
    for (const section of q.packSections) {
      checkSection(section, q.id, file)
      sectionsQuestioned.add(section)
    }
    if (new Set(q.packSections).size !== q.packSections.length) push('duplicate-id', q.id, file, 'cites one pack section twice')
    for (const f of q.assesses) {
      if (!facts.has(f)) push('broken-reference', q.id, file, `assesses unknown fact "${f}"`)
      assessed.add(f)
    }
    if (q.type === 'scenario' && !scenarioIds.has(q.scenario))
      push('broken-reference', q.id, file, `scenario "${q.scenario}" does not exist`)
  }
  for (const s of scenarios) {
    const file = scenarioFile.get(s.id) ?? 'scenarios/'
    if (!moduleIds.has(s.module)) push('broken-reference', s.id, file, `module "${s.module}" does not exist`)
    for (const section of s.packSections) checkSection(section, s.id, file)
  }
  glossary?.terms.forEach((t) => t.packSection && checkSection(t.packSection, t.term, 'glossary.yaml'))
  contactsFile?.contacts.forEach((c) => checkSection(c.packSection, c.id, 'reference/contacts.yaml'))
  const contactsById = new Map(contactsFile?.contacts.map((c) => [c.id, c]))
  for (const stage of downtime?.stages ?? []) {
    const file = 'reference/downtime.yaml'
    for (const section of stage.packSections) checkSection(section, stage.id, file)
    for (const id of [...(stage.email?.routes.map((r) => r.contact) ?? []), ...(stage.roleContacts ?? [])])
      if (contactsFile && !contactsById.has(id)) push('broken-reference', stage.id, file, `contact "${id}" is not in reference/contacts.yaml`)
    for (const route of stage.email?.routes ?? []) {
      const addresses = new Set(contactsById.get(route.contact)?.email?.map((a) => a.toLowerCase()))
      for (const address of route.cc ?? [])
        if (contactsById.has(route.contact) && !addresses.has(address.toLowerCase()))
          push('broken-reference', stage.id, file, `cc address ${address} is not one of contact "${route.contact}"'s addresses`)
    }
  }

  // --- coverage
  const minimum = pack?.questionMinimumPerModule ?? 0
  for (const m of modules) {
    const count = questions.filter((q) => questionModule.get(q.id) === m.id).length
    if (count < minimum)
      push('module-minimum', m.id, moduleFile.get(m.id) ?? 'modules/', `has ${count} questions; the minimum is ${minimum}`)
    for (const fact of m.facts)
      if (!assessed.has(fact.id))
        push('fact-unassessed', fact.id, moduleFile.get(m.id) ?? 'modules/', `no question assesses fact "${fact.id}"`)
  }
  for (const s of pack?.sections ?? [])
    if (!sectionsQuestioned.has(s.id)) push('section-untaught', s.id, 'pack.yaml', `no question is drawn from pack section "${s.id}" (${s.title})`)

  const complete = pack && glossary && bankHolidays && contactsFile && worklistsFile && downtime
  return {
    errors,
    bundle: complete
      ? {
          pack,
          modules,
          questions,
          scenarios,
          glossary,
          bankHolidays,
          contacts: contactsFile.contacts,
          worklists: worklistsFile.worklists,
          downtime,
        }
      : null,
  }
}

/** Which module a question belongs to: its id carries the module number (m06-q001 → m06-…). */
export function moduleOfQuestion(bundle: ContentBundle, questionId: string): Module | undefined {
  return bundle.modules.find((m) => m.id.slice(0, 3) === questionId.slice(0, 3))
}
