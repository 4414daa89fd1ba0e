/** The attempt lifecycle on real content and a fake IndexedDB: answer-as-you-go, resume, submit. */
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import type { PlatformApi } from '../../../src/platform'
import { setServices } from '../../../src/stores/services'
import { useAppStore } from '../../../src/stores/use-app-store'
import { markingContext, useAttemptStore } from '../../../src/stores/use-attempt-store'
import { useContentStore } from '../../../src/stores/use-content-store'
import { useLearnersStore } from '../../../src/stores/use-learners-store'
import { useProgressStore } from '../../../src/stores/use-progress-store'
import { freshFactory, testRepositories } from '../db/test-db'
import { correctResponse } from '../support/correct-response'

const platform: PlatformApi = { kind: 'browser', saveFile: async () => ({ saved: true }), openFiles: async () => [], appVersion: async () => 't', openExternal: async () => false }

/** A fresh app session on the given "disk": like closing and reopening the window. */
async function session(factory: ReturnType<typeof freshFactory>) {
  setActivePinia(createPinia())
  const repos = await testRepositories(factory)
  setServices({ repos, platform })
  await useAppStore().start()
  await useLearnersStore().load()
  const bundle = await useContentStore().ensureLoaded()
  if (!bundle) throw new Error('content did not load')
  return { repos, bundle, attempts: useAttemptStore(), learners: useLearnersStore(), progress: useProgressStore() }
}

describe('attempt store', () => {
  it('saves each answer at once, and a new session resumes the same attempt at the same question', async () => {
    const factory = freshFactory()
    const first = await session(factory)
    await first.learners.create({ name: 'Resume Testperson', role: 'admin', practice: 'Synthetic Surgery' })
    const attempt = await first.attempts.begin('locum-refresher')
    expect(attempt.questionIds).toHaveLength(20)
    const ctx = markingContext(first.bundle, attempt.seed)
    for (const q of first.attempts.questions.slice(0, 3)) await first.attempts.saveAnswer(q, correctResponse(q, attempt.seed, ctx.scenarios))
    await first.attempts.goTo(3)

    const second = await session(factory)
    const resumed = await second.attempts.begin('locum-refresher')
    expect(resumed.id).toBe(attempt.id)
    expect(resumed.questionIds).toEqual(attempt.questionIds)
    expect(resumed.currentIndex).toBe(3)
    expect(second.attempts.answers.size).toBe(3)
  })

  it('refuses an answer that does not fit the question, and saves nothing', async () => {
    const s = await session(freshFactory())
    await s.learners.create({ name: 'A', role: 'admin', practice: 'P' })
    await s.attempts.begin('module-check', { moduleId: 'm09-access-codes' })
    const q = s.attempts.questions[0]
    if (!q) throw new Error('no question')
    expect(await s.attempts.saveAnswer(q, { type: 'single', optionId: 'not-an-option' })).toBeNull()
    expect(s.attempts.rejection).toMatch(/./)
    expect(await s.repos.answers.forAttempt(s.attempts.attempt?.id ?? '')).toEqual([])
  })

  it('a passed knowledge check with lessons read completes the module; a retake gets fresh questions', async () => {
    const s = await session(freshFactory())
    await s.learners.create({ name: 'B', role: 'admin', practice: 'P' })
    const module = s.bundle.modules.find((m) => m.id === 'm09-access-codes')
    if (!module) throw new Error('module missing')
    for (const lesson of module.lessons) await s.progress.markLessonRead(module.id, lesson.id)
    const attempt = await s.attempts.begin('module-check', { moduleId: module.id })
    const ctx = markingContext(s.bundle, attempt.seed)
    for (const q of s.attempts.questions) expect(await s.attempts.saveAnswer(q, correctResponse(q, attempt.seed, ctx.scenarios))).toBe(true)
    const score = await s.attempts.submit()
    expect(score).toMatchObject({ percent: 100, passed: true })
    const record = await s.repos.progress.get(attempt.learnerId, module.id)
    expect(record).toMatchObject({ checkPassed: true, bestScore: 100 })
    expect(record?.completedAt).toBeDefined()

    const retake = await s.attempts.begin('module-check', { moduleId: module.id })
    expect(retake.id).not.toBe(attempt.id)
    const bankSize = s.bundle.questions.filter((q) => q.id.startsWith('m09-')).length
    const repeated = retake.questionIds.filter((id) => attempt.questionIds.includes(id)).length
    expect(repeated).toBe(Math.max(0, retake.questionIds.length - (bankSize - attempt.questionIds.length)))
  })

  it('a failed check puts the wrong answers into practice, due tomorrow', async () => {
    const s = await session(freshFactory())
    await s.learners.create({ name: 'C', role: 'clinician', practice: 'P' })
    const attempt = await s.attempts.begin('module-check', { moduleId: 'm12-worklists' })
    const score = await s.attempts.submit()
    expect(score.passed).toBe(false)
    const items = await s.repos.review.forLearner(attempt.learnerId)
    expect(items.map((i) => i.questionId).sort()).toEqual([...attempt.questionIds].sort())
    expect(items.every((i) => i.box === 1)).toBe(true)
  })

  it('cannot submit twice', async () => {
    const s = await session(freshFactory())
    await s.learners.create({ name: 'D', role: 'locum', practice: 'P' })
    await s.attempts.begin('locum-refresher')
    await s.attempts.submit()
    await expect(s.attempts.submit()).rejects.toThrow(/already been submitted/)
  })
})
