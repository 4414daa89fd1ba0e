/**
 * "Search the rules" on the Reference screen: one query over facts, lesson passages and the glossary,
 * grouped by module in course order. Matching rules: docs/design-notes.md#reference-search.
 */
import type { Fact, Glossary, LessonBlock, Module, PackSection } from '../content/schema'

export type FactKind = Fact['kind']

/** How each kind of fact is named on screen (always in words, never by colour alone). */
export const FACT_KIND_LABELS: Readonly<Record<FactKind, string>> = {
  deadline: 'Deadline',
  status: 'Status',
  worklist: 'Worklist',
  action: 'Action',
  exception: 'Exception',
  contact: 'Contact',
  rule: 'Rule',
}

export interface FactHit {
  type: 'fact'
  /** Unique on the page: the fact id. */
  id: string
  kind: FactKind
  kindLabel: string
  statement: string
  moduleTitle: string
  sectionTitle: string
}

export interface LessonHit {
  type: 'lesson'
  /** Unique on the page: lesson id, block and item position. */
  id: string
  lessonTitle: string
  /** A callout's or example's own title, when it has one. */
  title?: string
  text: string
  moduleTitle: string
  sectionTitles: string[]
}

export interface TermHit {
  type: 'term'
  id: string
  term: string
  standsFor?: string
  meaning: string
  sectionTitle?: string
}

export type SearchHit = FactHit | LessonHit | TermHit

export interface SearchGroup {
  /** Module id, or "glossary". */
  id: string
  title: string
  hits: SearchHit[]
}

export interface SearchResult {
  /** False when the query has no searchable words (empty, or punctuation only). */
  searched: boolean
  groups: SearchGroup[]
  total: number
}

interface IndexEntry {
  groupId: string
  hit: SearchHit
  words: readonly string[]
}

export interface ReferenceIndex {
  groups: ReadonlyArray<{ id: string; title: string }>
  entries: readonly IndexEntry[]
}

export interface ReferenceSource {
  modules: readonly Module[]
  sections: readonly PackSection[]
  glossary?: Glossary['terms']
}

// ---------- normalising text ----------

/** Characters that join the parts of one token (e-RS, kch-tr.2weekwait@nhs.net) rather than separate words. */
const JOINERS = /[.@\-_+]+/
/** Anything else that is not a letter, digit, "&" or a joiner separates words. */
const SEPARATORS = /[^a-z0-9&.@\-_+]+/
const HAS_LETTER_OR_DIGIT = /[a-z0-9]/

/** Lower case, accents removed, apostrophes dropped ("patient's" → "patients"), curly quotes and dashes flattened. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc`]/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
}

interface Chunk {
  /** The chunk with its joiners removed: "e-rs" → "ers". */
  joined: string
  /** The chunk split at its joiners: "e-rs" → ["e", "rs"]. */
  parts: string[]
}

function chunks(text: string): Chunk[] {
  const out: Chunk[] = []
  for (const raw of normaliseText(text).split(SEPARATORS)) {
    const parts = raw.split(JOINERS).filter((p) => HAS_LETTER_OR_DIGIT.test(p))
    if (parts.length) out.push({ joined: parts.join(''), parts })
  }
  return out
}

/** The words an item can be found by: every part, plus each compound written solid ("e-RS" → e, rs, ers). */
export function indexWords(text: string): string[] {
  const words = new Set<string>()
  for (const c of chunks(text)) {
    for (const p of c.parts) words.add(p)
    if (c.parts.length > 1) words.add(c.joined)
  }
  return [...words]
}

/** Drops a plural "s" from typed words longer than 3 letters ("referrals" → "referral", but not "ras" or "access"). */
function stem(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word
}

interface QueryTerm {
  joined: string
  parts: string[]
}

/** The query as terms that must all match. Duplicates are dropped. */
export function queryTerms(query: string): QueryTerm[] {
  const seen = new Set<string>()
  const terms: QueryTerm[] = []
  for (const c of chunks(query)) {
    const joined = stem(c.joined)
    if (seen.has(joined)) continue
    seen.add(joined)
    terms.push({ joined, parts: c.parts.map(stem) })
  }
  return terms
}

const startsAnyWord = (words: readonly string[], prefix: string): boolean => words.some((w) => w.startsWith(prefix))

/** A term matches when it starts a word written solid, or when each of its parts starts a word. */
function termMatches(words: readonly string[], term: QueryTerm): boolean {
  return startsAnyWord(words, term.joined) || (term.parts.length > 1 && term.parts.every((p) => startsAnyWord(words, p)))
}

// ---------- building the index ----------

/** Lesson text is authored with **bold** marks; the reference shows it plain. */
export function plainText(text: string): string {
  return text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim()
}

