/**
 * Focus after navigation, reflow at 200% zoom, and axe on the states other specs do not reach
 * (the submit confirmation, a scenario's debrief).
 */
import type { Page } from '@playwright/test'
import { answerShownQuestion, playScenario, SCENARIOS } from './answer-questions'
import { addLearner, expect, expectNoAxeViolations, openRoute, test } from './fixtures'
import { pinSeed } from './keyboard'

test.describe.configure({ timeout: 120_000 })

/** A locum refresher draw holding every question type a refresher can have (see keyboard-only.spec.ts). */
const REFRESHER_SEED = 13

const main = (page: Page) => page.locator('main')
const h1 = (page: Page) => page.locator('main h1')

/**
 * Activates a link with the keyboard (focus, Enter), as a keyboard user would. First waits for
 * the previous navigation's focus move (a frame after it), which would otherwise take focus
 * back off the link before Enter is pressed.
 */
async function follow(page: Page, link: ReturnType<Page['locator']>): Promise<void> {
  await expect(h1(page)).toBeFocused()
  await link.focus()
  await page.keyboard.press('Enter')
}

async function expectHeadingFocused(page: Page, name: string | RegExp, title: string | RegExp): Promise<void> {
  await expect(h1(page)).toHaveText(name)
  await expect(h1(page)).toBeFocused()
  await expect(page).toHaveTitle(typeof title === 'string' ? `${title} – e-RS Trainer` : title)
}

