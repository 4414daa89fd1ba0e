/** The manager's whole-table reads: every record once, and the dashboard's attempts by kind. */
import { describe, expect, it } from 'vitest'
import type { AttemptKind, AttemptRecord } from '../../../src/db'
import { buildDashboard } from '../../../src/domain/dashboard'
import { loadAppContent } from '../../../src/content/app-content'
import { testRepositories } from './test-db'

const attempt = (id: string, learnerId: string, kind: AttemptKind, score: number): AttemptRecord => ({
  id,
  learnerId,
  kind,
  seed: 1,
  questionIds: [],
  status: 'submitted',
  currentIndex: 0,
  contentVersion: '1.0.0',
  startedAt: '2026-01-01T09:00:00.000Z',
  submittedAt: `2026-01-0${id.length % 9 || 1}T10:00:00.000Z`,
  score,
  passed: score >= 80,
})

describe('whole-table reads', () => {
  it('ofKinds reads just the kinds asked for; the dashboard built from them is the one built from every attempt', async () => {
    const repos = await testRepositories()
    const ann = await repos.learners.create({ name: 'Ann', role: 'admin', practice: 'P' })
    const ben = await repos.learners.create({ name: 'Ben', role: 'locum', practice: 'P' })
    const kinds: AttemptKind[] = ['module-check', 'final-assessment', 'locum-refresher', 'practice', 'scenario', 'worklist-sim']
    let n = 0
    for (const learner of [ann, ben]) for (const kind of kinds) for (const score of [60, 90]) await repos.attempts.add(attempt(`a${n++}`, learner.id, kind, score))

    const all = await repos.attempts.all()
    expect(all).toHaveLength(24)
    const some = await repos.attempts.ofKinds(['final-assessment', 'locum-refresher', 'final-assessment'])
    expect(some.map((a) => a.kind).sort()).toEqual([...Array(4).fill('final-assessment'), ...Array(4).fill('locum-refresher')])

    const bundle = loadAppContent()
    const base = { learners: await repos.learners.list(), progress: await repos.progress.all(), certificates: await repos.certificates.all(), modules: bundle.modules, mandatoryModules: {}, todayIso: '2026-03-02', refresherIntervalMonths: 12 }
    expect(buildDashboard({ ...base, attempts: some })).toEqual(buildDashboard({ ...base, attempts: all }))
  })
})
