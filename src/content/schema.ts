/**
 * Content schemas: the single source of truth for every kind of training content.
 * The loader, `npm run content:check` and the app all parse content through these.
 * Cross-file rules (ids, references, coverage, reachability) live in validate.ts.
 */
import { z } from 'zod'
import { isValidNhsNumber } from '../domain/nhs-number'
import { ROLES, type Role } from './roles'

// The app's CSP forbids eval, so zod's compiled parsers can never run there; saying so up front
// stops zod probing with `new Function` (a CSP violation report) on its first parse. Every zod
// schema in the renderer imports this module, so it is set before any of them parses.
z.config({ jitless: true })

export { ROLES, type Role }
export const roleSchema = z.enum(ROLES)

/** The six e-RS worklists, by stable id. Display names live in content/reference/worklists.yaml. */
export const WORKLIST_IDS = [
  'triage-rejected',
  'missing-letters',
  'incomplete-ubrns',
  'active-advice',
  'assessment-cancelled-dna',
  'pending-external',
] as const
export const worklistIdSchema = z.enum(WORKLIST_IDS)
export type WorklistId = z.infer<typeof worklistIdSchema>

/** Deadline rules that date-calculation questions can ask about (see src/domain/deadlines.ts). */
export const DEADLINE_RULES = [
  'defer-2ww',
  'defer-urgent',
  'defer-routine',
  'letter-urgent',
  'letter-routine',
] as const
export const deadlineRuleSchema = z.enum(DEADLINE_RULES)
export type DeadlineRule = z.infer<typeof deadlineRuleSchema>

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')
const nonEmpty = z.string().trim().min(1, 'must not be empty')
const sentence = z.string().trim().min(8, 'is too short to teach anything')

export const moduleIdSchema = z.string().regex(/^m\d{2}-[a-z0-9-]+$/, 'module ids look like m06-slot-issues')
export const questionIdSchema = z.string().regex(/^m\d{2}-q\d{3}$/, 'question ids look like m06-q001')
export const scenarioIdSchema = z.string().regex(/^s\d{2}-[a-z0-9-]+$/, 'scenario ids look like s01-temporary-patient')

/** NHS numbers in content must be synthetic: 999 test range with a valid modulus-11 check digit. */
export const syntheticNhsNumberSchema = z
  .string()
  .refine((v) => v.replace(/\s/g, '').startsWith('999'), 'must be in the 999 test range')
  .refine(isValidNhsNumber, 'must have a valid check digit')

// ---------- Pack ----------

export const packSectionSchema = z.strictObject({
  id: slug,
  title: nonEmpty,
  /** Heading path in the pack, e.g. "Appointment slot issues > Using the 'defer to provider' option". */
  heading: nonEmpty,
})
export type PackSection = z.infer<typeof packSectionSchema>

export const packSchema = z.strictObject({
  title: nonEmpty,
  packVersion: z.string().regex(/^\d+(?:\.\d+)*$/, 'pack versions look like 4.1'),
  packDate: z
    .string()
    .regex(/^(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/, 'pack dates look like October 2025'),
  publisher: nonEmpty,
  area: nonEmpty,
  contentVersion: z.string().regex(/^\d+\.\d+\.\d+$/, 'content version is semver'),
  questionMinimumPerModule: z.number().int().min(1),
  sections: z.array(packSectionSchema).min(1),
})
export type Pack = z.infer<typeof packSchema>

// ---------- Modules and lessons ----------

export const lessonBlockSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('paragraph'), text: sentence }),
  z.strictObject({ type: z.literal('list'), items: z.array(nonEmpty).min(1) }),
  z.strictObject({ type: z.literal('steps'), items: z.array(nonEmpty).min(2) }),
  z.strictObject({ type: z.literal('callout'), title: nonEmpty.optional(), text: sentence }),
  z.strictObject({
    type: z.literal('example'),
    title: nonEmpty.optional(),
    text: sentence,
  }),
])
export type LessonBlock = z.infer<typeof lessonBlockSchema>

export const lessonSchema = z.strictObject({
  id: z.string().regex(/^m\d{2}-l\d{2}$/, 'lesson ids look like m06-l01'),
  title: nonEmpty,
  packSections: z.array(slug).min(1),
  blocks: z.array(lessonBlockSchema).min(1),
})
export type Lesson = z.infer<typeof lessonSchema>

export const FACT_KINDS = ['rule', 'deadline', 'status', 'worklist', 'action', 'exception', 'contact'] as const
export const factSchema = z.strictObject({
  id: slug,
  kind: z.enum(FACT_KINDS),
  packSection: slug,
  /** The fact in our own words: what a question must check. */
  statement: sentence,
})
export type Fact = z.infer<typeof factSchema>

