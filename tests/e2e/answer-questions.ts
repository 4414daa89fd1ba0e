/**
 * Answers whatever question the attempt page shows, as a learner would (by clicking and typing),
 * either correctly or deliberately wrongly. The question is identified from the attempt saved in
 * IndexedDB; the answers come from the content files.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, type Page } from '@playwright/test'
import { parse } from 'yaml'

type Json = Record<string, unknown>
export interface Option { id: string; text: string }
export interface Question extends Json { id: string; type: string }
interface ScenarioState { id: string; outcome?: string; choices?: Array<{ id: string; kind: string; next: string; text: string }> }
export interface Scenario { id: string; start: string; states: ScenarioState[] }

const contentDir = resolve(import.meta.dirname, '../../content')
const readYaml = (path: string): Json => parse(readFileSync(path, 'utf8')) as Json

export const QUESTIONS = new Map<string, Question>()
for (const f of readdirSync(resolve(contentDir, 'questions'))) for (const q of readYaml(resolve(contentDir, 'questions', f))['questions'] as Question[]) QUESTIONS.set(q.id, q)
export const SCENARIOS = new Map<string, Scenario>()
for (const f of readdirSync(resolve(contentDir, 'scenarios'))) {
  const s = readYaml(resolve(contentDir, 'scenarios', f)) as unknown as Scenario
  SCENARIOS.set(s.id, s)
}
export const WORKLISTS = new Map((readYaml(resolve(contentDir, 'reference/worklists.yaml'))['worklists'] as Array<{ id: string; name: string }>).map((w) => [w.id, w.name]))
const HOLIDAYS = new Set((readYaml(resolve(contentDir, 'reference/bank-holidays.yaml'))['holidays'] as Array<{ date: string }>).map((h) => h.date))

/** Independent oracle for the date questions (deliberately not the app's own code). */
function addWorkingDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`)
  let n = 0
  while (n < days) {
    d.setUTCDate(d.getUTCDate() + 1)
    const day = d.getUTCDay()
    if (day !== 0 && day !== 6 && !HOLIDAYS.has(d.toISOString().slice(0, 10))) n++
  }
  return d.toISOString().slice(0, 10)
}
export function dueFor(rule: string, start: string): string {
  const working: Record<string, number> = { 'defer-2ww': 2, 'defer-urgent': 20, 'defer-routine': 40, 'letter-routine': 3 }
  if (rule === 'letter-urgent') {
    const d = new Date(`${start}T00:00:00Z`)
    d.setUTCDate(d.getUTCDate() + 1)
    return d.toISOString().slice(0, 10)
  }
  return addWorkingDays(start, working[rule] ?? NaN)
}
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
export function parseLongDate(text: string): string {
  const m = /(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})/.exec(text)
  if (!m) throw new Error(`no date in "${text}"`)
  return `${m[3]}-${String(MONTHS.indexOf(m[2] ?? '') + 1).padStart(2, '0')}-${String(m[1]).padStart(2, '0')}`
}

/** A shortest path to a good ending by right choices only (a delay on the way is only partly right), or to a poor ending. */
export function pathTo(scenario: Scenario, good: boolean): string[] {
  const states = new Map(scenario.states.map((s) => [s.id, s]))
  const queue: Array<{ id: string; path: string[] }> = [{ id: scenario.start, path: [] }]
  const seen = new Set<string>()
  while (queue.length) {
    const { id, path } = queue.shift() as { id: string; path: string[] }
    if (seen.has(id)) continue
    seen.add(id)
    const s = states.get(id)
    if (s?.outcome && (good ? s.outcome === 'good' : s.outcome !== 'good')) return path
    for (const c of s?.choices ?? []) if (!good || c.kind === 'right') queue.push({ id: c.next, path: [...path, c.id] })
  }
  throw new Error(`no ${good ? 'good' : 'other'} ending in ${scenario.id}`)
}

export async function attemptQuestionIds(page: Page): Promise<string[]> {
  const attemptId = /#\/attempts\/([^/?]+)/.exec(page.url())?.[1]
  if (!attemptId) throw new Error(`not on an attempt page: ${page.url()}`)
  return page.evaluate(
    (id) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('ers-trainer')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const get = open.result.transaction('attempts').objectStore('attempts').get(id)
          get.onsuccess = () => {
            resolve((get.result as { questionIds: string[] }).questionIds)
            open.result.close()
          }
          get.onerror = () => reject(get.error)
        }
      }),
    attemptId,
  )
}

/** The index shown in "Question n of N". */
export async function currentIndex(page: Page): Promise<number> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Question \d+ of \d+/)
  const heading = await page.getByRole('heading', { level: 1 }).innerText()
  const m = /Question (\d+) of (\d+)/.exec(heading)
  if (!m) throw new Error(`unexpected heading "${heading}"`)
  return Number(m[1]) - 1
}

export async function answerShownQuestion(page: Page, correct: boolean): Promise<Question> {
  const index = await currentIndex(page)
  const id = (await attemptQuestionIds(page))[index]
  const q = id ? QUESTIONS.get(id) : undefined
  if (!q) throw new Error(`question ${id} not found in content`)
  const p = `q${index}`
  const click = (selector: string) => page.locator(selector).click()
  switch (q.type) {
    case 'single': {
      const options = q['options'] as Option[]
      const pick = correct ? (q['answer'] as string) : (options.find((o) => o.id !== q['answer'])?.id ?? '')
      await page.locator(`#${p}-option-${pick}`).check()
      break
    }
    case 'multiple': {
      const answer = q['answer'] as string[]
      const options = q['options'] as Option[]
      const picks = correct ? answer : options.filter((o) => !answer.includes(o.id)).slice(0, 1).map((o) => o.id)
      for (const id of picks) await page.locator(`#${p}-option-${id}`).check()
      break
    }
    case 'true-false':
      await page.locator(`#${p}-${String(correct ? q['answer'] : !q['answer'])}`).check()
      break
    case 'ordering': {
      const items = q['items'] as Option[]
      const target = correct ? items : [...items.slice(1), ...items.slice(0, 1)]
      for (let i = 0; i < target.length; i++) {
        const item = target[i] as Option
        for (;;) {
          const texts = await page.locator('.app-ordering__text').allInnerTexts()
          const at = texts.findIndex((t) => t.trim() === item.text.trim())
          if (at <= i) break
          await click(`#${p}-step-${item.id}-up`)
        }
      }
      break
    }
    case 'matching': {
      const pairs = q['pairs'] as Array<{ id: string; right: string }>
      for (const [i, pair] of pairs.entries()) {
        const right = correct ? pair.right : (pairs[(i + 1) % pairs.length] as { right: string }).right
        await page.locator(`#${p}-match-${pair.id}`).selectOption({ label: right })
      }
      break
    }
    case 'date-calc': {
      const start = parseLongDate(await page.locator('legend').first().innerText())
      const due = dueFor(q['rule'] as string, start)
      await page.locator(`#${p}-date`).fill(correct ? due : start)
      break
    }
    case 'worklist-triage': {
      const answer = q['answer'] as { worklist: string; action: string }
      const actions = q['actions'] as Option[]
      await page.locator(`#${p}-worklist-${answer.worklist}`).check()
      const action = correct ? answer.action : (actions.find((a) => a.id !== answer.action)?.id ?? '')
      await page.locator(`#${p}-action-${action}`).check()
      expect(WORKLISTS.has(answer.worklist)).toBe(true)
      break
    }
    case 'scenario': {
      const scenario = SCENARIOS.get(q['scenario'] as string)
      if (!scenario) throw new Error('missing scenario')
      await playScenario(page, p, scenario, correct)
      break
    }
    default:
      throw new Error(`no answerer for ${q.type}`)
  }
  return q
}

