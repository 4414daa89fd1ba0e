import { describe, expect, it } from 'vitest'
import { validateContent, type ContentRule } from '../../../src/content/validate'
import { validFiles, withChange } from './fixture-content'

type Json = Record<string, unknown>
const questions = (d: Json) => d['questions'] as Json[]
const states = (d: Json) => d['states'] as Json[]

function rulesFired(files = validFiles()): ContentRule[] {
  return validateContent(files).errors.map((e) => e.rule)
}

describe('content validation', () => {
  it('accepts the valid fixture set and builds a typed bundle', () => {
    const { errors, bundle } = validateContent(validFiles())
    expect(errors).toEqual([])
    expect(bundle?.questions).toHaveLength(3)
    expect(bundle?.modules[0]?.id).toBe('m01-test')
  })

  const cases: Array<[string, ContentRule, () => ReturnType<typeof validFiles>]> = [
    ['a duplicate question id', 'duplicate-id', () => withChange('questions/m01-test.yaml', (d) => { const qs = questions(d); qs[1] = { ...qs[1], id: 'm01-q001' } })],
    ['a question numbered for another module (unstable id)', 'unstable-id', () => withChange('questions/m01-test.yaml', (d) => { const qs = questions(d); qs[0] = { ...qs[0], id: 'm02-q001' } })],
    ['an id that is not in the stable format', 'schema', () => withChange('questions/m01-test.yaml', (d) => { const qs = questions(d); qs[0] = { ...qs[0], id: 'question one' } })],
    ['a question without an explanation', 'schema', () => withChange('questions/m01-test.yaml', (d) => { delete questions(d)[0]?.['explanation'] })],
    ['a question without a pack section', 'schema', () => withChange('questions/m01-test.yaml', (d) => { delete questions(d)[0]?.['packSections'] })],
    ['an answer that is not one of the options', 'answer-mismatch', () => withChange('questions/m01-test.yaml', (d) => { const q = questions(d)[0]; if (q) q['answer'] = 'z' })],
    ['answer data of the wrong type', 'schema', () => withChange('questions/m01-test.yaml', (d) => { const q = questions(d)[1]; if (q) q['answer'] = 'yes' })],
    ['a module under its question minimum', 'module-minimum', () => withChange('questions/m01-test.yaml', (d) => { questions(d).pop() })],
    ['a reference to a missing pack section', 'broken-reference', () => withChange('questions/m01-test.yaml', (d) => { const q = questions(d)[0]; if (q) q['packSections'] = ['nowhere'] })],
    ['a reference to a missing scenario', 'broken-reference', () => withChange('questions/m01-test.yaml', (d) => { const q = questions(d)[2]; if (q) q['scenario'] = 's09-missing' })],
    ['a reference to a missing fact', 'broken-reference', () => withChange('questions/m01-test.yaml', (d) => { const q = questions(d)[0]; if (q) q['assesses'] = ['no-such-fact'] })],
    ['a pack section taught by no question', 'section-untaught', () => withChange('pack.yaml', (d) => { (d['sections'] as Json[]).push({ id: 'worklists', title: 'Worklists', heading: 'Managing your worklists' }) })],
    ['a fact no question assesses', 'fact-unassessed', () => withChange('modules/m01-test.yaml', (d) => { (d['facts'] as Json[]).push({ id: 'orphan-fact', kind: 'rule', packSection: 'defer', statement: 'A rule nobody checks at all.' }) })],
    ['a scenario state that cannot be reached', 'scenario-unreachable', () => withChange('scenarios/s01-test.yaml', (d) => { states(d).push({ id: 'island', text: 'Nobody ever gets here.', outcome: 'poor' }) })],
    ['a "partly right" ending (the path decides that, not the ending)', 'schema', () => withChange('scenarios/s01-test.yaml', (d) => { const s = states(d)[2]; if (s) s['outcome'] = 'partial' })],
    ['a scenario choice with no kind', 'schema', () => withChange('scenarios/s01-test.yaml', (d) => { const c = (states(d)[0]?.['choices'] as Json[])[1]; if (c) delete c['kind'] })],
    ['an unsafe choice that does not end the path at a poor ending', 'scenario-rule', () => withChange('scenarios/s01-test.yaml', (d) => { const c = (states(d)[0]?.['choices'] as Json[])[1]; if (c) c['next'] = 'good' })],
    ['a time-wasting choice that ends the path instead of letting the learner go on', 'scenario-rule', () => withChange('scenarios/s01-test.yaml', (d) => { const c = (states(d)[0]?.['choices'] as Json[])[1]; if (c) c['kind'] = 'delay' })],
    ['a right choice that leads to a poor ending', 'scenario-rule', () => withChange('scenarios/s01-test.yaml', (d) => { const c = (states(d)[0]?.['choices'] as Json[])[0]; if (c) c['next'] = 'bad' })],
    ['a step whose choices are all right', 'scenario-rule', () => withChange('scenarios/s01-test.yaml', (d) => { const c = (states(d)[0]?.['choices'] as Json[])[1]; if (c) { c['kind'] = 'right'; c['next'] = 'good' } })],
    ['a step with no right choice', 'scenario-rule', () => withChange('scenarios/s01-test.yaml', (d) => { const c = (states(d)[0]?.['choices'] as Json[])[0]; if (c) { c['kind'] = 'unsafe'; c['next'] = 'bad' } })],
    ['a step with more than four choices', 'scenario-rule', () => withChange('scenarios/s01-test.yaml', (d) => { const cs = states(d)[0]?.['choices'] as Json[]; for (const n of [1, 2, 3]) cs.push({ id: `extra-${n}`, kind: 'unsafe', text: `Extra choice ${n}`, next: 'bad', consequence: 'Nothing good comes of it.' }) })],
    ['a scenario state with no way out', 'scenario-dead-end', () => withChange('scenarios/s01-test.yaml', (d) => { const s = states(d)[2]; if (s) delete s['outcome'] })],
    ['a scenario loop that never ends', 'scenario-dead-end', () => withChange('scenarios/s01-test.yaml', (d) => {
      const start = states(d)[0]
      if (start) (start['choices'] as Json[]).push({ id: 'loop', kind: 'delay', text: 'Wait', next: 'waiting', consequence: 'You wait a little longer.' })
      states(d).push({ id: 'waiting', text: 'Still waiting for something.', choices: [{ id: 'again', kind: 'delay', text: 'Wait again', next: 'waiting', consequence: 'Nothing changes at all.' }] })
    })],
    ['a path that comes back to a step it has passed', 'scenario-loop', () => withChange('scenarios/s01-test.yaml', (d) => {
      const start = states(d)[0]
      if (start) (start['choices'] as Json[]).push({ id: 'detour', kind: 'delay', text: 'Ask around first', next: 'asking', consequence: 'Nobody knows, and time passes.' })
      states(d).push({ id: 'asking', text: 'Still no slots are available.', choices: [{ id: 'back', kind: 'delay', text: 'Go back to the start', next: 'start', consequence: 'You are where you began.' }, { id: 'defer-now', kind: 'right', text: 'Defer it now', next: 'good', consequence: 'The provider books it.' }] })
    })],
    ['a scenario with no good ending', 'scenario-no-good-ending', () => withChange('scenarios/s01-test.yaml', (d) => { const s = states(d)[1]; if (s) s['outcome'] = 'poor' })],
    ['a synthetic patient outside the 999 range', 'schema', () => withChange('scenarios/s01-test.yaml', (d) => { d['patient'] = { name: 'Test', nhsNumber: '4010232137' } })],
    ['an unknown key on a question (never dropped silently)', 'schema', () => withChange('questions/m01-test.yaml', (d) => { const q = questions(d)[0]; if (q) q['hint'] = 'Think about deferral.' })],
    ['an unknown key on an option', 'schema', () => withChange('questions/m01-test.yaml', (d) => { const q = questions(d)[0]; if (q) (q['options'] as Json[])[0] = { id: 'a', text: 'Referrals pending external action', colour: 'red' } })],
    ['option text cut at a comma by a YAML flow map', 'null-value', () => withChange('questions/m01-test.yaml', (d) => { const q = questions(d)[0]; if (q) (q['options'] as Json[])[1] = { id: 'b', text: 'Incomplete UBRNs', 'then the referral is lost': null } })],
    ['a null value anywhere in a file', 'null-value', () => withChange('glossary.yaml', (d) => { d['note'] = null })],
    ['two options of one question that read the same', 'duplicate-text', () => withChange('questions/m01-test.yaml', (d) => { const q = questions(d)[0]; if (q) (q['options'] as Json[])[1] = { id: 'b', text: 'referrals pending external action.' } })],
    ['two choices at one scenario step that read the same', 'duplicate-text', () => withChange('scenarios/s01-test.yaml', (d) => { const choices = states(d)[0]?.['choices'] as Json[]; if (choices[1]) choices[1]['text'] = 'Defer to the provider' })],
    ['a missing reference file', 'missing-file', () => validFiles().filter((f) => f.path !== 'reference/contacts.yaml')],
    ['a downtime stage listed twice', 'schema', () => withChange('reference/downtime.yaml', (d) => { const stages = d['stages'] as Json[]; stages[1] = { ...stages[1], id: 'first-24h' } })],
    ['a downtime route to a contact that is not in contacts.yaml', 'broken-reference', () => withChange('reference/downtime.yaml', (d) => { const stage = (d['stages'] as Json[])[1]; if (stage) stage['email'] = { heading: 'Email addresses', bodyNote: 'Say why the referral goes by email.', routes: [{ contact: 'nobody' }] } })],
    ['a downtime cc address the contact does not have', 'broken-reference', () => withChange('reference/downtime.yaml', (d) => { const stage = (d['stages'] as Json[])[1]; if (stage) stage['email'] = { heading: 'Email addresses', bodyNote: 'Say why the referral goes by email.', routes: [{ contact: 'training', cc: ['someone@nhs.net'] }] } })],
    ['a downtime stage citing a pack section not in pack.yaml', 'broken-reference', () => withChange('reference/downtime.yaml', (d) => { const stage = (d['stages'] as Json[])[0]; if (stage) stage['packSections'] = ['nowhere'] })],
    ['no module marked as a locum refresher priority', 'refresher-priority', () => withChange('modules/m01-test.yaml', (d) => { delete d['refresherPriority'] })],
    ['a pack version that is not a version number', 'schema', () => withChange('pack.yaml', (d) => { d['packVersion'] = 'v4.1' })],
    ['a pack date that is not a month and year', 'schema', () => withChange('pack.yaml', (d) => { d['packDate'] = '10/2025' })],
    ['a pack without the area it applies to', 'schema', () => withChange('pack.yaml', (d) => { delete d['area'] })],
  ]

  it.each(cases)('refuses %s', (_label, rule, files) => {
    expect(rulesFired(files())).toContain(rule)
  })

  it('names the question and the exact place of a value YAML cut short', () => {
    const files = withChange('questions/m01-test.yaml', (d) => { const q = questions(d)[0]; if (q) (q['options'] as Json[])[1] = { id: 'b', text: 'Incomplete UBRNs', 'then the referral is lost': null } })
    expect(validateContent(files).errors).toContainEqual(
      expect.objectContaining({ rule: 'null-value', id: 'b', file: 'questions/m01-test.yaml', message: expect.stringContaining('questions[0].options[1].then the referral is lost') }),
    )
  })

  it('collects every error instead of stopping at the first, with id and file', () => {
    const files = withChange('questions/m01-test.yaml', (d) => {
      const [a, b] = questions(d)
      if (a) a['answer'] = 'z'
      if (b) delete b['explanation']
    })
    const { errors } = validateContent(files)
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'answer-mismatch', id: 'm01-q001', file: 'questions/m01-test.yaml' }),
        expect.objectContaining({ rule: 'schema', id: 'm01-q002', file: 'questions/m01-test.yaml' }),
      ]),
    )
  })
})
