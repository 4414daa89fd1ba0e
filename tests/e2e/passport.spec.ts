/** A learner's record moves to "another PC" (a fresh browser profile) and back, with no duplicates. */
import { readFileSync, writeFileSync } from 'node:fs'
import { completeAttempt } from './answer-questions'
import { addLearner, expect, expectNoAxeViolations, openRoute, test } from './fixtures'

test.describe.configure({ timeout: 180_000 })

test('export a progress passport, import it on another PC, refuse a tampered one', async ({ page, browser, baseURL }, testInfo) => {
  await addLearner(page, 'Passport Testperson', 'admin', 'Synthetic Surgery')
  await openRoute(page, '/learn/m09-access-codes')
  await page.getByRole('button', { name: 'Start the knowledge check' }).click()
  await completeAttempt(page, true)
  await openRoute(page, '/progress')
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save my progress passport' }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toMatch(/^ers-trainer-passport-.*\.json$/)
  const path = testInfo.outputPath('passport.json')
  await download.saveAs(path)

  // Another PC: a new browser context has its own, empty IndexedDB.
  const other = await browser.newContext({ baseURL })
  const otherPage = await other.newPage()
  await otherPage.goto('./#/learners')
  await expect(otherPage.getByRole('heading', { level: 1, name: 'Learners on this computer' })).toBeVisible()
  await expect(otherPage.getByText('Nobody has been added yet.')).toBeVisible()

  const importFile = async (file: string) => {
    const chooser = otherPage.waitForEvent('filechooser')
    await otherPage.getByRole('button', { name: 'Import progress passports' }).click()
    await (await chooser).setFiles(file)
  }

  // A tampered copy is refused and nothing is written.
  const tamperedPath = testInfo.outputPath('tampered.json')
  writeFileSync(tamperedPath, readFileSync(path, 'utf8').replace('"score": 100', '"score": 99'))
  await importFile(tamperedPath)
  await expect(otherPage.getByText(/tampered\.json: refused\./)).toBeVisible()
  await expect(otherPage.getByText('changed since it was exported')).toBeVisible()
  await expect(otherPage.getByText('Nobody has been added yet.')).toBeVisible()

  // A cut-short copy is refused too.
  const truncatedPath = testInfo.outputPath('truncated.json')
  const full = readFileSync(path, 'utf8')
  writeFileSync(truncatedPath, full.slice(0, Math.floor(full.length / 2)))
  await importFile(truncatedPath)
  await expect(otherPage.getByText(/truncated\.json: refused\./)).toBeVisible()

  // The real one imports; a second import adds nothing.
  await importFile(path)
  await expect(otherPage.getByText(/passport\.json: imported\./)).toBeVisible()
  await expect(otherPage.getByRole('cell', { name: 'Passport Testperson', exact: true })).toBeVisible()
  await expectNoAxeViolations(otherPage)
  await importFile(path)
  await expect(otherPage.getByText(/passport\.json: already here\./)).toBeVisible()
  await expect(otherPage.getByRole('cell', { name: 'Passport Testperson', exact: true })).toHaveCount(1)

  // The progress came with it.
  await otherPage.getByRole('button', { name: 'Switch to Passport Testperson' }).click()
  await otherPage.goto('./#/progress')
  await expect(otherPage.getByText(/100% – passed/)).toBeVisible()
  await other.close()
})
