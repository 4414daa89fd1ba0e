/**
 * One attempt at a time: starting or resuming it, saving each answer the moment it is given,
 * moving between questions, and submitting it (one transaction). Everything is in the database
 * as it happens, so closing the window mid-attempt loses nothing.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { Question, Scenario } from '../content/schema'
import type { ContentBundle } from '../content/validate'
import { progressId, reviewItemId, type AnswerRecord, type AttemptKind, type AttemptRecord, type CertificateRecord, type ModuleProgressRecord } from '../domain/model'
import { feedbackMode, drawFinalAssessment, drawForModuleCheck, drawLocumRefresher } from '../domain/attempt-plans'
import { planSubmission } from '../domain/attempt-submission'
import { localToday } from '../domain/iso-date'
import { certificateDigest } from '../domain/certificate'
import { certificateAwarded } from '../domain/certificate-award'
import { modulesForRole } from '../domain/module-progress'
import { generateVerificationCode, platformRandomBytes } from '../domain/verification-code'
import { newSeed } from '../domain/random'
import { nextReview } from '../domain/review-schedule'
import { checkResponse, dateQuestionStart, markResponse, type AttemptScore, type MarkingContext } from '../domain/scoring'
import type { QuestionResponse } from '../domain/responses'
import { services } from './services'
import { useAppStore } from './use-app-store'
import { useContentStore } from './use-content-store'
import { useLearnersStore } from './use-learners-store'

export class AttemptError extends Error {
  override name = 'AttemptError'
}

async function content(): Promise<ContentBundle> {
  const bundle = await useContentStore().ensureLoaded()
  if (!bundle) throw new AttemptError('The training content could not be loaded.')
  return bundle
}

export function markingContext(bundle: ContentBundle, seed: number): MarkingContext {
  return { attemptSeed: seed, scenarios: new Map<string, Scenario>(bundle.scenarios.map((s) => [s.id, s])) }
}

export const useAttemptStore = defineStore('attempt', () => {
  // Shallow: records go back into IndexedDB, which cannot store Vue's reactive proxies.
  const attempt = shallowRef<AttemptRecord | null>(null)
  const answers = shallowRef<Map<string, AnswerRecord>>(new Map())
  const questions = shallowRef<Question[]>([])
  const rejection = ref<string | null>(null)
  const lastScore = ref<AttemptScore | null>(null)
  /** The certificate the last submission earned, if any. */
  const lastCertificate = shallowRef<CertificateRecord | null>(null)

  const mode = computed(() => (attempt.value ? feedbackMode(attempt.value.kind) : 'immediate'))
  const currentQuestion = computed(() => questions.value[attempt.value?.currentIndex ?? 0] ?? null)
  const answeredCount = computed(() => questions.value.filter((q) => answers.value.has(q.id)).length)

  function reset(): void {
    attempt.value = null
    answers.value = new Map()
    questions.value = []
    rejection.value = null
    lastScore.value = null
    lastCertificate.value = null
  }

  async function open(attemptId: string): Promise<AttemptRecord> {
    const bundle = await content()
    const { repos } = services()
    const record = await repos.attempts.get(attemptId)
    if (!record) throw new AttemptError('This attempt could not be found.')
    const byId = new Map(bundle.questions.map((q) => [q.id, q]))
    const resolved = record.questionIds.map((id) => byId.get(id))
    if (resolved.some((q) => !q)) throw new AttemptError('Some questions in this attempt are no longer in the content.')
    const saved = await repos.answers.forAttempt(attemptId)
    attempt.value = record
    questions.value = resolved as Question[]
    answers.value = new Map(saved.map((a) => [a.questionId, a]))
    rejection.value = null
    lastScore.value = null
    return record
  }

  /** Resumes the learner's in-progress attempt of this kind (and module), or starts a new one. */
  async function begin(kind: AttemptKind, options: { moduleId?: string; questionIds?: string[] } = {}): Promise<AttemptRecord> {
    const bundle = await content()
    const { repos } = services()
    const app = useAppStore()
    const learner = useLearnersStore().currentLearner
    if (!learner) throw new AttemptError('Choose who you are in the Learner menu first.')
    const sameQuestions = (a: AttemptRecord): boolean => (kind !== 'scenario' && kind !== 'worklist-sim') || a.questionIds.join() === (options.questionIds ?? []).join()
    const inProgress = (await repos.attempts.inProgress(learner.id)).find((a) => a.kind === kind && a.moduleId === options.moduleId && sameQuestions(a))
    if (inProgress) return open(inProgress.id)

    const seed = newSeed()
    let questionIds: string[]
    switch (kind) {
      case 'module-check': {
        if (!options.moduleId) throw new AttemptError('No module was given for the knowledge check.')
        const previous = (await repos.attempts.forLearner(learner.id)).filter((a) => a.kind === 'module-check' && a.moduleId === options.moduleId).at(-1)
        questionIds = drawForModuleCheck(bundle.questions, options.moduleId, seed, learner.role, previous?.questionIds ?? [])
        break
      }
      case 'final-assessment': {
        const modules = modulesForRole(bundle.modules, learner.role, app.settings.mandatoryModules[learner.role])
        questionIds = drawFinalAssessment(bundle.questions, modules, seed, learner.role)
        break
      }
      case 'locum-refresher':
        questionIds = drawLocumRefresher(bundle.questions, bundle.modules, seed)
        break
      default:
        questionIds = options.questionIds ?? []
    }
    if (questionIds.length === 0) throw new AttemptError('There are no questions to ask here yet.')
    const record: AttemptRecord = {
      id: crypto.randomUUID(),
      learnerId: learner.id,
      kind,
      ...(options.moduleId ? { moduleId: options.moduleId } : {}),
      seed,
      questionIds,
      status: 'in-progress',
      currentIndex: 0,
      contentVersion: bundle.pack.contentVersion,
      startedAt: new Date().toISOString(),
    }
    await app.guardedWrite(() => repos.attempts.add(record))
    return open(record.id)
  }

  function startDateFor(question: Question): string | undefined {
    if (question.type !== 'date-calc' || !attempt.value) return undefined
    return dateQuestionStart(question, attempt.value.seed)
  }

  /**
   * Checks and saves one answer straight away. An answer that does not fit the question is
   * refused with a message and nothing is written. Returns whether it was right.
   */
  async function saveAnswer(question: Question, raw: QuestionResponse | unknown): Promise<boolean | null> {
    const current = attempt.value
    if (!current || current.status !== 'in-progress') throw new AttemptError('This attempt is not open for answers.')
    const bundle = await content()
    const context = markingContext(bundle, current.seed)
    const checked = checkResponse(question, raw, context)
    if (!checked.ok) {
      rejection.value = checked.message
      return null
    }
    rejection.value = null
    const correct = markResponse(question, checked.response, context)
    const { repos } = services()
    const app = useAppStore()
    const saved = await app.guardedWrite(() =>
      repos.answers.save({ attemptId: current.id, learnerId: current.learnerId, questionId: question.id, response: checked.response, correct, answeredAt: new Date().toISOString() }),
    )
    answers.value = new Map(answers.value).set(question.id, saved)
    if (current.kind === 'practice') {
      const existing = await repos.review.get(current.learnerId, question.id)
      const next = nextReview(existing, correct, localToday())
      await app.guardedWrite(async () => {
        if (next) await repos.review.put({ id: reviewItemId(current.learnerId, question.id), learnerId: current.learnerId, questionId: question.id, ...next, lastReviewedAt: new Date().toISOString() })
        else await repos.review.delete(current.learnerId, question.id)
      })
    }
    return correct
  }

  async function goTo(index: number): Promise<void> {
    const current = attempt.value
    if (!current) return
    const clamped = Math.max(0, Math.min(index, current.questionIds.length - 1))
    if (clamped === current.currentIndex) return
    attempt.value = { ...current, currentIndex: clamped }
    await useAppStore().guardedWrite(() => services().repos.attempts.setCurrentIndex(current.id, clamped))
  }

  /** The certificate this submission earns (src/domain/certificate-award.ts), ready to store with it. */
  async function certificateEarnedBy(submitted: AttemptRecord, progressAfter: ModuleProgressRecord | undefined, bundle: ContentBundle): Promise<CertificateRecord | null> {
    const { repos } = services()
    const app = useAppStore()
    const learner = await repos.learners.get(submitted.learnerId)
    if (!learner) return null
    const [progress, attempts, certificates] = await Promise.all([
      repos.progress.forLearner(learner.id),
      repos.attempts.forLearner(learner.id),
      repos.certificates.forLearner(learner.id),
    ])
    const payload = certificateAwarded({
      submitted,
      learner,
      modules: bundle.modules,
      mandatoryModules: app.settings.mandatoryModules[learner.role],
      progress: progressAfter ? [...progress.filter((p) => p.moduleId !== progressAfter.moduleId), progressAfter] : progress,
      attempts,
      certificates,
      todayIso: localToday(),
      refreshMonths: app.settings.refresherIntervalMonths,
      contentVersion: bundle.pack.contentVersion,
      appVersion: app.appVersion,
      code: generateVerificationCode(platformRandomBytes),
    })
    if (!payload) return null
    const digest = await certificateDigest(payload)
    return { id: crypto.randomUUID(), learnerId: learner.id, code: payload.code, kind: payload.kind, issuedAt: new Date().toISOString(), refreshBy: payload.refreshBy, record: { payload, digest } }
  }

  /** Marks the attempt and saves its result, progress and practice items in one transaction. */
  async function submit(): Promise<AttemptScore> {
    const current = attempt.value
    if (!current || current.status !== 'in-progress') throw new AttemptError('This attempt has already been submitted.')
    const bundle = await content()
    const { repos } = services()
    const app = useAppStore()
    const module = current.moduleId ? bundle.modules.find((m) => m.id === current.moduleId) : undefined
    const progress = current.moduleId
      ? ((await repos.progress.get(current.learnerId, current.moduleId)) ?? {
          id: progressId(current.learnerId, current.moduleId),
          learnerId: current.learnerId,
          moduleId: current.moduleId,
          lessonsRead: [],
          checkPassed: false,
          updatedAt: new Date().toISOString(),
        })
      : undefined
    const existingReviews = new Map((await repos.review.forLearner(current.learnerId)).map((r) => [r.questionId, r]))
    const now = new Date().toISOString()
    const plan = planSubmission({
      attempt: current,
      correctById: new Map([...answers.value].map(([id, a]) => [id, a.correct])),
      passMarkPercent: app.settings.passMarkPercent,
      ...(progress ? { progress } : {}),
      lessonsTotal: module?.lessons.map((l) => l.id) ?? [],
      existingReviews,
      todayIso: localToday(),
      nowIso: now,
    })
    const submitted: AttemptRecord = { ...current, status: 'submitted', submittedAt: now, score: plan.score.percent, passed: plan.score.passed }
    const certificate = await certificateEarnedBy(submitted, plan.progress, bundle)
    await app.guardedWrite(() =>
      repos.submissions.submit({
        attempt: submitted,
        ...(plan.progress ? { progress: plan.progress } : {}),
        reviewPuts: plan.reviewPuts,
        reviewDeletes: plan.reviewDeletes,
        ...(certificate ? { certificate } : {}),
      }),
    )
    lastCertificate.value = certificate
    attempt.value = submitted
    lastScore.value = plan.score
    return plan.score
  }

  /**
   * Records an activity that was played outside the attempt screen (a scenario, a worklist day)
   * as a submitted attempt, so it shows in the learner's progress.
   */
  async function recordActivity(kind: 'scenario' | 'worklist-sim', entries: Array<{ question: Question; response: QuestionResponse | null }>): Promise<AttemptScore> {
    await begin(kind, { questionIds: entries.map((e) => e.question.id) })
    for (const { question, response } of entries) if (response) await saveAnswer(question, response)
    return submit()
  }

  return { recordActivity, attempt, answers, questions, rejection, lastScore, lastCertificate, mode, currentQuestion, answeredCount, reset, open, begin, startDateFor, saveAnswer, goTo, submit }
})
