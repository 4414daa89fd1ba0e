/**
 * Keyboard-only helpers: move focus with Tab / Shift+Tab and act with keys, never with the mouse.
 * The DOM is only read (to know what is focused, checked or selected) so the test can decide
 * which key to press next, as a sighted keyboard user would by looking at the screen.
 */
import { expect, type Page } from '@playwright/test'
import {
  attemptQuestionIds,
  currentIndex,
  dueFor,
  parseLongDate,
  pathTo,
  QUESTIONS,
  SCENARIOS,
  type Option,
  type Question,
  type Scenario,
} from './answer-questions'

/** What the focused element is, as read from document.activeElement. */
export interface Focused {
  tag: string
  id: string
  type: string
  name: string
  text: string
  value: string
  checked: boolean
  href: string
  /** Whether it matches the selector given to tabTo (false when a function was given). */
  matches: boolean
}

export type FocusTarget = string | ((el: Focused) => boolean)

const MAX_PRESSES = 300

export async function focused(page: Page, selector = ''): Promise<Focused> {
  return page.evaluate((sel) => {
    const el = document.activeElement
    const input = el as HTMLInputElement | null
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      type: input?.type ?? '',
      name: input?.name ?? '',
      text: (el as HTMLElement | null)?.innerText?.trim().replace(/\s+/g, ' ') ?? '',
      value: typeof input?.value === 'string' ? input.value : '',
      checked: Boolean(input?.checked),
      href: el?.getAttribute('href') ?? '',
      matches: Boolean(sel && el && el !== document.body && el.matches(sel)),
    }
  }, selector)
}

/** True if the element for `selector` comes before the focused element in document order. */
async function targetIsBehind(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const target = document.querySelector(sel)
    const active = document.activeElement
    if (!target || !active || active === document.body) return false
    return Boolean(active.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_PRECEDING)
  }, selector)
}

/**
 * Presses Tab (or Shift+Tab when a selector's element lies behind the focus) until the focused
 * element matches; fails after 300 presses, naming the last elements reached. Proves the target
 * is reachable by keyboard.
 */
export async function tabTo(page: Page, target: FocusTarget, options: { backwards?: boolean } = {}): Promise<Focused> {
  const selector = typeof target === 'string' ? target : ''
  const test = (f: Focused): boolean => (typeof target === 'string' ? f.matches : target(f))
  let current = await focused(page, selector)
  if (test(current)) return current
  const backwards = options.backwards ?? (selector ? await targetIsBehind(page, selector) : false)
  const key = backwards ? 'Shift+Tab' : 'Tab'
  const trail: string[] = []
  for (let i = 0; i < MAX_PRESSES; i++) {
    await page.keyboard.press(key)
    current = await focused(page, selector)
    if (test(current)) return current
    trail.push(`${current.tag}#${current.id}${current.text ? ` "${current.text.slice(0, 30)}"` : ''}`)
  }
  throw new Error(
    `could not reach ${selector || String(target)} with ${key} in ${MAX_PRESSES} presses; last: ${trail.slice(-8).join(' | ')}`,
  )
}

/** A button by its visible text (exact, whitespace collapsed). */
export const button =
  (text: string | RegExp) =>
  (f: Focused): boolean =>
    f.tag === 'button' && (typeof text === 'string' ? f.text === text : text.test(f.text))

/** Tab to a button by its text and press Enter on it. */
export async function pressButton(page: Page, text: string | RegExp): Promise<void> {
  await tabTo(page, button(text))
  await page.keyboard.press('Enter')
}

/** Tab to the element for `selector` and press a key on it (Enter by default). */
export async function activate(page: Page, selector: string, key = 'Enter'): Promise<void> {
  await tabTo(page, selector)
  await page.keyboard.press(key)
}

/**
 * Checks one radio of a group: Tab into the group (which lands on its checked radio, or the
 * first/last one), then ArrowDown / ArrowUp until the wanted radio is the checked one; Space if
 * focus already sits on it unchecked.
 */
export async function chooseRadio(page: Page, groupName: string, wantedId: string): Promise<void> {
  const ids = await page.evaluate(
    (name) => [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`)].map((r) => r.id),
    groupName,
  )
  const wanted = ids.indexOf(wantedId)
  if (wanted < 0) throw new Error(`no radio #${wantedId} in group ${groupName}`)
  let current = await tabTo(page, `input[type="radio"][name="${groupName}"]`)
  for (let i = 0; i <= ids.length * 2; i++) {
    if (current.id === wantedId) {
      if (!current.checked) await page.keyboard.press('Space')
      break
    }
    await page.keyboard.press(ids.indexOf(current.id) < wanted ? 'ArrowDown' : 'ArrowUp')
    current = await focused(page)
  }
  await expect(page.locator(`#${wantedId}`)).toBeChecked()
}

/** Ticks a checkbox with Space (only if it is not ticked already). */
export async function tick(page: Page, selector: string): Promise<void> {
  const f = await tabTo(page, selector)
  if (!f.checked) await page.keyboard.press('Space')
  await expect(page.locator(selector)).toBeChecked()
}

/** Tabs to a select and presses ArrowDown / ArrowUp until it holds `value`. */
export async function chooseInSelect(page: Page, selector: string, value: string): Promise<void> {
  await tabTo(page, selector)
  const select = page.locator(selector)
  const values = await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))
  const wanted = values.indexOf(value)
  if (wanted < 0) throw new Error(`${selector} has no option ${value}`)
  for (let i = 0; i <= values.length; i++) {
    const now = values.indexOf(await select.inputValue())
    if (now === wanted) break
    await page.keyboard.press(now < wanted ? 'ArrowDown' : 'ArrowUp')
  }
  await expect(select).toHaveValue(value)
}

