/** Questions, a scenario and worklists for the player tests, parsed as content is. */
import { mount } from '@vue/test-utils'
import {
  questionSchema,
  scenarioSchema,
  worklistsSchema,
  type Question,
  type Scenario,
  type WorklistInfo,
} from '../../../../src/content/schema'
import type { QuestionResponse } from '../../../../src/domain/responses'
import QuestionPlayer from '../../../../src/components/questions/QuestionPlayer.vue'

const base = {
  prompt: 'A question for the tests.',
  explanation: 'Because the pack says so.',
  packSections: ['s'],
  assesses: ['f'],
  difficulty: 1,
  roles: ['admin'],
}
export const q = <T extends Question['type']>(data: Record<string, unknown> & { type: T }): Extract<Question, { type: T }> =>
  questionSchema.parse({ ...base, ...data }) as Extract<Question, { type: T }>

export const single = q({
  id: 'm01-q001',
  type: 'single',
  prompt: 'Who links a locum smartcard to the practice?',
  options: [
    { id: 'ra', text: 'The RA team' },
    { id: 'optum', text: 'The Optum help centre' },
    { id: 'gp', text: 'The GP partner' },
  ],
  answer: 'ra',
})
export const multiple = q({
  id: 'm01-q002',
  type: 'multiple',
  prompt: 'Which details does the RA team need?',
  options: [
    { id: 'sponsor', text: 'Sponsor smartcard details' },
    { id: 'user', text: 'User smartcard details' },
    { id: 'shoe', text: 'Shoe size' },
    { id: 'position', text: 'Position required' },
  ],
  answer: ['sponsor', 'user', 'position'],
})
export const trueFalse = q({ id: 'm01-q003', type: 'true-false', prompt: 'Checking worklists weekly is enough.', answer: false })
export const ordering = q({
  id: 'm01-q004',
  type: 'ordering',
  prompt: 'Put the referral steps in order.',
  items: [
    { id: 'logon', text: 'Log on with a smartcard' },
    { id: 'search', text: 'Search for a service' },
    { id: 'shortlist', text: 'Shortlist services' },
    { id: 'book', text: 'Book or defer' },
  ],
})
export const matching = q({
  id: 'm01-q005',
  type: 'matching',
  prompt: 'Match each service type to what it does.',
  pairs: [
    { id: 'dbs', left: 'DBS', right: 'Directly bookable' },
    { id: 'ras', left: 'RAS', right: 'Referral assessment' },
    { id: 'cas', left: 'CAS', right: 'Clinical assessment' },
  ],
  distractors: ['Advice only'],
})
export const dateCalc = q({
  id: 'm06-q001',
  type: 'date-calc',
  rule: 'defer-2ww',
  prompt: 'You defer a 2WW referral on {start}. By when should the patient hear?',
})
export const triage = q({
  id: 'm12-q001',
  type: 'worklist-triage',
  prompt: 'Which worklist is this row on, and what do you do?',
  row: {
    patientName: 'Test Patient',
    nhsNumber: '9990000018',
    ubrn: '123456789012',
    priority: 'Routine',
    service: 'Dermatology',
    serviceType: 'RAS',
    status: 'Triage response',
    detail: 'Please send photographs',
    daysAgo: 1,
  },
  actions: [
    { id: 'resend', text: 'Add the information and send back for triage' },
    { id: 'ignore', text: 'Leave it' },
  ],
  answer: { worklist: 'triage-rejected', action: 'resend' },
})
export const scenarioQuestion = q({ id: 'm01-q006', type: 'scenario', prompt: 'Work through the locum case.', scenario: 's01-test' })

