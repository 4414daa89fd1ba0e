import { describe, expect, it } from 'vitest'
import glossaryData from '../../../content/glossary.yaml'
import packData from '../../../content/pack.yaml'
import { glossarySchema, moduleSchema, packSchema, type Module, type PackSection } from '../../../src/content/schema'
import {
  buildReferenceIndex,
  describeResultCount,
  FACT_KIND_LABELS,
  indexWords,
  normaliseText,
  queryTerms,
  searchReference,
  type FactHit,
  type LessonHit,
  type SearchHit,
} from '../../../src/domain/reference-search'

const sections: PackSection[] = [
  { id: 'defer', title: 'Deferring to the provider', heading: 'Appointment slot issues > defer' },
  { id: 'letters', title: 'Attaching referral letters', heading: 'Attaching referral letters' },
  { id: 'downtime', title: 'Downtime - after 24 hours', heading: 'e-RS Downtime Protocol > After 24 hours' },
]

function mod(over: Partial<Module> & Pick<Module, 'id' | 'order' | 'title' | 'facts'>): Module {
  return { summary: 'A module used only in these tests.', roles: ['admin'], minutes: 5, lessons: [], ...over }
}

const modules: Module[] = [
  // Listed out of order on purpose: results follow `order`.
  mod({
    id: 'm15-downtime',
    order: 15,
    title: 'The e-RS downtime protocol',
    facts: [
      {
        id: 'a24-kch-dh',
        kind: 'contact',
        packSection: 'downtime',
        statement: 'KCH Denmark Hill 2WW referrals during downtime go to kch-tr.2weekwaitopacdh@nhs.net.',
      },
      {
        id: 'a24-hold',
        kind: 'rule',
        packSection: 'downtime',
        statement: 'After 24 hours, practices continue to hold urgent and routine referrals.',
      },
    ],
    lessons: [
      {
        id: 'm15-l02',
        title: 'After 24 hours',
        packSections: ['downtime'],
        blocks: [
          { type: 'paragraph', text: 'The ICB emails practice managers: **2WW referrals** go by email.' },
          { type: 'list', items: ['**KCH Denmark Hill:** kch-tr.2weekwaitopacdh@nhs.net', '**LGT:** LG.2WWLGT@nhs.net'] },
          { type: 'callout', title: 'In every email', text: 'Say why the referral is coming by email.' },
        ],
      },
    ],
  }),
  mod({
    id: 'm06-slot-issues',
    order: 6,
    title: 'Appointment slot issues',
    facts: [
      {
        id: 'defer-2ww',
        kind: 'deadline',
        packSection: 'defer',
        statement: 'After deferral, a 2WW patient should hear from the provider within 2 working days.',
      },
      {
        id: 'defer-routine',
        kind: 'deadline',
        packSection: 'defer',
        statement: 'After deferral, a routine patient should hear from the provider within 40 working days.',
      },
      {
        id: 'pending-status',
        kind: 'status',
        packSection: 'defer',
        statement: "The patient's referral shows as Deferred to provider until it is booked.",
      },
      {
        id: 'unknown-section',
        kind: 'rule',
        packSection: 'not-in-pack-yaml',
        statement: 'A fact citing a section the list does not have.',
      },
    ],
    lessons: [],
  }),
  mod({
    id: 'm07-referral-letters',
    order: 7,
    title: 'Attaching referral letters',
    facts: [
      {
        id: 'letter-routine',
        kind: 'deadline',
        packSection: 'letters',
        statement: 'Routine referral letters are attached within 3 working days.',
      },
    ],
  }),
]

const glossary = [
  { term: 'A&G', stands_for: 'Advice and guidance', meaning: 'A way for a clinician to ask a specialist for advice.' },
  {
    term: 'UBRN',
    stands_for: 'Unique Booking Reference Number',
    meaning: 'The 12-digit number that identifies a referral.',
    packSection: 'letters',
  },
]

const index = buildReferenceIndex({ modules, sections, glossary })
const ids = (query: string): string[] => searchReference(index, query).groups.flatMap((g) => g.hits.map((h) => h.id))