/**
 * Makes the app's random seeds (a Uint32Array of one, from crypto.getRandomValues) the given
 * number, so a draw of questions is the same every run. Other uses of getRandomValues are untouched.
 */
export async function pinSeed(page: Page, seed: number): Promise<void> {
  await page.addInitScript((value) => {
    const original = crypto.getRandomValues.bind(crypto)
    const pinned: typeof crypto.getRandomValues = (array) => {
      if (array instanceof Uint32Array && array.length === 1) {
        array[0] = value
        return array
      }
      return original(array)
    }
    crypto.getRandomValues = pinned
  }, seed)
}

// ---------- answering the question on screen, by keyboard ----------

/**
 * Answers the question shown on the attempt page correctly, by keyboard only. The question is
 * identified from the attempt in IndexedDB (see answer-questions.ts); the answer comes from the
 * content files.
 */
export async function answerByKeyboard(page: Page): Promise<Question> {
  const index = await currentIndex(page)
  const id = (await attemptQuestionIds(page))[index]
  const q = id ? QUESTIONS.get(id) : undefined
  if (!q) throw new Error(`question ${id} not found in content`)
  const p = `q${index}`
  switch (q.type) {
    case 'single':
      await chooseRadio(page, `${p}-answer`, `${p}-option-${String(q['answer'])}`)
      break
    case 'true-false':
      await chooseRadio(page, `${p}-answer`, `${p}-${String(q['answer'])}`)
      break
    case 'multiple':
      for (const option of q['answer'] as string[]) await tick(page, `#${p}-option-${option}`)
      // Nothing else is ticked.
      for (const option of q['options'] as Option[])
        if (!(q['answer'] as string[]).includes(option.id)) await expect(page.locator(`#${p}-option-${option.id}`)).not.toBeChecked()
      break
    case 'ordering': {
      const items = q['items'] as Option[]
      for (const [i, item] of items.entries()) {
        for (let moves = 0; ; moves++) {
          const texts = (await page.locator('.app-ordering__text').allInnerTexts()).map((t) => t.trim())
          if (texts.indexOf(item.text.trim()) <= i) break
          if (moves > items.length) throw new Error(`could not move "${item.text}" up`)
          // The app keeps focus on the button that was pressed, so pressing Enter again moves it again.
          await activate(page, `#${p}-step-${item.id}-up`)
        }
      }
      const texts = (await page.locator('.app-ordering__text').allInnerTexts()).map((t) => t.trim())
      expect(texts).toEqual(items.map((item) => item.text.trim()))
      break
    }
    case 'matching':
      for (const pair of q['pairs'] as Array<{ id: string; right: string }>)
        await chooseInSelect(page, `#${p}-match-${pair.id}`, pair.right)
      break
    case 'date-calc': {
      const start = parseLongDate(await page.locator('legend').first().innerText())
      const due = dueFor(q['rule'] as string, start)
      await typeDate(page, `#${p}-date`, due)
      break
    }
    case 'worklist-triage': {
      const answer = q['answer'] as { worklist: string; action: string }
      await chooseRadio(page, `${p}-worklist`, `${p}-worklist-${answer.worklist}`)
      await chooseRadio(page, `${p}-action`, `${p}-action-${answer.action}`)
      break
    }
    case 'scenario': {
      const scenario = SCENARIOS.get(q['scenario'] as string)
      if (!scenario) throw new Error('missing scenario')
      await playScenarioByKeyboard(page, p, scenario)
      break
    }
    default:
      throw new Error(`no keyboard answerer for ${q.type}`)
  }
  return q
}

/**
 * Types a date into a date input. The order of its day, month and year fields follows the
 * browser's language (Debian Chromium ships only en-US: month first), so it is found out as a
 * person would by looking: type 01 02 2000, see which date that made, go back to the first field
 * with Shift+Tab and type the date in that order.
 */
export async function typeDate(page: Page, selector: string, iso: string): Promise<void> {
  const input = page.locator(selector)
  await tabTo(page, selector)
  await page.keyboard.type('01022000')
  const probe = await input.inputValue()
  const order = probe === '2000-02-01' ? 'dmy' : probe === '2000-01-02' ? 'mdy' : null
  if (!order) throw new Error(`cannot tell the field order of ${selector}: typing 01 02 2000 gave "${probe}"`)
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Shift+Tab')
  const [year, month, day] = iso.split('-')
  await page.keyboard.type(order === 'dmy' ? `${day}${month}${year}` : `${month}${day}${year}`)
  await expect(input).toHaveValue(iso)
}

/** Plays a scenario to a good ending: Enter on each choice, then Enter on Continue. */
export async function playScenarioByKeyboard(page: Page, prefix: string, scenario: Scenario): Promise<void> {
  for (const choiceId of pathTo(scenario, true)) {
    await activate(page, `#${prefix}-choice-${choiceId}`)
    await activate(page, `#${prefix}-continue`)
  }
  await expect(page.getByText('Outcome: Good outcome').first()).toBeVisible()
}
