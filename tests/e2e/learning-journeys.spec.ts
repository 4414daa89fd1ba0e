/** Whole learner journeys: a module, the final assessment (pass and fail), the refresher, a scenario, resume. */
import { completeAttempt, answerShownQuestion, playScenario, SCENARIOS } from './answer-questions'
import { addLearner, expect, expectNoAxeViolations, openRoute, test } from './fixtures'

test.describe.configure({ timeout: 180_000 })

test('a new starter reads a module, passes its knowledge check and completes it', async ({ page }) => {
  await addLearner(page, 'Amara Testperson', 'admin', 'Synthetic Surgery')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' }).click()
  await expect(page.getByText(/0 of \d+ completed/)).toBeVisible()
  await page.getByRole('link', { name: /Patient access codes/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Patient access codes' })).toBeVisible()
  await expect(page.getByText('Status: Not started')).toBeVisible()
  await page.locator('main ol.nhsuk-list--number a').first().click()
  await expect(page.getByText(/Lesson 1 of \d+/)).toBeVisible()
  await expectNoAxeViolations(page)
  // Read every lesson by following Next.
  for (;;) {
    const next = page.getByRole('link', { name: /Next/ })
    const toModule = await next.innerText()
    await next.click()
    if (toModule.includes('Back to the module')) break
  }
  await expect(page.getByText(/knowledge check not passed yet/)).toBeVisible()
  await page.getByRole('button', { name: 'Start the knowledge check' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Question 1 of/ })).toBeVisible()
  await expectNoAxeViolations(page)
  await completeAttempt(page, true)
  await expect(page.getByText('Passed.', { exact: true })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Back to the module' }).click()
  await expect(page.getByText('Status: Completed')).toBeVisible()
})

test('immediate feedback shows whether an answer was right, the explanation and the pack section', async ({ page }) => {
  await addLearner(page, 'Feedback Testperson', 'clinician', 'Synthetic Surgery')
  await openRoute(page, '/learn/m12-worklists')
  await page.getByRole('button', { name: 'Start the knowledge check' }).click()
  await answerShownQuestion(page, false)
  await page.getByRole('button', { name: 'Check my answer' }).click()
  const feedback = page.getByRole('status').filter({ hasText: 'Not quite' })
  await expect(feedback).toBeVisible()
  await expect(feedback).toContainText('From the pack')
  await expectNoAxeViolations(page)
})

test('the final assessment: a fail shows what went wrong, then a pass', async ({ page }) => {
  await addLearner(page, 'Assess Testperson', 'admin', 'Synthetic Surgery')
  await openRoute(page, '/quizzes')
  await page.getByRole('button', { name: 'Start the assessment' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Question 1 of/ })).toBeVisible()
  const seenTypes = new Set<string>()
  await completeAttempt(page, false, async (q) => {
    // Axe on the first question of each type, with the answer filled in.
    if (!seenTypes.has(q.type)) {
      seenTypes.add(q.type)
      await expectNoAxeViolations(page)
    }
  })
  await expect(page.getByText('Not passed yet')).toBeVisible()
  await expect(page.getByRole('heading', { name: /Question 1: Incorrect/ })).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByRole('link', { name: 'Back to quizzes' }).click()
  await expect(page.getByText(/Last result: \d+% \(not passed\)/).first()).toBeVisible()
  await page.getByRole('button', { name: 'Start the assessment' }).click()
  await completeAttempt(page, true)
  await expect(page.getByText('Passed.', { exact: true })).toBeVisible()
})

test('the locum refresher: 20 questions, deferred feedback, then a review', async ({ page }) => {
  await addLearner(page, 'Locum Testperson', 'locum', 'Synthetic Surgery')
  await openRoute(page, '/quizzes')
  await page.getByRole('button', { name: 'Start the refresher' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Question 1 of 20' })).toBeVisible()
  await completeAttempt(page, (i) => i !== 0)
  await expect(page.getByRole('heading', { level: 1, name: 'Your result: 95%' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Question 1: Incorrect' })).toBeVisible()
  await expect(page.getByText('Why').first()).toBeVisible()
})

test('closing mid-attempt and coming back resumes the same question with the same draw', async ({ page }) => {
  await addLearner(page, 'Resume Testperson', 'locum', 'Synthetic Surgery')
  await openRoute(page, '/quizzes')
  await page.getByRole('button', { name: 'Start the refresher' }).click()
  for (let i = 0; i < 3; i++) {
    // Wait for each question to be shown: answering reads the question number from the heading.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question ${i + 1} of 20`)
    await answerShownQuestion(page, true)
    await page.getByRole('button', { name: 'Save and continue' }).click()
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Question 4 of 20' })).toBeVisible()
  const before = page.url()
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Question 4 of 20' })).toBeVisible()
  await expect(page.getByText('3 of 20 answered')).toBeVisible()
  expect(page.url()).toBe(before)
  // Leaving and starting again from Quizzes also resumes it.
  await openRoute(page, '/quizzes')
  await page.getByRole('button', { name: 'Continue the refresher' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Question 4 of 20' })).toBeVisible()
})

test('a branching scenario plays to a good outcome and is recorded', async ({ page }) => {
  await addLearner(page, 'Scenario Testperson', 'admin', 'Synthetic Surgery')
  await openRoute(page, '/practice/scenarios')
  await expectNoAxeViolations(page)
  const scenario = SCENARIOS.get('s05-usc-no-slots')
  if (!scenario) throw new Error('missing scenario')
  await page.getByRole('link', { name: new RegExp(String((await page.locator(`a[href$="${scenario.id}"]`).innerText()).slice(0, 20))) }).click()
  await expectNoAxeViolations(page)
  await playScenario(page, 'scenario-0', scenario, true)
  await expect(page.getByText('Good outcome').first()).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Saved to your progress: good outcome.' })).toBeVisible()
  await expectNoAxeViolations(page)
  await openRoute(page, '/practice/scenarios')
  await expect(page.getByText('Good outcome reached')).toBeVisible()
})

test('wrong answers come back as practice, due the next day, until answered right', async ({ page }) => {
  await addLearner(page, 'Practice Testperson', 'admin', 'Synthetic Surgery')
  await openRoute(page, '/learn/m09-access-codes')
  await page.getByRole('button', { name: 'Start the knowledge check' }).click()
  await completeAttempt(page, false)
  await openRoute(page, '/')
  await expect(page.getByText('Practice due today: 0 questions')).toBeVisible()
  // Two days later the ten wrong answers are due.
  await page.clock.setFixedTime(new Date(Date.now() + 2 * 86_400_000))
  await page.reload()
  await expect(page.getByText('Practice due today: 10 questions')).toBeVisible()
  await openRoute(page, '/quizzes')
  await page.getByRole('button', { name: 'Practise now' }).click()
  await completeAttempt(page, true)
  await openRoute(page, '/')
  await expect(page.getByText('Practice due today: 0 questions')).toBeVisible()
})
