/**
 * Keyboard only: whole journeys with no mouse at all. Focus moves only with Tab / Shift+Tab
 * (tabTo fails if a control cannot be reached in 300 presses); controls are used only with
 * Enter, Space, arrow keys and typing. The DOM is read, never clicked or filled.
 */
import { QUESTIONS } from './answer-questions'
import { expect, openRoute, test } from './fixtures'
import { activate, answerByKeyboard, chooseInSelect, chooseRadio, focused, pinSeed, pressButton, tabTo } from './keyboard'
import type { Page } from '@playwright/test'

test.describe.configure({ timeout: 120_000 })

// Proof that no pointer was used: the page counts every pointer or mouse press it receives.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { pointerPresses: number }
    w.pointerPresses = 0
    for (const type of ['pointerdown', 'mousedown', 'touchstart'])
      window.addEventListener(type, () => (w.pointerPresses += 1), { capture: true })
  })
})
test.afterEach(async ({ page }) => {
  expect(await page.evaluate(() => (window as unknown as { pointerPresses: number }).pointerPresses)).toBe(0)
})

/**
 * Seeds (see pinSeed) whose draws hold every question type the journey is meant to cover;
 * each journey also checks that it met them, so a content change cannot quietly drop one.
 */
const M09_SEED = 4 // scenario, multiple, true-false, single, matching, ordering
const REFRESHER_SEED = 13 // date-calc, single, true-false, matching, ordering, multiple, worklist-triage

const mainNavLink = (path: string): string => `nav[aria-label="Main"] a[href="#${path}"]`

/**
 * After a new page, the app moves focus to its h1 a frame later; wait for that before pressing
 * the next key, as a person would (a key pressed before would act on the old focus).
 */
const landed = (page: Page, name: string | RegExp) => expect(page.getByRole('heading', { level: 1, name })).toBeFocused()
/** After "Next question" / "Save and continue" the app moves focus to the new question's (hidden) heading. */
const onQuestion = (page: Page, n: number) => expect(page.locator('main h2', { hasText: new RegExp(`^Question ${n}$`) })).toBeFocused()

/** Adds a learner from the Home page's link, typing into the form and choosing the role with arrow keys. */
async function addLearnerByKeyboard(
  page: Page,
  name: string,
  role: 'clinician' | 'admin' | 'practice-manager' | 'locum',
  practice: string,
): Promise<void> {
  await openRoute(page, '/')
  await activate(page, 'main a[href="#/learners/new"]')
  await landed(page, 'Add a learner')
  await tabTo(page, '#learner-name')
  await page.keyboard.type(name)
  await chooseRadio(page, 'learner-role', `learner-role-${role}`)
  await tabTo(page, '#learner-practice')
  await page.keyboard.type(practice)
  // Enter in a text field submits the form.
  await page.keyboard.press('Enter')
  await landed(page, 'e-RS Trainer')
  await expect(page.getByText(`Signed in as ${name}`)).toBeVisible()
}

test('a learner is added with the keyboard alone', async ({ page }) => {
  await openRoute(page, '/')
  await activate(page, 'main a[href="#/learners/new"]')
  await landed(page, 'Add a learner')
  // Submitting the empty form with Enter on the button shows the error summary, focused; its links lead to the fields.
  await pressButton(page, 'Save learner')
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
  await expect(summary).toBeFocused()
  await activate(page, '.nhsuk-error-summary a[href="#learner-name"]')
  expect((await focused(page)).id).toBe('learner-name')
  await page.keyboard.type('Keyboard Testperson')
  await chooseRadio(page, 'learner-role', 'learner-role-practice-manager')
  // Arrow keys move the choice both ways.
  await page.keyboard.press('ArrowUp')
  await expect(page.locator('#learner-role-admin')).toBeChecked()
  await tabTo(page, '#learner-practice')
  await page.keyboard.type('Synthetic Surgery')
  await tabTo(page, '#learner-staff-id')
  await page.keyboard.type('KB-1')
  await page.keyboard.press('Enter')
  await landed(page, 'e-RS Trainer')
  await expect(page.getByText('Signed in as Keyboard Testperson (admin, Synthetic Surgery)')).toBeVisible()
  // The header's learner menu shows the new learner, chosen.
  await expect(page.locator('#learner-switcher option:checked')).toHaveText('Keyboard Testperson (admin)')
})