export const moduleSchema = z.strictObject({
  id: moduleIdSchema,
  order: z.number().int().min(1),
  title: nonEmpty,
  summary: sentence,
  roles: z.array(roleSchema).min(1),
  minutes: z.number().int().min(1).max(60),
  /** The locum refresher draws most of its questions from these modules (src/domain/attempt-plans.ts). */
  refresherPriority: z.boolean().optional(),
  lessons: z.array(lessonSchema).min(1),
  facts: z.array(factSchema).min(1),
})
export type Module = z.infer<typeof moduleSchema>

// ---------- Questions ----------

const optionSchema = z.strictObject({ id: slug, text: nonEmpty })

const questionBase = {
  id: questionIdSchema,
  prompt: sentence,
  explanation: sentence,
  /** The pack sections the rule comes from, the main one first (a rule may span several). */
  packSections: z.array(slug).min(1),
  /** Fact ids (from any module) this question checks. */
  assesses: z.array(slug).min(1),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  roles: z.array(roleSchema).min(1),
}

export const singleChoiceSchema = z.strictObject({
  ...questionBase,
  type: z.literal('single'),
  options: z.array(optionSchema).min(2).max(6),
  answer: slug,
})
export const multipleResponseSchema = z.strictObject({
  ...questionBase,
  type: z.literal('multiple'),
  options: z.array(optionSchema).min(3).max(8),
  answer: z.array(slug).min(1),
})
export const trueFalseSchema = z.strictObject({
  ...questionBase,
  type: z.literal('true-false'),
  answer: z.boolean(),
})
export const orderingSchema = z.strictObject({
  ...questionBase,
  type: z.literal('ordering'),
  /** Listed in the correct order; the player shuffles them. */
  items: z.array(optionSchema).min(3).max(8),
})
export const matchingSchema = z.strictObject({
  ...questionBase,
  type: z.literal('matching'),
  pairs: z.array(z.strictObject({ id: slug, left: nonEmpty, right: nonEmpty })).min(3).max(8),
  /** Extra right-hand choices that match nothing. */
  distractors: z.array(nonEmpty).optional(),
})
export const dateCalcSchema = z.strictObject({
  ...questionBase,
  type: z.literal('date-calc'),
  rule: deadlineRuleSchema,
  /** The start date is generated fresh for each attempt; near a holiday period when asked. */
  startNear: z.enum(['any', 'christmas', 'easter', 'may', 'august']).default('any'),
})
export const worklistRowSchema = z.strictObject({
  patientName: nonEmpty,
  nhsNumber: syntheticNhsNumberSchema,
  ubrn: z.string().regex(/^\d{12}$/, 'a UBRN has 12 digits'),
  priority: z.enum(['Routine', 'Urgent', 'Urgent Suspected Cancer (2WW)']),
  service: nonEmpty,
  serviceType: z.enum(['DBS', 'RAS', 'CAS', 'A&G']),
  /** Status exactly as the pack names it; omitted where the pack names none (e.g. Missing referral letters). */
  status: nonEmpty.optional(),
  /** What the row's detail column says (reason, provider comment). */
  detail: z.string().optional(),
  /** Days before "today" the row appeared on the worklist. */
  daysAgo: z.number().int().min(0).max(120),
})
export type WorklistRow = z.infer<typeof worklistRowSchema>
export const worklistTriageSchema = z.strictObject({
  ...questionBase,
  type: z.literal('worklist-triage'),
  row: worklistRowSchema,
  actions: z.array(optionSchema).min(2).max(6),
  answer: z.strictObject({ worklist: worklistIdSchema, action: slug }),
})
export const scenarioQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('scenario'),
  scenario: scenarioIdSchema,
})

export const questionSchema = z.discriminatedUnion('type', [
  singleChoiceSchema,
  multipleResponseSchema,
  trueFalseSchema,
  orderingSchema,
  matchingSchema,
  dateCalcSchema,
  worklistTriageSchema,
  scenarioQuestionSchema,
])
export type Question = z.infer<typeof questionSchema>
export type QuestionType = Question['type']
export const QUESTION_TYPES = [
  'single',
  'multiple',
  'true-false',
  'ordering',
  'matching',
  'date-calc',
  'worklist-triage',
  'scenario',
] as const satisfies readonly QuestionType[]

export const questionFileSchema = z.strictObject({
  module: moduleIdSchema,
  questions: z.array(z.unknown()).min(1),
})

// ---------- Scenarios ----------

/**
 * What a scenario choice is, by one rule for every scenario: `right` is what the pack says to do;
 * `delay` only wastes time, so the learner sees what it cost and goes on; `unsafe` would harm a
 * patient or breach information governance, so it ends the path at a poor ending.
 */
