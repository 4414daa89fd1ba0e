/** A locum earns a certificate, saves the PDF, and the verify screen accepts it and refuses a tampered copy. */
import { readFileSync, writeFileSync } from 'node:fs'
import { completeAttempt } from './answer-questions'
import { addLearner, expect, expectNoAxeViolations, openRoute, test } from './fixtures'

test.describe.configure({ timeout: 180_000 })

test('earn a certificate, save it as PDF, verify it by code and by file, refuse a tampered copy', async ({ page }, testInfo) => {
  await addLearner(page, 'Łucja Brzęczyszczykiewicz', 'locum', 'Synthetic Surgery')
  await openRoute(page, '/quizzes')
  await page.getByRole('button', { name: 'Start the refresher' }).click()
  await completeAttempt(page, true)
  const earned = page.getByRole('heading', { name: 'You have earned a certificate' })
  await expect(earned).toBeVisible()
  const code = (await page.locator('.nhsuk-card--feature strong').innerText()).trim()
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-.$/)

  await page.getByRole('link', { name: 'Save it as a PDF' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Certificates' })).toBeVisible()
  await expect(page.getByText(code)).toBeVisible()
  await expectNoAxeViolations(page)
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: /Save as PDF/ }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toMatch(/^e-RS-Trainer-locum-refresher-certificate-.*\.pdf$/)
  const pdfPath = testInfo.outputPath('certificate.pdf')
  await download.saveAs(pdfPath)
  const bytes = readFileSync(pdfPath)
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')

  // By code, on this PC.
  await openRoute(page, '/certificates/verify')
  await expectNoAxeViolations(page)
  await page.getByLabel('Verification code').fill(code.toLowerCase())
  await page.getByRole('button', { name: 'Check the code' }).click()
  await expect(page.getByRole('heading', { name: 'This certificate verifies' })).toBeFocused()
  await expect(page.getByRole('main').locator('dd', { hasText: 'Łucja Brzęczyszczykiewicz' })).toBeVisible()
  await expect(page.getByText('In date')).toBeVisible()
  await expectNoAxeViolations(page)

  // A typing mistake is caught by the check character.
  const wrong = code.replace(/^(.)/, (c) => (c === 'A' ? 'B' : 'A'))
  await page.getByLabel('Verification code').fill(wrong)
  await page.getByRole('button', { name: 'Check the code' }).click()
  await expect(page.getByRole('heading', { name: /not a valid verification code|No certificate with this code/ })).toBeVisible()

  // By file.
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open a certificate PDF' }).click()
  await (await chooser).setFiles(pdfPath)
  await expect(page.getByRole('heading', { name: 'This certificate verifies' })).toBeVisible()
  await expect(page.getByText('Checked against the record inside the PDF.')).toBeVisible()

  // A tampered copy: one byte changed inside the embedded certificate record.
  const tampered = Buffer.from(bytes)
  const embedded = tampered.indexOf('/Type /EmbeddedFile')
  const stream = tampered.indexOf('stream', embedded)
  expect(embedded).toBeGreaterThan(0)
  const at = stream + 'stream'.length + 20
  tampered[at] = (tampered[at] ?? 0) ^ 0x01
  const tamperedPath = testInfo.outputPath('tampered.pdf')
  writeFileSync(tamperedPath, tampered)
  const chooser2 = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open a certificate PDF' }).click()
  await (await chooser2).setFiles(tamperedPath)
  await expect(page.getByRole('heading', { name: 'This certificate does not verify' })).toBeVisible()
  await expectNoAxeViolations(page)

  // Not a PDF at all.
  const junkPath = testInfo.outputPath('junk.pdf')
  writeFileSync(junkPath, 'hello')
  const chooser3 = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open a certificate PDF' }).click()
  await (await chooser3).setFiles(junkPath)
  await expect(page.getByText('This file is not a PDF.')).toBeVisible()
})