export async function playScenario(page: Page, prefix: string, scenario: Scenario, good: boolean): Promise<void> {
  for (const choiceId of pathTo(scenario, good)) {
    await page.locator(`#${prefix}-choice-${choiceId}`).click()
    await page.locator(`#${prefix}-continue`).click()
  }
}

/** Works through a whole attempt and submits it. */
export async function completeAttempt(page: Page, correct: boolean | ((index: number) => boolean), onQuestion?: (q: Question) => Promise<void>): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Question \d+ of \d+/)
  const heading = await page.getByRole('heading', { level: 1 }).innerText()
  const total = Number(/of (\d+)/.exec(heading)?.[1])
  const immediate = await page.getByRole('button', { name: 'Check my answer' }).isVisible()
  for (let i = 0; i < total; i++) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question ${i + 1} of ${total}`)
    const q = await answerShownQuestion(page, typeof correct === 'function' ? correct(i) : correct)
    if (onQuestion) await onQuestion(q)
    if (immediate) {
      await page.getByRole('button', { name: 'Check my answer' }).click()
      await expect(page.getByRole('status').filter({ hasText: /Correct|Not quite/ })).toBeVisible()
      await page.getByRole('button', { name: i < total - 1 ? 'Next question' : 'See my result' }).click()
    } else if (i < total - 1) {
      await page.getByRole('button', { name: 'Save and continue' }).click()
    } else {
      await page.getByRole('button', { name: 'Save answer' }).click()
      await page.getByRole('button', { name: 'Submit my answers' }).click()
    }
  }
  await expect(page.getByRole('heading', { level: 1, name: /Your result/ })).toBeVisible()
}
