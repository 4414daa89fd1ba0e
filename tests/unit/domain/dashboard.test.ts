import { describe, expect, it } from 'vitest'
import { moduleSchema, type Module, type Role } from '../../../src/content/schema'
import { buildDashboard, filterRows, foldForSearch, sortRows, type DashboardInput, type DashboardRow } from '../../../src/domain/dashboard'
import { attemptSummariesOf, dashboardFromAttempts, type DashboardFromAttempts } from '../support/from-records'

type LearnerLike = DashboardInput['learners'][number]
type ModuleProgressLike = DashboardInput['progress'][number]
type CertificateLike = DashboardInput['certificates'][number]
type AttemptLike = DashboardFromAttempts['attempts'][number]

const mod = (id: string, order: number, roles: Role[], lessons: number): Module =>
  moduleSchema.parse({
    id,
    order,
    title: `Module ${order}`,
    summary: 'A module for the tests.',
    roles,
    minutes: 5,
    lessons: Array.from({ length: lessons }, (_, i) => ({
      id: `${id.slice(0, 3)}-l0${i + 1}`,
      title: 'L',
      packSections: ['s'],
      blocks: [{ type: 'paragraph', text: 'Some lesson text here.' }],
    })),
    facts: [{ id: 'f', kind: 'rule', packSection: 's', statement: 'A fact for the tests.' }],
  })

// Given out of order: the matrix columns follow `order`.
const m03 = mod('m03-referring', 3, ['clinician', 'locum'], 1)
const m01 = mod('m01-basics', 1, ['admin', 'clinician', 'locum', 'practice-manager'], 2)
const m02 = mod('m02-worklists', 2, ['admin'], 1)

const learner = (id: string, name: string, role: Role, practice: string, extra: Partial<LearnerLike> = {}): LearnerLike => ({
  id,
  name,
  role,
  practice,
  archived: false,
  ...extra,
})
const moduleProgress = (learnerId: string, moduleId: string, lessonsRead: string[], checkPassed: boolean): ModuleProgressLike => ({
  learnerId,
  moduleId,
  lessonsRead,
  checkPassed,
})
const submitted = (learnerId: string, kind: AttemptLike['kind'], submittedAt: string, score: number, passed: boolean): AttemptLike => ({
  learnerId,
  kind,
  status: 'submitted',
  submittedAt,
  score,
  passed,
})

/**
 * Hand-checked fixture, today 2026-06-15, refresher every 12 months:
 * - Ann (admin; m01 + m02 required): both complete, final failed 60 then passed 85, induction
 *   certificate refresh-by 2026-05-02 → completed, overdue.
 * - Ben (clinician; m01 + m03): one m01 lesson read; an unsubmitted final and a practice run (both ignored) → in progress, no certificate.
 * - Łucja (locum; only m01, the practice's choice): no modules; refresher passed 90 (certificate
 *   refresh-by 2027-01-10), later failed 70 → not started, in date, best 90, latest 70.
 * - Dev (locum): all m01 lessons, check not passed; refresher passed 88 on 2025-04-30 before
 *   certificates existed → in progress, refresh-by 2026-04-30 from the interval, overdue.
 * - Zoë (practice manager; m01): only a failed final assessment (40) → in progress, no certificate.
 * - Eve (archived) and records of an unknown learner are left out.
 */