test('a module is read and its knowledge check passed with the keyboard alone', async ({ page }) => {
  await pinSeed(page, M09_SEED)
  await addLearnerByKeyboard(page, 'Module Keyboardperson', 'admin', 'Synthetic Surgery')

  await activate(page, mainNavLink('/learn'))
  await landed(page, 'Induction modules')
  await activate(page, 'main a[href="#/learn/m09-access-codes"]')
  await landed(page, 'Patient access codes')
  await activate(page, 'main a[href="#/learn/m09-access-codes/lessons/1"]')
  await expect(page.getByText(/Lesson 1 of \d+/)).toBeVisible()
  // Follow Next to the end of the lessons.
  for (let lesson = 1; ; lesson++) {
    await expect(page.getByText(new RegExp(`Lesson ${lesson} of \\d+`))).toBeVisible()
    await landed(page, /./)
    const next = await tabTo(page, 'a.nhsuk-pagination__link--next')
    await page.keyboard.press('Enter')
    if (next.text.includes('Back to the module')) break
    if (lesson > 20) throw new Error('too many lessons')
  }
  await landed(page, 'Patient access codes')
  await expect(page.getByText(/knowledge check not passed yet/)).toBeVisible()

  await pressButton(page, 'Start the knowledge check')
  await landed(page, 'Question 1 of 10')
  const types = new Set<string>()
  for (let i = 0; i < 10; i++) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question ${i + 1} of 10`)
    types.add((await answerByKeyboard(page)).type)
    await pressButton(page, 'Check my answer')
    await expect(page.getByRole('status').filter({ hasText: 'Correct' })).toBeVisible()
    await pressButton(page, i < 9 ? 'Next question' : 'See my result')
    if (i < 9) await onQuestion(page, i + 2)
  }
  expect([...types].sort()).toEqual(['matching', 'multiple', 'ordering', 'scenario', 'single', 'true-false'])
  await landed(page, 'Your result: 100%')
  await expect(page.getByText('Passed.', { exact: true })).toBeVisible()
  await activate(page, 'main a[href="#/learn/m09-access-codes"]')
  await expect(page.getByText('Status: Completed')).toBeVisible()
})

test('the locum refresher is answered and submitted with the keyboard alone', async ({ page }) => {
  await pinSeed(page, REFRESHER_SEED)
  await addLearnerByKeyboard(page, 'Locum Keyboardperson', 'locum', 'Synthetic Surgery')

  await activate(page, mainNavLink('/quizzes'))
  await landed(page, 'Quizzes and practice')
  await pressButton(page, 'Start the refresher')
  await landed(page, 'Question 1 of 20')
  const types = new Set<string>()
  for (let i = 0; i < 20; i++) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question ${i + 1} of 20`)
    types.add((await answerByKeyboard(page)).type)
    await pressButton(page, i < 19 ? 'Save and continue' : 'Save answer')
    await expect(page.getByText(`${i + 1} of 20 answered`)).toBeVisible()
    if (i < 19) await onQuestion(page, i + 2)
  }
  expect([...types].sort()).toEqual(['date-calc', 'matching', 'multiple', 'ordering', 'single', 'true-false', 'worklist-triage'])
  // Saving the last answer opens the confirmation; submit from it.
  await expect(page.getByRole('alertdialog', { name: 'Submit your answers?' })).toContainText('You have answered every question.')
  await pressButton(page, 'Submit my answers')
  await landed(page, 'Your result: 100%')
  await expect(page.getByText('Passed.', { exact: true })).toBeVisible()
})

test('the worklist simulator is worked through with the keyboard alone', async ({ page }) => {
  await openRoute(page, '/')
  await activate(page, mainNavLink('/quizzes'))
  await landed(page, 'Quizzes and practice')
  await activate(page, 'main a[href="#/practice/worklists"]')
  await expect(page.getByRole('heading', { level: 1, name: 'Worklist simulator' })).toBeFocused()
  const selectIds = await page.locator('main select[id^="worklist-action-"]').evaluateAll((els) => els.map((e) => e.id))
  expect(selectIds.length).toBeGreaterThan(0)
  for (const id of selectIds) {
    const question = QUESTIONS.get(id.replace(/^worklist-action-/, ''))
    if (!question) throw new Error(`no question for ${id}`)
    await chooseInSelect(page, `#${id}`, (question['answer'] as { action: string }).action)
  }
  await pressButton(page, 'Check my worklist')
  await expect(page.getByRole('heading', { level: 2, name: 'Your worklist is checked' })).toBeFocused()
  await expect(page.locator('main')).toContainText(`You chose the right action for ${selectIds.length} of ${selectIds.length} referrals`)
  await expect(page.getByText('Right action', { exact: true })).toHaveCount(selectIds.length)
  // A new day, by keyboard, starts again with focus on the page heading.
  await pressButton(page, 'Start a new day')
  await expect(page.getByRole('heading', { level: 1, name: 'Worklist simulator' })).toBeFocused()
  await expect(page.locator('main select[id^="worklist-action-"]')).toHaveCount(selectIds.length)
})