describe('normalising text', () => {
  it('ignores case, accents, apostrophes and dash styles', () => {
    expect(normaliseText('Patient’s RÉFERRAL – e‑RS')).toBe('patients referral - e-rs')
  })
  it('indexes compounds both in parts and written solid', () => {
    expect(indexWords('e-RS')).toEqual(['e', 'rs', 'ers'])
    expect(indexWords('kch-tr.2weekwaitopacdh@nhs.net')).toEqual([
      'kch',
      'tr',
      '2weekwaitopacdh',
      'nhs',
      'net',
      'kchtr2weekwaitopacdhnhsnet',
    ])
  })
  it('keeps "&" inside a word (A&G) and drops it on its own', () => {
    expect(indexWords('A&G and Advice & Guidance')).toEqual(['a&g', 'and', 'advice', 'guidance'])
  })
  it('drops a plural "s" from typed words longer than 3 letters only', () => {
    expect(queryTerms('referrals RAS access deadlines').map((t) => t.joined)).toEqual(['referral', 'ras', 'access', 'deadline'])
  })
  it('treats punctuation-only queries as empty', () => {
    expect(queryTerms(' ... / & ')).toEqual([])
    expect(searchReference(index, ' -- ')).toEqual({ searched: false, groups: [], total: 0 })
  })
})

describe('searching', () => {
  it('finds nothing for an empty query', () => {
    expect(searchReference(index, '')).toEqual({ searched: false, groups: [], total: 0 })
  })

  it('matches words at their start: "defer" finds deferral and deferred', () => {
    expect(ids('defer')).toEqual(['defer-2ww', 'defer-routine', 'pending-status'])
  })

  it('needs every word to match', () => {
    expect(ids('deferral routine')).toEqual(['defer-routine'])
    expect(ids('deferral routine letters')).toEqual([])
  })

  it('ignores case and punctuation in the query', () => {
    expect(ids('DEFERRAL, ROUTINE!')).toEqual(['defer-routine'])
    expect(ids('“2WW” (deferral)')).toEqual(['defer-2ww'])
  })

  it('does not match inside words', () => {
    expect(ids('erral')).toEqual([])
  })

  it('finds facts by their kind', () => {
    expect(ids('deadline')).toEqual(['defer-2ww', 'defer-routine', 'letter-routine'])
    expect(ids('deadlines')).toEqual(ids('deadline'))
    expect(ids('status')).toEqual(['pending-status'])
  })

  it('finds an email address pasted whole, in any case, in facts and lesson lists', () => {
    expect(ids('KCH-TR.2weekwaitopacdh@NHS.NET')).toEqual(['a24-kch-dh', 'm15-l02-b2-i1'])
    expect(ids('2weekwait')).toEqual(['a24-kch-dh', 'm15-l02-b2-i1'])
  })

  it('finds hyphenated words however they are typed', () => {
    const all = ids('2ww')
    expect(ids('2-WW')).toEqual(all)
    expect(ids('eRS')).toEqual(ids('e-RS'))
  })

  it('searches lesson text, one result per list item, with markup removed', () => {
    const result = searchReference(index, 'LG.2WWLGT')
    expect(result.total).toBe(1)
    const hit = result.groups[0]?.hits[0] as LessonHit
    expect(hit).toMatchObject({
      type: 'lesson',
      id: 'm15-l02-b2-i2',
      lessonTitle: 'After 24 hours',
      text: 'LGT: LG.2WWLGT@nhs.net',
      moduleTitle: 'The e-RS downtime protocol',
      sectionTitles: ['Downtime - after 24 hours'],
    })
  })

  it("searches a callout's title as well as its text", () => {
    expect(ids('every email')).toEqual(['m15-l02-b3'])
  })

  it('groups by module in course order, facts before lesson passages', () => {
    const result = searchReference(index, '2ww')
    expect(result.groups.map((g) => [g.id, g.title])).toEqual([
      ['m06-slot-issues', 'Appointment slot issues'],
      ['m15-downtime', 'The e-RS downtime protocol'],
    ])
    // The paragraph and the LG.2WWLGT list item; "2ww" does not start "2weekwaitopacdh".
    expect(result.groups[1]?.hits.map((h: SearchHit) => h.id)).toEqual(['a24-kch-dh', 'm15-l02-b1', 'm15-l02-b2-i2'])
    expect(result.total).toBe(4)
  })

  it('gives each fact its statement, kind in words, module title and pack section title', () => {
    const hit = searchReference(index, '40 working days').groups[0]?.hits[0] as FactHit
    expect(hit).toEqual({
      type: 'fact',
      id: 'defer-routine',
      kind: 'deadline',
      kindLabel: 'Deadline',
      statement: 'After deferral, a routine patient should hear from the provider within 40 working days.',
      moduleTitle: 'Appointment slot issues',
      sectionTitle: 'Deferring to the provider',
    })
  })

  it('falls back to the section id when pack.yaml does not name it', () => {
    const hit = searchReference(index, 'citing').groups[0]?.hits[0] as FactHit
    expect(hit.sectionTitle).toBe('not-in-pack-yaml')
  })

  it('searches the glossary last, as its own group', () => {
    const result = searchReference(index, 'a&g')
    expect(result.groups.map((g) => g.id)).toEqual(['glossary'])
    expect(result.groups[0]?.hits[0]).toMatchObject({ type: 'term', term: 'A&G', standsFor: 'Advice and guidance' })
    expect(searchReference(index, 'unique booking').groups[0]?.hits[0]).toMatchObject({
      term: 'UBRN',
      sectionTitle: 'Attaching referral letters',
    })
  })
})