const input: DashboardFromAttempts = {
  learners: [
    learner('zoe', 'Zoë Fay', 'practice-manager', 'Riverside Medical Centre'),
    learner('ann', 'Ann Able', 'admin', 'Northside Surgery', { staffId: 'NS-014' }),
    learner('eve', 'Eve Gone', 'admin', 'Northside Surgery', { archived: true }),
    learner('ben', 'Ben Bright', 'clinician', 'Northside Surgery', { staffId: '' }),
    learner('lucja', 'Łucja Nowak', 'locum', 'Riverside Medical Centre'),
    learner('dev', 'Dev Patel', 'locum', 'Northside Surgery'),
  ],
  progress: [
    moduleProgress('ann', 'm01-basics', ['m01-l01', 'm01-l02'], true),
    moduleProgress('ann', 'm02-worklists', ['m02-l01'], true),
    moduleProgress('ben', 'm01-basics', ['m01-l01'], false),
    moduleProgress('dev', 'm01-basics', ['m01-l01', 'm01-l02'], false),
    moduleProgress('eve', 'm01-basics', ['m01-l01', 'm01-l02'], true),
    moduleProgress('ghost', 'm01-basics', ['m01-l01'], false),
  ],
  attempts: [
    submitted('ann', 'final-assessment', '2025-05-01T10:00:00.000Z', 60, false),
    submitted('ann', 'final-assessment', '2025-05-02T10:00:00.000Z', 85, true),
    submitted('ann', 'module-check', '2025-05-03T10:00:00.000Z', 100, true),
    { learnerId: 'ben', kind: 'final-assessment', status: 'in-progress' },
    submitted('ben', 'practice', '2026-06-01T10:00:00.000Z', 100, true),
    submitted('lucja', 'locum-refresher', '2026-01-10T09:00:00.000Z', 90, true),
    submitted('lucja', 'locum-refresher', '2026-03-01T09:00:00.000Z', 70, false),
    submitted('dev', 'locum-refresher', '2025-04-30T12:00:00.000Z', 88, true),
    submitted('zoe', 'final-assessment', '2026-06-01T09:00:00.000Z', 40, false),
    submitted('eve', 'final-assessment', '2026-06-01T09:00:00.000Z', 99, true),
    submitted('ghost', 'final-assessment', '2026-06-01T09:00:00.000Z', 99, true),
  ],
  certificates: [
    { learnerId: 'ann', kind: 'induction', issuedAt: '2025-05-02T10:00:01.000Z', refreshBy: '2026-05-02' },
    { learnerId: 'lucja', kind: 'locum-refresher', issuedAt: '2026-01-10T09:00:01.000Z', refreshBy: '2027-01-10' },
    { learnerId: 'eve', kind: 'induction', issuedAt: '2026-06-01T09:00:01.000Z', refreshBy: '2027-06-01' },
  ],
  modules: [m03, m01, m02],
  mandatoryModules: { admin: null, clinician: null, locum: ['m01-basics'], 'practice-manager': null },
  todayIso: '2026-06-15',
  refresherIntervalMonths: 12,
}

const rowOf = (rows: readonly DashboardRow[], id: string): DashboardRow => {
  const row = rows.find((r) => r.learnerId === id)
  if (!row) throw new Error(`no row for ${id}`)
  return row
}
const names = (rows: readonly DashboardRow[]): string[] => rows.map((r) => r.name)

