/** A tiny, valid content set. Each validation test breaks one thing in a copy of it. */
import type { ContentFile } from '../../../src/content/validate'

export function validFiles(): ContentFile[] {
  const roles = ['admin', 'clinician']
  const q = (n: number, extra: Record<string, unknown>) => ({
    id: `m01-q00${n}`,
    prompt: 'Which worklist shows a deferred referral?',
    explanation: 'Deferred referrals wait on Referrals pending external action until booked.',
    packSections: ['defer'],
    assesses: ['deferred-worklist'],
    difficulty: 1,
    roles,
    ...extra,
  })
  return [
    {
      path: 'pack.yaml',
      data: {
        title: 'Pack',
        packVersion: '4.1',
        packDate: 'October 2025',
        publisher: 'NHS South East London',
        area: 'South East London',
        contentVersion: '1.0.0',
        questionMinimumPerModule: 3,
        sections: [{ id: 'defer', title: 'Deferring', heading: 'Appointment slot issues > defer' }],
      },
    },
    {
      path: 'modules/m01-test.yaml',
      data: {
        id: 'm01-test',
        order: 1,
        title: 'Test module',
        summary: 'A module used only by tests.',
        roles,
        minutes: 5,
        refresherPriority: true,
        lessons: [{ id: 'm01-l01', title: 'Lesson', packSections: ['defer'], blocks: [{ type: 'paragraph', text: 'Deferred referrals are tracked on a worklist.' }] }],
        facts: [{ id: 'deferred-worklist', kind: 'worklist', packSection: 'defer', statement: 'Deferred referrals show on Referrals pending external action.' }],
      },
    },
    {
      path: 'questions/m01-test.yaml',
      data: {
        module: 'm01-test',
        questions: [
          q(1, { type: 'single', options: [{ id: 'a', text: 'Referrals pending external action' }, { id: 'b', text: 'Incomplete UBRNs' }], answer: 'a' }),
          q(2, { type: 'true-false', answer: true }),
          q(3, { type: 'scenario', scenario: 's01-test' }),
        ],
      },
    },
    {
      path: 'scenarios/s01-test.yaml',
      data: {
        id: 's01-test',
        title: 'Test scenario',
        module: 'm01-test',
        packSections: ['defer'],
        roles,
        summary: 'A scenario used only by tests.',
        start: 'start',
        states: [
          { id: 'start', text: 'No slots are available today.', choices: [
            { id: 'defer', kind: 'right', text: 'Defer to the provider', next: 'good', consequence: 'The provider now books the appointment.' },
            { id: 'cancel', kind: 'unsafe', text: 'Cancel it', next: 'bad', consequence: 'The patient goes to the back of the queue.' },
          ] },
          { id: 'good', text: 'The referral is deferred correctly.', outcome: 'good' },
          { id: 'bad', text: 'The referral was cancelled needlessly.', outcome: 'poor' },
        ],
        debrief: ['Defer when there are no slots at all.'],
      },
    },
    { path: 'glossary.yaml', data: { terms: [{ term: 'UBRN', stands_for: 'Unique Booking Reference Number', meaning: 'The number that identifies a referral.' }] } },
    { path: 'reference/bank-holidays.yaml', data: { division: 'england-and-wales', coversFrom: '2026-01-01', coversTo: '2026-12-31', source: 'test', holidays: [{ date: '2026-12-25', title: 'Christmas Day' }] } },
    { path: 'reference/contacts.yaml', data: { contacts: [{ id: 'training', organisation: 'SEL', purpose: 'e-RS training', email: ['PrimaryCareFacilitators@selondonics.nhs.uk'], packSection: 'defer' }] } },
    {
      path: 'reference/downtime.yaml',
      data: {
        stages: ['first-24h', 'after-24h', 'after-5wd', 'restored', 'local', 'wider', 'web-based'].map((id) => ({
          id,
          label: `Stage ${id}`,
          packSections: ['defer'],
          practice: ['Hold all referrals until e-RS is restored.'],
          ...(id === 'after-24h' ? { email: { heading: 'Email addresses', bodyNote: 'Say why the referral goes by email.', routes: [{ contact: 'training' }] } } : {}),
        })),
        seeAlso: 'Check the live service information for e-RS.',
      },
    },
    {
      path: 'reference/worklists.yaml',
      data: {
        worklists: ['triage-rejected', 'missing-letters', 'incomplete-ubrns', 'active-advice', 'assessment-cancelled-dna', 'pending-external'].map((id) => ({
          id,
          name: id,
          shows: 'Something a worklist shows.',
        })),
      },
    },
  ]
}

/** Returns a deep copy of the valid set with `mutate` applied to the file at `path`. */
export function withChange(path: string, mutate: (data: Record<string, unknown>) => void): ContentFile[] {
  const files = structuredClone(validFiles())
  const file = files.find((f) => f.path === path)
  if (!file) throw new Error(`no fixture file ${path}`)
  mutate(file.data as Record<string, unknown>)
  return files
}