describe('describing the count', () => {
  it('says how many results and where', () => {
    expect(describeResultCount(searchReference(index, ''))).toBe('')
    expect(describeResultCount(searchReference(index, 'zzz'))).toBe('No results')
    expect(describeResultCount(searchReference(index, 'deferral routine'))).toBe('1 result in 1 module')
    expect(describeResultCount(searchReference(index, 'deadline'))).toBe('3 results in 2 modules')
    expect(describeResultCount(searchReference(index, 'ubrn'))).toBe('1 result in the glossary')
    expect(describeResultCount(searchReference(index, 'referral'))).toMatch(/^\d+ results in 3 modules and the glossary$/)
  })
})

describe('with the real content', () => {
  const files = import.meta.glob<unknown>('../../../content/modules/*.yaml', { eager: true, import: 'default' })
  const realModules = Object.values(files).map((data) => moduleSchema.parse(data))
  const pack = packSchema.parse(packData)
  const realIndex = buildReferenceIndex({
    modules: realModules,
    sections: pack.sections,
    glossary: glossarySchema.parse(glossaryData).terms,
  })

  it('indexes every fact of every module', () => {
    const factCount = realModules.reduce((n, m) => n + m.facts.length, 0)
    expect(realIndex.entries.filter((e) => e.hit.type === 'fact')).toHaveLength(factCount)
  })

  it('names every fact kind in words and every fact section from pack.yaml', () => {
    const sectionTitles = new Set(pack.sections.map((s) => s.title))
    for (const e of realIndex.entries) {
      if (e.hit.type !== 'fact') continue
      expect(e.hit.kindLabel).toBe(FACT_KIND_LABELS[e.hit.kind])
      expect(sectionTitles.has(e.hit.sectionTitle), `${e.hit.id} cites ${e.hit.sectionTitle}`).toBe(true)
    }
  })

  it('finds the 2WW deferral deadline and the KCH Denmark Hill downtime address', () => {
    const deferral = searchReference(realIndex, 'defer 2 working days')
    expect(deferral.groups.some((g) => g.id === 'm06-slot-issues')).toBe(true)
    const address = searchReference(realIndex, 'kch-tr.2weekwaitopacdh@nhs.net')
    expect(address.groups.some((g) => g.id === 'm15-downtime' && g.hits.some((h) => h.type === 'fact' && h.kind === 'contact'))).toBe(true)
  })

  it('gives every hit an id that is unique on the page', () => {
    const all = searchReference(realIndex, 'e-RS').groups.flatMap((g) => g.hits.map((h) => h.id))
    expect(new Set(all).size).toBe(all.length)
  })
})