describe('buildDashboard', () => {
  const dashboard = dashboardFromAttempts(input)

  it('gives a summary only to learners with a submitted final assessment or refresher', () => {
    // Ben's unsubmitted final and practice run count for nothing, so he has no summary.
    expect(attemptSummariesOf(input.attempts).map((s) => s.learnerId).sort()).toEqual(['ann', 'dev', 'eve', 'ghost', 'lucja', 'zoe'])
  })

  it('has one row per current learner, by name, and matrix columns in module order', () => {
    expect(names(dashboard.rows)).toEqual(['Ann Able', 'Ben Bright', 'Dev Patel', 'Łucja Nowak', 'Zoë Fay'])
    expect(dashboard.modules).toEqual([
      { id: 'm01-basics', title: 'Module 1', order: 1 },
      { id: 'm02-worklists', title: 'Module 2', order: 2 },
      { id: 'm03-referring', title: 'Module 3', order: 3 },
    ])
  })

  it('Ann: induction completed, certificate lapsed', () => {
    expect(rowOf(dashboard.rows, 'ann')).toEqual({
      learnerId: 'ann',
      name: 'Ann Able',
      role: 'admin',
      practice: 'Northside Surgery',
      staffId: 'NS-014',
      induction: 'completed',
      finalAssessmentPassed: true,
      modulesCompleted: 2,
      modulesRequired: 2,
      lastRefresherAt: null,
      refreshBy: '2026-05-02',
      certificate: 'overdue',
      overdue: true,
      bestScore: 85,
      latestScore: 85,
      moduleStatus: { 'm01-basics': 'completed', 'm02-worklists': 'completed', 'm03-referring': 'not-required' },
    } satisfies DashboardRow)
  })

  it('Ben: a lesson read is in progress; unsubmitted and practice attempts do not count', () => {
    expect(rowOf(dashboard.rows, 'ben')).toMatchObject({
      staffId: null,
      induction: 'in-progress',
      finalAssessmentPassed: false,
      modulesCompleted: 0,
      modulesRequired: 2,
      refreshBy: null,
      certificate: 'none',
      overdue: false,
      bestScore: null,
      latestScore: null,
      moduleStatus: { 'm01-basics': 'in-progress', 'm02-worklists': 'not-required', 'm03-referring': 'not-started' },
    })
  })

  it('Łucja: the practice chose her modules; refresher figures from attempts and certificate', () => {
    expect(rowOf(dashboard.rows, 'lucja')).toMatchObject({
      induction: 'not-started',
      modulesCompleted: 0,
      modulesRequired: 1,
      lastRefresherAt: '2026-01-10T09:00:01.000Z',
      refreshBy: '2027-01-10',
      certificate: 'in-date',
      overdue: false,
      bestScore: 90,
      latestScore: 70,
      moduleStatus: { 'm01-basics': 'not-started', 'm02-worklists': 'not-required', 'm03-referring': 'not-required' },
    })
  })

  it('Dev: a refresher passed with no certificate counts, refresh-by from the interval', () => {
    expect(rowOf(dashboard.rows, 'dev')).toMatchObject({
      induction: 'in-progress',
      modulesCompleted: 0,
      lastRefresherAt: '2025-04-30T12:00:00.000Z',
      refreshBy: '2026-04-30',
      certificate: 'overdue',
      overdue: true,
      bestScore: 88,
      latestScore: 88,
      moduleStatus: { 'm01-basics': 'in-progress' },
    })
  })

  it('Zoë: a failed final assessment alone is in progress', () => {
    expect(rowOf(dashboard.rows, 'zoe')).toMatchObject({
      induction: 'in-progress',
      finalAssessmentPassed: false,
      modulesRequired: 1,
      certificate: 'none',
      bestScore: 40,
      latestScore: 40,
    })
  })

  it('sums the rows', () => {
    expect(dashboard.summary).toEqual({ learners: 5, completed: 1, inProgress: 3, notStarted: 1, overdue: 2, noCertificate: 2 })
  })

  it('refresh-by is in date on the day itself and overdue the day after', () => {
    expect(rowOf(dashboardFromAttempts({ ...input, todayIso: '2026-05-02' }).rows, 'ann').overdue).toBe(false)
    expect(rowOf(dashboardFromAttempts({ ...input, todayIso: '2026-05-03' }).rows, 'ann').overdue).toBe(true)
  })

  it('the later of an induction and a refresher certificate sets refresh-by', () => {
    const withRefresher = dashboardFromAttempts({
      ...input,
      certificates: [...input.certificates, { learnerId: 'ann', kind: 'locum-refresher', issuedAt: '2026-06-01', refreshBy: '2027-06-01' }],
    })
    expect(rowOf(withRefresher.rows, 'ann')).toMatchObject({
      refreshBy: '2027-06-01',
      overdue: false,
      certificate: 'in-date',
      lastRefresherAt: '2026-06-01',
    })
  })

  it('a certificate issued for the refresher means the interval is not applied again', () => {
    // Dev's refresher now has its certificate (issued with a 6-month interval): that date stands.
    const certified = dashboardFromAttempts({
      ...input,
      certificates: [{ learnerId: 'dev', kind: 'locum-refresher', issuedAt: '2025-04-30', refreshBy: '2025-10-30' }],
    })
    expect(rowOf(certified.rows, 'dev').refreshBy).toBe('2025-10-30')
  })

  it('an empty mandatory list means every module written for the role', () => {
    const all = dashboardFromAttempts({ ...input, mandatoryModules: { locum: [] } })
    expect(rowOf(all.rows, 'lucja')).toMatchObject({ modulesRequired: 2, moduleStatus: { 'm03-referring': 'not-started' } })
  })

  it('refuses a bad date or interval', () => {
    expect(() => dashboardFromAttempts({ ...input, todayIso: '15/06/2026' })).toThrow(RangeError)
    expect(() => dashboardFromAttempts({ ...input, refresherIntervalMonths: 0 })).toThrow(RangeError)
  })
})