interface Passage {
  suffix: string
  title?: string
  text: string
}

function passages(block: LessonBlock): Passage[] {
  switch (block.type) {
    case 'paragraph':
      return [{ suffix: '', text: block.text }]
    case 'callout':
    case 'example':
      return [{ suffix: '', text: block.text, ...(block.title ? { title: block.title } : {}) }]
    case 'list':
    case 'steps':
      // One result per item, so a search for one address does not return a whole list.
      return block.items.map((text, i) => ({ suffix: `-i${i + 1}`, text }))
  }
}

export function buildReferenceIndex(source: ReferenceSource): ReferenceIndex {
  const sectionTitle = new Map(source.sections.map((s) => [s.id, s.title]))
  const titleOf = (id: string): string => sectionTitle.get(id) ?? id
  const groups: Array<{ id: string; title: string }> = []
  const entries: IndexEntry[] = []

  const modules = [...source.modules].sort((a, b) => a.order - b.order)
  for (const m of modules) {
    groups.push({ id: m.id, title: m.title })
    for (const f of m.facts) {
      const kindLabel = FACT_KIND_LABELS[f.kind]
      entries.push({
        groupId: m.id,
        hit: {
          type: 'fact',
          id: f.id,
          kind: f.kind,
          kindLabel,
          statement: plainText(f.statement),
          moduleTitle: m.title,
          sectionTitle: titleOf(f.packSection),
        },
        words: indexWords(`${f.statement} ${f.kind}`),
      })
    }
    for (const lesson of m.lessons) {
      const sectionTitles = lesson.packSections.map(titleOf)
      lesson.blocks.forEach((block, b) => {
        for (const p of passages(block)) {
          const title = p.title ? plainText(p.title) : undefined
          const text = plainText(p.text)
          entries.push({
            groupId: m.id,
            hit: {
              type: 'lesson',
              id: `${lesson.id}-b${b + 1}${p.suffix}`,
              lessonTitle: lesson.title,
              ...(title ? { title } : {}),
              text,
              moduleTitle: m.title,
              sectionTitles,
            },
            words: indexWords(`${title ?? ''} ${text}`),
          })
        }
      })
    }
  }

  if (source.glossary?.length) {
    groups.push({ id: 'glossary', title: 'Glossary' })
    source.glossary.forEach((t, i) => {
      entries.push({
        groupId: 'glossary',
        hit: {
          type: 'term',
          id: `term-${i + 1}`,
          term: t.term,
          ...(t.stands_for ? { standsFor: t.stands_for } : {}),
          meaning: plainText(t.meaning),
          ...(t.packSection ? { sectionTitle: titleOf(t.packSection) } : {}),
        },
        words: indexWords(`${t.term} ${t.stands_for ?? ''} ${t.meaning}`),
      })
    })
  }

  // Facts before lesson passages within a module: the fact is the rule, the lesson the teaching.
  const rank = (e: IndexEntry): number => (e.hit.type === 'fact' ? 0 : 1)
  const groupOrder = new Map(groups.map((g, i) => [g.id, i]))
  const ordered = entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (groupOrder.get(a.e.groupId) ?? 0) - (groupOrder.get(b.e.groupId) ?? 0) || rank(a.e) - rank(b.e) || a.i - b.i)
    .map(({ e }) => e)
  return { groups, entries: ordered }
}

// ---------- searching ----------

export function searchReference(index: ReferenceIndex, query: string): SearchResult {
  const terms = queryTerms(query)
  if (!terms.length) return { searched: false, groups: [], total: 0 }
  const byGroup = new Map<string, SearchHit[]>()
  for (const entry of index.entries) {
    if (!terms.every((t) => termMatches(entry.words, t))) continue
    const hits = byGroup.get(entry.groupId) ?? []
    hits.push(entry.hit)
    byGroup.set(entry.groupId, hits)
  }
  const groups = index.groups.flatMap((g) => {
    const hits = byGroup.get(g.id)
    return hits ? [{ id: g.id, title: g.title, hits }] : []
  })
  return { searched: true, groups, total: groups.reduce((n, g) => n + g.hits.length, 0) }
}

/** "1 result in 1 module", "12 results in 3 modules and the glossary", "No results". */
export function describeResultCount(result: SearchResult): string {
  if (!result.searched) return ''
  if (result.total === 0) return 'No results'
  const results = `${result.total} ${result.total === 1 ? 'result' : 'results'}`
  const modules = result.groups.filter((g) => g.id !== 'glossary').length
  const glossary = result.groups.some((g) => g.id === 'glossary')
  const where: string[] = []
  if (modules) where.push(`${modules} ${modules === 1 ? 'module' : 'modules'}`)
  if (glossary) where.push('the glossary')
  return `${results} in ${where.join(' and ')}`
}
