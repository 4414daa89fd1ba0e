import { addLearner, expect, expectNoAxeViolations, openRoute, test } from './fixtures'
import { enterManagerPin, setManagerPin } from './manager-helpers'

const ROUTES: Array<[string, string]> = [
  ['/', 'e-RS Trainer'],
  ['/learn', 'Induction modules'],
  ['/quizzes', 'Quizzes'],
  ['/certificates', 'Certificates'],
  ['/manager', 'Practice manager'],
  ['/reference', 'Quick reference'],
  ['/about', 'About e-RS Trainer'],
  ['/learners/new', 'Add a learner'],
  ['/learners', 'Learners on this computer'],
  ['/progress', 'My progress'],
  ['/practice/scenarios', 'Scenarios'],
  ['/practice/worklists', 'Worklist simulator'],
  ['/learn/m06-slot-issues', 'Appointment slot issues: forwarding and deferring'],
  ['/learn/m06-slot-issues/lessons/1', ''],
  ['/no-such-page', 'Page not found'],
]

test.describe('app shell', () => {
  for (const [hash, heading] of ROUTES) {
    test(`${hash} renders its page and passes axe (WCAG 2.2 AA)`, async ({ page }) => {
      await openRoute(page, hash)
      if (heading) await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
      await expect(page.getByLabel('Learner')).toBeVisible()
      // Let lazy content settle before the scan.
      await expect(page.getByRole('status').filter({ hasText: /Loading/ })).toHaveCount(0)
      await expectNoAxeViolations(page)
    })
  }

  test('the skip link moves focus to the main content', async ({ page }) => {
    await openRoute(page, '/')
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to main content' })
    await expect(skip).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.locator('main')).toBeFocused()
  })

  test('navigating moves focus to the new page heading and sets the title', async ({ page }) => {
    await openRoute(page, '/')
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'About e-RS Trainer' })).toBeFocused()
    await expect(page).toHaveTitle('About – e-RS Trainer')
  })

  test('a learner added survives a reload and can be chosen in the header', async ({ page }) => {
    await addLearner(page, 'Łucja Testperson', 'admin', 'Synthetic Surgery')
    await expect(page.getByText('Signed in as')).toContainText('Łucja Testperson')
    await page.reload()
    await expect(page.locator('html[data-ready="true"]')).toHaveCount(1)
    await expect(page.getByText('Signed in as')).toContainText('Łucja Testperson')
    await page.getByLabel('Learner').selectOption({ label: 'No one selected' })
    await expect(page.getByText('No learner is selected')).toBeVisible()
    await page.reload()
    await expect(page.getByText('No learner is selected')).toBeVisible()
    await page.getByLabel('Learner').selectOption({ label: 'Łucja Testperson (admin)' })
    await expect(page.getByText('Signed in as')).toContainText('Łucja Testperson')
  })

  test('the add-learner form explains what is missing', async ({ page }) => {
    await openRoute(page, '/learners/new')
    await page.getByRole('button', { name: 'Save learner' }).click()
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
    await expect(summary).toBeFocused()
    await expect(summary).toContainText('Enter your full name')
    await expect(summary).toContainText('Select your role')
    await expect(summary).toContainText('Enter your practice name')
    await expectNoAxeViolations(page)
  })

  test('the built page carries a strict Content Security Policy', async ({ page }) => {
    await openRoute(page, '/')
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(await page.locator('script:not([src])').count()).toBe(0)
  })

  test('learners can be renamed, archived and restored, and records are kept', async ({ page }) => {
    await addLearner(page, 'Sam Testperson', 'admin', 'Synthetic Surgery')
    await addLearner(page, 'Kai Testperson', 'clinician', 'Synthetic Surgery')
    // Kai (using the app now) may edit only their own profile; the rest needs manager mode.
    await openRoute(page, '/learners')
    await expect(page.getByRole('button', { name: 'Edit Kai Testperson' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Edit Sam Testperson' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: /^Archive/ })).toHaveCount(0)
    await setManagerPin(page)
    await page.getByRole('link', { name: 'Learners', exact: true }).click()
    await page.getByRole('button', { name: 'Edit Sam Testperson' }).click()
    await expect(page.getByLabel('Full name')).toBeFocused()
    await page.getByLabel('Full name').fill('Samira Testperson')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.getByRole('status')).toContainText('Saved changes to Samira Testperson')
    await page.getByRole('button', { name: 'Archive Samira Testperson' }).click()
    await expect(page.getByRole('status')).toContainText('is archived')
    await expect(page.getByLabel('Learner').locator('option', { hasText: 'Samira' })).toHaveCount(0)
    await expectNoAxeViolations(page)
    // A reload ends manager mode: unlocking from the learners page comes back to it.
    await page.reload()
    await expect(page.getByRole('button', { name: 'Restore Samira Testperson' })).toHaveCount(0)
    await page.getByRole('link', { name: 'unlock manager mode' }).click()
    await enterManagerPin(page)
    await expect(page.getByRole('heading', { level: 1, name: 'Learners on this computer' })).toBeVisible()
    await page.getByRole('button', { name: 'Restore Samira Testperson' }).click()
    await expect(page.getByLabel('Learner').locator('option', { hasText: 'Samira Testperson (admin)' })).toHaveCount(1)
  })
})