describe('filterRows', () => {
  const { rows } = dashboardFromAttempts(input)
  it('by role', () => {
    expect(names(filterRows(rows, { role: 'locum' }))).toEqual(['Dev Patel', 'Łucja Nowak'])
  })
  it('by status, including overdue and no certificate', () => {
    expect(names(filterRows(rows, { status: 'completed' }))).toEqual(['Ann Able'])
    expect(names(filterRows(rows, { status: 'in-progress' }))).toEqual(['Ben Bright', 'Dev Patel', 'Zoë Fay'])
    expect(names(filterRows(rows, { status: 'not-started' }))).toEqual(['Łucja Nowak'])
    expect(names(filterRows(rows, { status: 'overdue' }))).toEqual(['Ann Able', 'Dev Patel'])
    expect(names(filterRows(rows, { status: 'no-certificate' }))).toEqual(['Ben Bright', 'Zoë Fay'])
  })
  it('searches name, practice and staff id, ignoring case and accents; every word must match', () => {
    expect(names(filterRows(rows, { query: 'lucja' }))).toEqual(['Łucja Nowak'])
    expect(names(filterRows(rows, { query: 'ZOE' }))).toEqual(['Zoë Fay'])
    expect(names(filterRows(rows, { query: 'ns-014' }))).toEqual(['Ann Able'])
    expect(names(filterRows(rows, { query: 'riverside' }))).toEqual(['Łucja Nowak', 'Zoë Fay'])
    expect(names(filterRows(rows, { query: '  riverside   nowak ' }))).toEqual(['Łucja Nowak'])
    expect(filterRows(rows, { query: 'nobody' })).toEqual([])
  })
  it('combines filters, and an empty filter keeps everyone', () => {
    expect(names(filterRows(rows, { role: 'locum', status: 'overdue', query: 'northside' }))).toEqual(['Dev Patel'])
    expect(filterRows(rows, {})).toEqual(rows)
    expect(filterRows(rows, { query: '   ' })).toEqual(rows)
  })
  it('folds text for search', () => {
    expect(foldForSearch('Łucja Zoë Ørsted Straße')).toBe('lucja zoe orsted strasse')
  })
})

describe('sortRows', () => {
  const { rows } = dashboardFromAttempts(input)
  it('by score, blanks last in both directions', () => {
    expect(names(sortRows(rows, 'bestScore', 'desc'))).toEqual(['Łucja Nowak', 'Dev Patel', 'Ann Able', 'Zoë Fay', 'Ben Bright'])
    expect(names(sortRows(rows, 'bestScore', 'asc'))).toEqual(['Zoë Fay', 'Ann Able', 'Dev Patel', 'Łucja Nowak', 'Ben Bright'])
    expect(names(sortRows(rows, 'latestScore', 'asc'))).toEqual(['Zoë Fay', 'Łucja Nowak', 'Ann Able', 'Dev Patel', 'Ben Bright'])
  })
  it('by refresh-by, soonest (most overdue) first, nothing to refresh last', () => {
    expect(names(sortRows(rows, 'refreshBy', 'asc'))).toEqual(['Dev Patel', 'Ann Able', 'Łucja Nowak', 'Ben Bright', 'Zoë Fay'])
  })
  it('by induction status and by modules, ties by name', () => {
    expect(names(sortRows(rows, 'induction', 'asc'))).toEqual(['Łucja Nowak', 'Ben Bright', 'Dev Patel', 'Zoë Fay', 'Ann Able'])
    expect(names(sortRows(rows, 'modules', 'desc'))).toEqual(['Ann Able', 'Ben Bright', 'Dev Patel', 'Łucja Nowak', 'Zoë Fay'])
  })
  it('by name and role as shown', () => {
    expect(names(sortRows(rows, 'name', 'desc'))).toEqual(['Zoë Fay', 'Łucja Nowak', 'Dev Patel', 'Ben Bright', 'Ann Able'])
    expect(sortRows(rows, 'role', 'asc').map((r) => r.role)).toEqual(['admin', 'clinician', 'locum', 'locum', 'practice-manager'])
  })
  it('returns a copy', () => {
    const sorted = sortRows(rows, 'name', 'desc')
    expect(sorted).not.toBe(rows)
    expect(names(rows)[0]).toBe('Ann Able')
  })
})