export const scenario: Scenario = scenarioSchema.parse({
  id: 's01-test',
  title: 'The locum case',
  module: 'm01-smartcards',
  packSections: ['s'],
  roles: ['admin'],
  summary: 'A locum needs access today.',
  start: 'arrival',
  states: [
    {
      id: 'arrival',
      text: 'The locum arrives and her card does not work.',
      choices: [
        { id: 'contact-ra', kind: 'right', text: 'Contact the RA team', next: 'log', consequence: 'Good, the RA team links cards.' },
        { id: 'optum', kind: 'unsafe', text: 'Ring Optum', next: 'poor-end', consequence: 'Optum does not link smartcards.' },
      ],
    },
    {
      id: 'log',
      text: 'How do you log the request?',
      choices: [
        { id: 'phone-wrong', kind: 'delay', text: 'Ring the wrong line', next: 'log-again', consequence: 'That is the wrong line, and the morning ticks by.' },
        { id: 'portal', kind: 'right', text: 'Use the portal', next: 'good-end', consequence: 'Right, the portal is the way.' },
      ],
    },
    {
      id: 'log-again',
      text: 'The line could not help. How do you log it now?',
      choices: [
        { id: 'portal-late', kind: 'right', text: 'Use the portal', next: 'good-end', consequence: 'Right, the portal is the way.' },
        { id: 'give-up', kind: 'unsafe', text: 'Send the locum home', next: 'poor-end', consequence: 'Patients go without a doctor today.' },
      ],
    },
    { id: 'good-end', text: 'She is linked and referring by ten.', outcome: 'good' },
    { id: 'poor-end', text: 'The morning is lost on the wrong desk.', outcome: 'poor' },
  ],
  debrief: ['The RA team links a locum card to each practice.', 'Log requests on the portal.'],
})

export const worklists: WorklistInfo[] = worklistsSchema.parse({
  worklists: [
    { id: 'triage-rejected', name: 'Triage responses / Rejected referrals', shows: 'Referrals sent back by a provider.' },
    { id: 'missing-letters', name: 'Missing referral letters', shows: 'Referrals with no letter attached.' },
    { id: 'incomplete-ubrns', name: 'Incomplete UBRNs', shows: 'Draft referrals never sent on.' },
    { id: 'active-advice', name: 'Active advice requests', shows: 'Advice requests and responses.' },
    {
      id: 'assessment-cancelled-dna',
      name: 'Assessment results / Cancelled referrals / Did not attend',
      shows: 'Assessed, cancelled or DNA.',
    },
    { id: 'pending-external', name: 'Referrals pending external action', shows: 'Waiting for the provider or patient.' },
  ],
}).worklists

export interface PlayerOptions {
  modelValue?: QuestionResponse | null
  locked?: boolean
  startDate?: string
  idPrefix?: string
  seed?: number
}

/** Mounts a QuestionPlayer wired like v-model: every emitted answer is fed back as modelValue. */
export function mountPlayer(question: Question, options: PlayerOptions = {}) {
  // An ordering player emits its starting order while mounting, before `wrapper` exists.
  let mounted = false
  let early: { value: QuestionResponse | null } | undefined
  const feedBack = (value: QuestionResponse | null): void => {
    if (mounted) void wrapper.setProps({ modelValue: value })
    else early = { value }
  }
  const wrapper = mount(QuestionPlayer, {
    attachTo: document.body,
    props: {
      question,
      modelValue: options.modelValue ?? null,
      locked: options.locked ?? false,
      startDate: options.startDate,
      scenario,
      worklists,
      idPrefix: options.idPrefix ?? 'q1',
      seed: options.seed ?? 1,
      'onUpdate:modelValue': feedBack,
    },
  })
  mounted = true
  if (early) void wrapper.setProps({ modelValue: early.value })
  return wrapper
}

/** Every answer emitted so far, oldest first. */
export const emitted = (wrapper: ReturnType<typeof mountPlayer>): Array<QuestionResponse | null> =>
  (wrapper.emitted('update:modelValue') ?? []).map((args) => args[0] as QuestionResponse | null)

/** The text of the label pointing at a control. */
export const labelFor = (wrapper: ReturnType<typeof mountPlayer>, id: string): string => wrapper.find(`label[for="${id}"]`).text()