test.describe('focus moves to the new page heading after navigation', () => {
  test('every main navigation link', async ({ page }) => {
    await addLearner(page, 'Focus Testperson', 'admin', 'Synthetic Surgery')
    await openRoute(page, '/learners')
    await expectHeadingFocused(page, 'Learners on this computer', 'Learners')
    const nav = page.getByRole('navigation', { name: 'Main' })
    const pages: Array<[string, string | RegExp, string | RegExp]> = [
      ['Home', 'e-RS Trainer', 'Home'],
      ['Learn', 'Induction modules', 'Learn'],
      ['Quizzes', 'Quizzes and practice', 'Quizzes'],
      ['Certificates', 'Certificates', 'Certificates'],
      // Manager may first lead to a PIN page (set or unlock), whose heading and title differ.
      ['Manager', /./, / – e-RS Trainer$/],
      ['Reference', 'Quick reference', 'Reference'],
      ['About', 'About e-RS Trainer', 'About'],
    ]
    for (const [link, heading, title] of pages) {
      await follow(page, nav.getByRole('link', { name: link, exact: true }))
      await expectHeadingFocused(page, heading, title)
      if (link !== 'Manager') await expect(nav.getByRole('link', { name: link, exact: true })).toHaveAttribute('aria-current', 'page')
    }
    // The same with the mouse.
    for (const [link, heading, title] of [...pages].reverse()) {
      await nav.getByRole('link', { name: link, exact: true }).click()
      await expectHeadingFocused(page, heading, title)
    }
  })

  test('deep links: module, lesson, next lesson, breadcrumb, scenario, worklists, learners, progress, verify, a question', async ({
    page,
  }) => {
    await addLearner(page, 'Deep Testperson', 'admin', 'Synthetic Surgery')
    await follow(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' }))
    await expectHeadingFocused(page, 'Induction modules', 'Learn')
    await follow(page, main(page).getByRole('link', { name: /Patient access codes/ }))
    await expectHeadingFocused(page, 'Patient access codes', 'Module')
    await follow(page, main(page).locator('ol.nhsuk-list--number a').first())
    await expect(page.getByText('Lesson 1 of')).toBeVisible()
    await expect(h1(page)).toBeFocused()
    const lesson1 = await h1(page).innerText()
    await follow(page, page.getByRole('link', { name: /^Next/ }))
    await expect(page.getByText('Lesson 2 of')).toBeVisible()
    await expect(h1(page)).not.toHaveText(lesson1)
    await expect(h1(page)).toBeFocused()
    await follow(page, page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Patient access codes' }))
    await expectHeadingFocused(page, 'Patient access codes', 'Module')

    // A button that navigates (starting the knowledge check) lands on the question's heading too.
    const start = page.getByRole('button', { name: 'Start the knowledge check' })
    await start.focus()
    await page.keyboard.press('Enter')
    await expectHeadingFocused(page, 'Question 1 of 10', 'Questions')

    await follow(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quizzes' }))
    await follow(page, main(page).getByRole('link', { name: 'Scenarios' }))
    await expectHeadingFocused(page, 'Scenarios', 'Scenarios')
    await follow(page, main(page).locator('a[href="#/practice/scenarios/s05-usc-no-slots"]'))
    await expectHeadingFocused(page, /./, 'Scenario')

    await follow(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quizzes' }))
    await follow(page, main(page).getByRole('link', { name: 'Worklist simulator' }))
    await expectHeadingFocused(page, 'Worklist simulator', 'Worklist simulator')

    await follow(page, page.getByRole('banner').getByRole('link', { name: 'Learners' }))
    await expectHeadingFocused(page, 'Learners on this computer', 'Learners')
    await follow(page, page.getByRole('banner').getByRole('link', { name: 'My progress' }))
    await expectHeadingFocused(page, 'My progress', 'My progress')

    await follow(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Certificates' }))
    await follow(page, main(page).getByRole('link', { name: 'Verify a certificate' }))
    await expectHeadingFocused(page, /./, 'Verify a certificate')
  })
})

/** The page itself never scrolls sideways; the heading and the main navigation are on screen. */
async function expectReflows(page: Page, what: string): Promise<void> {
  await expect(h1(page)).toBeVisible()
  const overflow = await page.evaluate(() => {
    const width = window.innerWidth
    const scrollWidth = document.documentElement.scrollWidth
    // For the failure message: the outermost elements that stick out to the right.
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter(
        (el) =>
          el.getBoundingClientRect().right > width + 1 && !(el.parentElement && el.parentElement.getBoundingClientRect().right > width + 1),
      )
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} (${Math.round(el.getBoundingClientRect().right)}px)`,
      )
    return { width, scrollWidth, wide }
  })
  expect(
    overflow.scrollWidth,
    `${what}: page wider than the window (${overflow.width}px); sticking out: ${overflow.wide.join(', ')}`,
  ).toBeLessThanOrEqual(overflow.width + 1)
  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect(nav).toBeVisible()
  for (const box of [
    await h1(page).boundingBox(),
    ...(await Promise.all((await nav.getByRole('link').all()).map((l) => l.boundingBox()))),
  ]) {
    expect(box, `${what}: heading or nav link not laid out`).not.toBeNull()
    if (box) {
      expect(box.x, `${what}: heading or nav link off the left edge`).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width, `${what}: heading or nav link off the right edge`).toBeLessThanOrEqual(overflow.width + 1)
    }
  }
}

const ROUTES = [
  '/',
  '/learn',
  '/learn/m09-access-codes',
  '/learn/m09-access-codes/lessons/1',
  '/quizzes',
  '/practice/scenarios',
  '/practice/scenarios/s05-usc-no-slots',
  '/practice/worklists',
  '/certificates',
  '/certificates/verify',
  '/manager',
  '/reference',
  '/about',
  '/learners',
  '/learners/new',
  '/progress',
]

/** Every route, with a learner who has done something (so tables such as My progress have rows). */
async function checkEveryRoute(page: Page, axe: boolean, routes: readonly string[] = ROUTES): Promise<void> {
  await addLearner(page, 'Zoom Testperson', 'locum', 'Synthetic Surgery')
  await openRoute(page, '/quizzes')
  await page.getByRole('button', { name: 'Start the refresher' }).click()
  await expect(h1(page)).toHaveText('Question 1 of 20')
  for (const route of routes) {
    // openRoute can return while the previous page is still shown; the new page has arrived once
    // the app has moved focus to its heading (so first take focus off the old page's heading).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await openRoute(page, route)
    await expect(h1(page)).toBeFocused()
    await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0)
    await expectReflows(page, route)
    if (axe) await expectNoAxeViolations(page)
  }
}

/** Works through a refresher, checking each question type's page the first time it appears. */
async function checkEveryQuestionType(page: Page, axe: boolean): Promise<void> {
  await pinSeed(page, REFRESHER_SEED)
  await addLearner(page, 'Question Zoomperson', 'locum', 'Synthetic Surgery')
  await openRoute(page, '/quizzes')
  await page.getByRole('button', { name: 'Start the refresher' }).click()
  const seen = new Set<string>()
  for (let i = 0; i < 20; i++) {
    await expect(h1(page)).toHaveText(`Question ${i + 1} of 20`)
    const q = await answerShownQuestion(page, true)
    if (!seen.has(q.type)) {
      seen.add(q.type)
      await expectReflows(page, `a ${q.type} question`)
      if (axe) await expectNoAxeViolations(page)
    }
    if (seen.size === 7) break
    await page.getByRole('button', { name: 'Save and continue' }).click()
  }
  expect(seen.size, `question types seen: ${[...seen].join(', ')}`).toBe(7)
}

test.describe('at 1280×720', () => {
  test('every route fits the window, with the heading and navigation on screen', async ({ page }) => {
    await checkEveryRoute(page, false)
  })
  test('every question type fits the window', async ({ page }) => {
    await checkEveryQuestionType(page, false)
  })
})

test.describe('at 200% zoom (a 1280×720 window shown at 640×360 CSS pixels)', () => {
  test.use({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 })

  // In three parts: a whole-page axe scan of every route in one test came within seconds of its
  // budget on a busy machine (measured by .ci/run's budget report).
  const PARTS = 3
  const perPart = Math.ceil(ROUTES.length / PARTS)
  for (let part = 0; part < PARTS; part++) {
    const routes = ROUTES.slice(part * perPart, (part + 1) * perPart)
    test(`every route reflows without sideways scrolling and passes axe (part ${part + 1} of ${PARTS}: ${routes[0] ?? ''} …)`, async ({ page }) => {
      await checkEveryRoute(page, true, routes)
    })
  }
  test('every question type reflows and passes axe', async ({ page }) => {
    await checkEveryQuestionType(page, true)
  })
  test('the worklist simulator after checking reflows and passes axe', async ({ page }) => {
    await openRoute(page, '/practice/worklists')
    const selects = main(page).getByRole('combobox', { name: /^Action for / })
    await expect(selects.first()).toBeVisible()
    const total = await selects.count()
    for (let i = 0; i < total; i++) await selects.nth(i).selectOption({ index: 1 })
    await page.getByRole('button', { name: 'Check my worklist' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Your worklist is checked' })).toBeFocused()
    await expectReflows(page, 'checked worklist')
    await expectNoAxeViolations(page)
  })
})

test.describe('axe on states reached only by acting', () => {
  test('the deferred-submit confirmation', async ({ page }) => {
    await addLearner(page, 'Confirm Testperson', 'locum', 'Synthetic Surgery')
    await openRoute(page, '/quizzes')
    await page.getByRole('button', { name: 'Start the refresher' }).click()
    await answerShownQuestion(page, true)
    await page.getByRole('button', { name: 'Save and continue' }).click()
    await expect(h1(page)).toHaveText('Question 2 of 20')
    await page.getByRole('button', { name: 'Finish and submit' }).click()
    const dialog = page.getByRole('alertdialog', { name: 'Submit your answers?' })
    await expect(dialog).toBeVisible()
    await expect(dialog).toContainText('You have 19 unanswered questions. Unanswered questions count as wrong.')
    await expectNoAxeViolations(page)
    // "Keep answering" closes it and nothing is submitted.
    await dialog.getByRole('button', { name: 'Keep answering' }).click()
    await expect(dialog).toHaveCount(0)
    await expect(h1(page)).toHaveText('Question 2 of 20')
  })

  test('a scenario debrief, on its own page and inside a knowledge check', async ({ page }) => {
    await pinSeed(page, 4) // the m09 knowledge check below then opens with a scenario question
    const scenario = SCENARIOS.get('s05-usc-no-slots')
    if (!scenario) throw new Error('missing scenario')
    await openRoute(page, `/practice/scenarios/${scenario.id}`)
    await playScenario(page, 'scenario-0', scenario, false)
    await expect(page.getByRole('heading', { name: 'What to take away' })).toBeVisible()
    await expect(page.getByText('The path you took')).toBeVisible()
    await expectNoAxeViolations(page)

    // In a knowledge check, the ending plus the feedback.
    await addLearner(page, 'Debrief Testperson', 'admin', 'Synthetic Surgery')
    await openRoute(page, '/learn/m09-access-codes')
    await page.getByRole('button', { name: 'Start the knowledge check' }).click()
    const q = await answerShownQuestion(page, true)
    expect(q.type).toBe('scenario')
    await page.getByRole('button', { name: 'Check my answer' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Correct' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'What to take away' })).toBeVisible()
    await expectNoAxeViolations(page)
  })
})