describe('at scale', () => {
  const ROLES: Role[] = ['admin', 'clinician', 'locum', 'practice-manager']
  // 16 modules of 3 lessons each, all roles.
  const modules = Array.from({ length: 16 }, (_, i) => mod(`m${String(i + 1).padStart(2, '0')}-module`, i + 1, ROLES, 3))

  /** Learner i has completed i % 17 modules and 20 submitted attempts (10 finals, 10 refreshers) scoring i % 50 + k. */
  function generate(learnerCount: number): DashboardFromAttempts {
    const learners: LearnerLike[] = []
    const progress: ModuleProgressLike[] = []
    const attempts: AttemptLike[] = []
    const certificates: CertificateLike[] = []
    for (let i = 0; i < learnerCount; i++) {
      const id = `l${i}`
      learners.push(learner(id, `Learner ${i}`, ROLES[i % 4] ?? 'admin', 'Practice'))
      modules.forEach((m, j) => progress.push(progressFor(id, m, j < i % 17)))
      for (let k = 0; k < 20; k++) {
        const day = String(k + 1).padStart(2, '0')
        attempts.push(submitted(id, k % 2 ? 'locum-refresher' : 'final-assessment', `2026-01-${day}T09:00:00.000Z`, (i % 50) + k, true))
      }
      if (i % 17 === 16)
        certificates.push({ learnerId: id, kind: 'induction', issuedAt: '2026-01-20', refreshBy: i % 2 ? '2026-06-01' : '2027-01-20' })
    }
    return {
      learners,
      progress,
      attempts,
      certificates,
      modules,
      mandatoryModules: {},
      todayIso: '2026-06-15',
      refresherIntervalMonths: 12,
    }
  }
  function progressFor(learnerId: string, m: Module, done: boolean): ModuleProgressLike {
    return moduleProgress(learnerId, m.id, done ? m.lessons.map((l) => l.id) : [], done)
  }

  /** Wraps an array so every read of an element is counted. */
  function counted<T>(items: readonly T[]): { items: readonly T[]; reads: () => number } {
    let reads = 0
    const proxy = new Proxy(items, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++
        return Reflect.get(target, key, receiver) as unknown
      },
    })
    return { items: proxy, reads: () => reads }
  }

  it.each([300, 600])('reads each record once for %i learners (16 modules, 20 attempts each)', (learnerCount) => {
    const { attempts, ...data } = generate(learnerCount)
    const summaries = counted(attemptSummariesOf(attempts))
    const progress = counted(data.progress)
    const certificates = counted(data.certificates)
    const learners = counted(data.learners)
    const dashboard = buildDashboard({
      ...data,
      attemptSummaries: summaries.items,
      progress: progress.items,
      certificates: certificates.items,
      learners: learners.items,
    })
    expect(summaries.reads()).toBe(summaries.items.length)
    expect(progress.reads()).toBe(learnerCount * 16)
    expect(certificates.reads()).toBe(data.certificates.length)
    expect(learners.reads()).toBe(learnerCount)
    expect(dashboard.rows).toHaveLength(learnerCount)
  })

  it('gets every figure right on 300 learners and 96,000 attempts', () => {
    const data = generate(300)
    // 300 × 16 × 20: the size the dashboard is built for.
    const big = { ...data, attempts: Array.from({ length: 16 }, () => data.attempts).flat() }
    expect(big.attempts).toHaveLength(96_000)
    const { rows, summary } = dashboardFromAttempts(big)
    for (let i = 0; i < 300; i++) {
      const row = rowOf(rows, `l${i}`)
      const done = i % 17
      const certified = done === 16
      expect(row.modulesCompleted).toBe(done)
      expect(row.modulesRequired).toBe(16)
      expect(row.moduleStatus['m01-module']).toBe(done > 0 ? 'completed' : 'not-started')
      expect(row.induction).toBe(certified ? 'completed' : 'in-progress')
      expect(row.bestScore).toBe((i % 50) + 19)
      expect(row.latestScore).toBe((i % 50) + 19)
      expect(row.lastRefresherAt).toBe('2026-01-20T09:00:00.000Z')
      // Refreshers passed on 2026-01-20 with no refresher certificate: refresh-by 2027-01-20 from the interval.
      expect(row.refreshBy).toBe('2027-01-20')
      expect(row.overdue).toBe(false)
    }
    const certifiedCount = Array.from({ length: 300 }, (_, i) => i).filter((i) => i % 17 === 16).length
    expect(summary).toEqual({
      learners: 300,
      completed: certifiedCount,
      inProgress: 300 - certifiedCount,
      notStarted: 0,
      overdue: 0,
      noCertificate: 0,
    })
  })
})
