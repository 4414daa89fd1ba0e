/**
 * Practice manager: the PIN (first time, lock, lockout after five wrong tries, unlocking after
 * five minutes), learners kept out, records from two "other PCs" (fresh browser contexts) in the
 * completion matrix, the CSV export, the audit log, and axe on every manager page.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import type { Browser, Page } from '@playwright/test'
import { completeAttempt } from './answer-questions'
import { addLearner, expect, expectNoAxeViolations, openRoute, test } from './fixtures'
import { enterManagerPin, MANAGER_PIN, setManagerPin } from './manager-helpers'

test.describe.configure({ timeout: 240_000 })

const errorSummary = (page: Page) => page.getByRole('alert').filter({ hasText: 'There is a problem' })

test('the manager PIN: set the first time, locked, five wrong tries lock it for five minutes, learners are kept out', async ({ page }) => {
  const start = new Date('2026-03-02T09:00:00Z')
  await page.clock.setFixedTime(start)

  // The first visit asks for a PIN to be set.
  await openRoute(page, '/manager')
  await expect(page).toHaveURL(/#\/manager\/set-pin/)
  await expect(page.getByRole('heading', { level: 1, name: 'Set a practice manager PIN' })).toBeVisible()
  await expect(page.getByText('keeps honest people honest on a shared PC')).toBeVisible()
  await expect(page.getByText('It is not encryption')).toBeVisible()
  await expectNoAxeViolations(page)

  // Weak or mismatched PINs are explained in an error summary that takes focus.
  await page.getByLabel('PIN', { exact: true }).fill('123456')
  await page.getByLabel('Type the PIN again').fill('123456')
  await page.getByRole('button', { name: 'Set the PIN and open manager mode' }).click()
  await expect(errorSummary(page)).toBeFocused()
  await expect(errorSummary(page)).toContainText('straight run')
  await expectNoAxeViolations(page)
  await page.getByLabel('PIN', { exact: true }).fill(MANAGER_PIN)
  await page.getByLabel('Type the PIN again').fill('482917')
  await page.getByRole('button', { name: 'Set the PIN and open manager mode' }).click()
  await expect(errorSummary(page)).toContainText('do not match')
  await page.getByLabel('Type the PIN again').fill(MANAGER_PIN)
  await page.getByRole('button', { name: 'Set the PIN and open manager mode' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Practice manager', exact: true })).toBeFocused()
  await expect(page).toHaveURL(/#\/manager$/)

  // Lock: the dashboard gives way to the unlock page.
  await page.getByRole('button', { name: 'Lock manager mode' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock practice manager mode' })).toBeVisible()
  await expectNoAxeViolations(page)

  // A learner without the PIN is sent to the unlock page from every manager route, and cannot archive.
  for (const path of ['/manager', '/manager/settings', '/manager/import', '/manager/audit', '/manager/report', '/manager/insights']) {
    await openRoute(page, path)
    await expect(page).toHaveURL(/#\/manager\/unlock\?redirect=/)
    await expect(page.getByRole('heading', { level: 1, name: 'Unlock practice manager mode' })).toBeVisible()
  }
  await addLearner(page, 'Kai Testperson', 'admin', 'Synthetic Surgery')
  await openRoute(page, '/learners')
  await expect(page.getByRole('button', { name: /^Archive/ })).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'unlock manager mode' })).toBeVisible()
  await openRoute(page, '/manager/unlock')

  // Five wrong tries lock it for five minutes; even the right PIN is refused meanwhile.
  for (let left = 4; left >= 1; left--) {
    await enterManagerPin(page, '000001')
    await expect(errorSummary(page)).toContainText(`The PIN is not right. ${left} ${left === 1 ? 'try' : 'tries'} left`)
  }
  await enterManagerPin(page, '000001')
  await expect(errorSummary(page)).toContainText('Manager mode is locked after 5 wrong PINs. Try again in 5 minutes.')
  await expect(errorSummary(page)).toBeFocused()
  await enterManagerPin(page, MANAGER_PIN)
  await expect(errorSummary(page)).toContainText('Try again in 5 minutes.')

  // A reload does not reset the lockout.
  await page.clock.setFixedTime(new Date(start.getTime() + 2 * 60_000 + 30_000))
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock practice manager mode' })).toBeVisible()
  await expect(errorSummary(page)).toContainText('Try again in 3 minutes.')
  await expectNoAxeViolations(page)

  // Five minutes on, the right PIN opens it (typed and submitted with the keyboard alone).
  await page.clock.setFixedTime(new Date(start.getTime() + 5 * 60_000 + 1_000))
  await page.getByLabel('Manager PIN').focus()
  await page.keyboard.type(MANAGER_PIN)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Practice manager', exact: true })).toBeFocused()

  // Everything above is in the audit log, newest first.
  await page.getByRole('navigation', { name: 'Practice manager' }).getByRole('link', { name: 'Audit log' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible()
  const whats = await page.locator('table tbody tr td:nth-child(3)').allInnerTexts()
  expect(whats.slice(0, 3)).toEqual(['Manager mode unlocked', 'Manager mode locked out', 'Wrong manager PIN'])
  expect(whats.filter((w) => w === 'Wrong manager PIN')).toHaveLength(5)
  expect(whats.slice(-2)).toEqual(['Manager mode locked', 'Manager PIN set'])
  await expectNoAxeViolations(page)

  // A reload ends the session.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock practice manager mode' })).toBeVisible()
})

/** A learner on "another PC" (a fresh browser profile): their training, then their progress passport. */
async function passportFromAnotherPc(browser: Browser, baseURL: string | undefined, path: string, learn: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ baseURL })
  const page = await context.newPage()
  await learn(page)
  await openRoute(page, '/progress')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save my progress passport' }).click()
  await (await download).saveAs(path)
  await context.close()
}