export const CHOICE_KINDS = ['right', 'delay', 'unsafe'] as const
export type ChoiceKind = (typeof CHOICE_KINDS)[number]
export const scenarioChoiceSchema = z.strictObject({
  id: slug,
  kind: z.enum(CHOICE_KINDS),
  text: nonEmpty,
  next: slug,
  /** What happens because of this choice, shown straight after it. */
  consequence: sentence,
})
export const scenarioStateSchema = z.strictObject({
  id: slug,
  text: sentence,
  choices: z.array(scenarioChoiceSchema).optional(),
  /** Set only on endings: good, or poor after an unsafe choice. (A good ending reached after a delay is "partly right".) */
  outcome: z.enum(['good', 'poor']).optional(),
})
export type ScenarioState = z.infer<typeof scenarioStateSchema>
export const scenarioSchema = z.strictObject({
  id: scenarioIdSchema,
  title: nonEmpty,
  module: moduleIdSchema,
  packSections: z.array(slug).min(1),
  roles: z.array(roleSchema).min(1),
  summary: sentence,
  /** Synthetic patient, when the case has one. */
  patient: z.strictObject({ name: nonEmpty, nhsNumber: syntheticNhsNumberSchema.optional() }).optional(),
  start: slug,
  states: z.array(scenarioStateSchema).min(3),
  debrief: z.array(sentence).min(1),
})
export type Scenario = z.infer<typeof scenarioSchema>

// ---------- Reference data ----------

export const glossarySchema = z.strictObject({
  terms: z
    .array(
      z.strictObject({
        term: nonEmpty,
        stands_for: nonEmpty.optional(),
        meaning: sentence,
        packSection: slug.optional(),
      }),
    )
    .min(1),
})
export type Glossary = z.infer<typeof glossarySchema>

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD')
export const bankHolidaysSchema = z.strictObject({
  division: z.literal('england-and-wales'),
  coversFrom: isoDate,
  coversTo: isoDate,
  source: nonEmpty,
  holidays: z.array(z.strictObject({ date: isoDate, title: nonEmpty })).min(1),
})
export type BankHolidays = z.infer<typeof bankHolidaysSchema>

export const contactSchema = z.strictObject({
  id: slug,
  organisation: nonEmpty,
  /** Site or borough the entry covers, e.g. "Denmark Hill", "Bromley". */
  scope: z.string().optional(),
  purpose: nonEmpty,
  name: z.string().optional(),
  email: z.array(z.email()).optional(),
  phone: z.string().optional(),
  note: z.string().optional(),
  packSection: slug,
})
export type Contact = z.infer<typeof contactSchema>
export const contactsSchema = z.strictObject({ contacts: z.array(contactSchema).min(1) })

export const worklistsSchema = z.strictObject({
  worklists: z
    .array(z.strictObject({ id: worklistIdSchema, name: nonEmpty, shows: sentence }))
    .length(6),
})
export type WorklistInfo = z.infer<typeof worklistsSchema>['worklists'][number]

// ---------- Downtime protocol (reference/downtime.yaml) ----------

/** The situations the pack's e-RS Downtime Protocol covers, by stable id (wording in reference/downtime.yaml). */
export const DOWNTIME_STAGES = ['first-24h', 'after-24h', 'after-5wd', 'restored', 'local', 'wider', 'web-based'] as const
export type DowntimeStage = (typeof DOWNTIME_STAGES)[number]

const downtimeRouteSchema = z.strictObject({
  /** The contacts.yaml id whose addresses this route uses. */
  contact: slug,
  /** Addresses of that contact that are copied in rather than sent to. */
  cc: z.array(z.email()).min(1).optional(),
  /** How to send, when the pack says more than "send to". */
  instruction: sentence.optional(),
})

export const downtimeStageSchema = z.strictObject({
  id: z.enum(DOWNTIME_STAGES),
  /** The choice as the learner sees it: "How long has e-RS been down?" */
  label: nonEmpty,
  packSections: z.array(slug).min(1),
  /** What the practice does now. */
  practice: z.array(sentence).min(1),
  email: z.strictObject({ heading: nonEmpty, bodyNote: sentence, routes: z.array(downtimeRouteSchema).min(1) }).optional(),
  /** contacts.yaml ids of contacts that are roles, not addresses. */
  roleContacts: z.array(slug).optional(),
  /** What the ICB (and providers) do at this stage. */
  icb: z.array(sentence).optional(),
  notes: z.array(sentence).optional(),
})
export type DowntimeStageContent = z.infer<typeof downtimeStageSchema>

export const downtimeProtocolSchema = z.strictObject({
  stages: z
    .array(downtimeStageSchema)
    .refine((stages) => DOWNTIME_STAGES.every((id) => stages.filter((s) => s.id === id).length === 1), `must list each stage once: ${DOWNTIME_STAGES.join(', ')}`),
  /** Shown under the helper whatever the stage. */
  seeAlso: sentence,
})
export type DowntimeProtocol = z.infer<typeof downtimeProtocolSchema>