test('records from other PCs in the matrix, CSV export, audit log, and axe on every manager page', async ({ page, browser, baseURL }, testInfo) => {
  const priyaPath = testInfo.outputPath('priya-passport.json')
  const zoePath = testInfo.outputPath('zoe-passport.json')
  // Priya (practice manager role) reads both lessons of module 9 and passes its check: completed.
  await passportFromAnotherPc(browser, baseURL, priyaPath, async (other) => {
    await addLearner(other, 'Priya Testperson', 'practice-manager', 'Synthetic Surgery')
    await openRoute(other, '/learn/m09-access-codes/lessons/1')
    await expect(other.getByText('Lesson 1 of 2')).toBeVisible()
    await openRoute(other, '/learn/m09-access-codes/lessons/2')
    await expect(other.getByText('Lesson 2 of 2')).toBeVisible()
    await openRoute(other, '/learn/m09-access-codes')
    // Opening a lesson marks it read in the background: read the module page back from storage until both show.
    await expect(async () => {
      await other.reload()
      await expect(other.getByText('– read')).toHaveCount(2, { timeout: 1_000 })
    }).toPass({ timeout: 20_000 })
    await other.getByRole('button', { name: 'Start the knowledge check' }).click()
    await completeAttempt(other, true)
  })
  // Zoë (locum) passes the refresher (a certificate) and module 9's check without its lessons: in progress.
  await passportFromAnotherPc(browser, baseURL, zoePath, async (other) => {
    await addLearner(other, 'Zoë Testperson', 'locum', 'Synthetic Surgery')
    await openRoute(other, '/quizzes')
    await other.getByRole('button', { name: 'Start the refresher' }).click()
    await completeAttempt(other, (i) => i !== 0)
    await openRoute(other, '/learn/m09-access-codes')
    await other.getByRole('button', { name: 'Start the knowledge check' }).click()
    await completeAttempt(other, true)
  })
  const notCertificatePath = testInfo.outputPath('not-a-certificate.pdf')
  writeFileSync(notCertificatePath, '%PDF-1.7\nnot really a certificate')

  await setManagerPin(page)

  // Settings: an error first (for axe), then the practice name for the report and file name.
  await page.getByRole('navigation', { name: 'Practice manager' }).getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Practice settings' })).toBeVisible()
  await page.getByLabel('Practice name').fill('Synthetic Surgery')
  await page.getByLabel('Pass mark (%)').fill('40')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(errorSummary(page)).toBeFocused()
  await expect(errorSummary(page)).toContainText('Pass mark must be a whole number from 50 to 100')
  await expectNoAxeViolations(page)
  await page.getByLabel('Pass mark (%)').fill('80')
  await page.getByLabel('ODS code (optional)').fill('g85001')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByRole('heading', { name: 'Settings saved' })).toBeFocused()
  await expect(page.getByText('Practice name: (blank) → “Synthetic Surgery”')).toBeVisible()

  // Import both passports and a PDF that is not a certificate, in one go.
  await page.getByRole('navigation', { name: 'Practice manager' }).getByRole('link', { name: 'Records from other PCs' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Records from other PCs' })).toBeVisible()
  const importFiles = async (files: string[]) => {
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Choose files to import' }).click()
    await (await chooser).setFiles(files)
  }
  await importFiles([priyaPath, zoePath, notCertificatePath])
  await expect(page.getByText('3 of 3 files done')).toBeVisible()
  await expect(page.locator('progress')).toHaveAttribute('value', '3')
  const results = page.getByRole('table', { name: 'Result for each file' })
  await expect(results.getByRole('row', { name: /priya-passport\.json/ })).toContainText('Imported')
  await expect(results.getByRole('row', { name: /zoe-passport\.json/ })).toContainText('Imported')
  await expect(results.getByRole('row', { name: /not-a-certificate\.pdf/ })).toContainText('Refused')
  await expect(results.getByRole('row', { name: /not-a-certificate\.pdf/ })).toContainText('no embedded record')
  await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused()
  await expectNoAxeViolations(page)
  // The same passport again adds nothing.
  await importFiles([zoePath])
  await expect(results.getByRole('row', { name: /zoe-passport\.json/ })).toContainText('Already present')

  // The dashboard: both staff, with the right status in each module.
  await page.getByRole('navigation', { name: 'Practice manager' }).getByRole('link', { name: 'Dashboard' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Practice manager', exact: true })).toBeVisible()
  const matrix = page.getByRole('table', { name: /Completion by module/ })
  const cell = (name: string, module: number) => matrix.getByRole('row', { name: new RegExp(name) }).getByRole('cell').nth(module - 1)
  await expect(cell('Priya Testperson', 9)).toHaveText('✓ Completed')
  await expect(cell('Priya Testperson', 1)).toHaveText('○ Not started')
  await expect(cell('Priya Testperson', 4)).toHaveText('– Not required')
  await expect(cell('Zoë Testperson', 9)).toHaveText('◐ In progress')
  await expect(cell('Zoë Testperson', 4)).toHaveText('○ Not started')
  await expect(matrix.locator('[aria-hidden="true"]', { hasText: '✓' })).toHaveCount(1)
  const staff = page.getByRole('table', { name: /^Staff/ })
  await expect(staff.getByRole('row', { name: /Zoë Testperson/ })).toContainText('In date')
  await expect(staff.getByRole('row', { name: /Priya Testperson/ })).toContainText('No certificate')
  await expect(page.getByRole('img', { name: /Induction status of all staff: Completed 0, In progress 2, Not started 0, Overdue 0, of 2 staff/ })).toBeVisible()
  await expectNoAxeViolations(page)

  // Sort, filter and search.
  const nameHeader = staff.getByRole('columnheader', { name: /Name/ })
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending')
  await nameHeader.getByRole('button').focus()
  await page.keyboard.press('Enter')
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending')
  await expect(staff.locator('tbody tr').first()).toContainText('Zoë Testperson')
  await page.getByLabel('Role').selectOption({ label: 'Locum' })
  await expect(staff.locator('tbody tr')).toHaveCount(1)
  await page.getByLabel('Role').selectOption({ label: 'All roles' })
  await page.getByLabel('Search').fill('zoe')
  await expect(staff.locator('tbody tr')).toHaveCount(1)
  await page.getByLabel('Search').fill('')
  await expect(staff.locator('tbody tr')).toHaveCount(2)

  // CSV export of what is shown: BOM, header, both people, ISO dates.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export these 2 rows as CSV' }).click()
  const csvFile = await download
  expect(csvFile.suggestedFilename()).toMatch(/^ers-trainer-dashboard-synthetic-surgery-\d{4}-\d{2}-\d{2}\.csv$/)
  const csvPath = testInfo.outputPath('dashboard.csv')
  await csvFile.saveAs(csvPath)
  const bytes = readFileSync(csvPath)
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const lines = bytes.toString('utf8').slice(1).split('\r\n')
  expect(lines[0]).toMatch(/^Name,Role,Practice,Staff ID,Induction,Modules completed,Modules required,Final assessment passed,Last refresher,Refresh by,Certificate,Overdue,Best score \(%\),Latest score \(%\),Module 1: /)
  const zoeLine = lines.find((l) => l.startsWith('Zoë Testperson,')) ?? ''
  expect(zoeLine).toMatch(/^Zoë Testperson,Locum,Synthetic Surgery,,In progress,0,16,No,\d{4}-\d{2}-\d{2},\d{4}-\d{2}-\d{2},In date,No,95,95,/)
  expect(lines.find((l) => l.startsWith('Priya Testperson,'))).toMatch(/^Priya Testperson,Practice manager,Synthetic Surgery,,In progress,1,\d+,No,,,No certificate,No,,,/)
  expect(lines.filter((l) => l.length > 0)).toHaveLength(3)

  // What the team gets wrong links each question to its lesson.
  await page.getByRole('navigation', { name: 'Practice manager' }).getByRole('link', { name: 'What the team gets wrong' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'What the team gets wrong' })).toBeVisible()
  const questions = page.getByRole('table', { name: 'Questions, weakest first' })
  const weakest = questions.locator('tbody tr').first()
  await expect(weakest.getByRole('cell').nth(1)).not.toHaveText('100%')
  await expect(weakest.getByRole('cell').nth(2)).not.toContainText('None')
  await expect(weakest.getByRole('link')).toHaveAttribute('href', /#\/learn\/m\d\d-[a-z-]+\/lessons\/\d+$/)
  await expect(page.getByRole('table', { name: 'Modules, weakest first' }).getByRole('link').first()).toHaveAttribute('href', /#\/learn\/m\d\d-[a-z-]+\/lessons\/\d+$/)
  await expectNoAxeViolations(page)

  // The printable report: practice, ODS code, the staff; print hides the app's header and buttons.
  await page.getByRole('navigation', { name: 'Practice manager' }).getByRole('link', { name: 'Practice report' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Practice report: e-RS training' })).toBeVisible()
  await expect(page.locator('dd', { hasText: 'G85001' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Every current staff member, by name' }).locator('tbody tr')).toHaveCount(2)
  await expectNoAxeViolations(page)
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'yes')
  })
  await page.getByRole('button', { name: 'Print or save as PDF' }).click()
  await expect(page.locator('html[data-printed="yes"]')).toHaveCount(1)
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('header.nhsuk-header')).toBeHidden()
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden()
  await expect(page.getByRole('table', { name: 'Every current staff member, by name' })).toBeVisible()
  await page.emulateMedia({ media: 'screen' })

  // The audit log lists the imports and the settings changes.
  await page.getByRole('navigation', { name: 'Practice manager' }).getByRole('link', { name: 'Audit log' }).click()
  const audit = page.getByRole('table', { name: 'Audit log entries, newest first' })
  await expect(audit.getByRole('row').filter({ hasText: 'Progress passport imported' })).toHaveCount(2)
  await expect(audit.getByRole('row').filter({ hasText: 'Progress passport imported' }).filter({ hasText: 'Priya Testperson' })).toHaveCount(1)
  await expect(audit.getByRole('row').filter({ hasText: 'Dashboard exported' })).toHaveCount(1)
  await expect(audit.getByRole('row').filter({ hasText: 'Pass mark' })).toHaveCount(0)
  await expect(audit.getByRole('row').filter({ hasText: 'ODS code: (blank) → “G85001”' })).toHaveCount(1)
  await expectNoAxeViolations(page)

  // In manager mode the learners page offers archiving, and it is audited.
  await page.getByRole('link', { name: 'Learners', exact: true }).click()
  await page.getByRole('button', { name: 'Archive Priya Testperson' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'is archived' })).toBeVisible()
  await page.goBack()
  await expect(page.getByRole('table', { name: 'Audit log entries, newest first' }).getByRole('row').nth(1)).toContainText('Learner archived')
})
