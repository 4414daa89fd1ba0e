/**
 * Robustness: a full disk in the middle of a quiz, a damaged settings row, and the app open in
 * two tabs at once.
 */
import type { Page } from '@playwright/test'
import { answerShownQuestion } from './answer-questions'
import { addLearner, expect, openRoute, test } from './fixtures'

const h1 = (page: Page) => page.locator('main h1')

/** Puts a row straight into the app's IndexedDB, as another program or a damaged disk might. */
async function putRow(page: Page, store: string, row: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    ({ store, row }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ers-trainer')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite')
          tx.objectStore(store).put(row)
          tx.oncomplete = () => {
            open.result.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    { store, row },
  )
}

async function readRow(page: Page, store: string, key: string): Promise<unknown> {
  return page.evaluate(
    ({ store, key }) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('ers-trainer')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const get = open.result.transaction(store).objectStore(store).get(key)
          get.onsuccess = () => {
            open.result.close()
            resolve(get.result ?? null)
          }
          get.onerror = () => reject(get.error)
        }
      }),
    { store, key },
  )
}

test('a full disk while answering: the message shows, the question stays, earlier answers are kept', async ({ page }) => {
  await addLearner(page, 'Quota Locum', 'locum', 'Synthetic Surgery')
  await openRoute(page, '/quizzes')
  await page.getByRole('button', { name: 'Start the refresher' }).click()
  for (let i = 0; i < 2; i++) {
    await expect(h1(page)).toHaveText(`Question ${i + 1} of 20`)
    await answerShownQuestion(page, true)
    await page.getByRole('button', { name: 'Save and continue' }).click()
  }
  await expect(h1(page)).toHaveText('Question 3 of 20')
  await expect(page.getByText('2 of 20 answered')).toBeVisible()

  // From now on the disk is full for answers (Dexie writes through the native put).
  await page.evaluate(() => {
    const original = IDBObjectStore.prototype.put
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'answers') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return original.apply(this, args)
    }
  })
  await answerShownQuestion(page, true)
  await page.getByRole('button', { name: 'Save and continue' }).click()
  const problem = page.getByRole('alert').filter({ hasText: 'run out of space' })
  await expect(problem).toBeVisible()
  await expect(problem).toContainText('Everything saved before it is safe')
  await expect(h1(page)).toHaveText('Question 3 of 20')
  await expect(page.getByText('2 of 20 answered')).toBeVisible()

  // Reloading ends the full disk: the two saved answers are still there, and question 3 is open.
  await page.reload()
  await expect(page.locator('html[data-ready="true"]')).toHaveCount(1)
  await expect(h1(page)).toHaveText('Question 3 of 20')
  await expect(page.getByText('2 of 20 answered')).toBeVisible()
  await expect(page.getByRole('alert').filter({ hasText: 'run out of space' })).toHaveCount(0)
  // And the question can now be answered.
  await answerShownQuestion(page, true)
  await page.getByRole('button', { name: 'Save and continue' }).click()
  await expect(h1(page)).toHaveText('Question 4 of 20')
  await expect(page.getByText('3 of 20 answered')).toBeVisible()
})

test('a damaged settings row is reset to its default and the app says so', async ({ page }) => {
  await openRoute(page, '/learn')
  await expect(page.getByText('(80% or more)')).toBeVisible()

  // A valid stored value is used (so the pass mark shown really comes from the settings)...
  await putRow(page, 'settings', { key: 'passMarkPercent', value: 70 })
  await page.reload()
  await expect(page.locator('html[data-ready="true"]')).toHaveCount(1)
  await expect(page.getByText('(70% or more)')).toBeVisible()
  await expect(page.getByText('Some settings on this computer were damaged')).toHaveCount(0)

  // ...a damaged one is not: the app starts, says settings were reset, and uses the default.
  await putRow(page, 'settings', { key: 'passMarkPercent', value: 'eighty' })
  await page.reload()
  await expect(page.locator('html[data-ready="true"]')).toHaveCount(1)
  await expect(h1(page)).toHaveText('Induction modules')
  await expect(page.getByText('Some settings on this computer were damaged and have been reset to their defaults.')).toBeVisible()
  await expect(page.getByText('(80% or more)')).toBeVisible()
  await expect(page.locator('main ol.app-module-list > li').first()).toBeVisible()

  // The damaged row is gone, so the notice does not come back on the next start.
  expect(await readRow(page, 'settings', 'passMarkPercent')).toBeNull()
  await page.reload()
  await expect(page.locator('html[data-ready="true"]')).toHaveCount(1)
  await expect(page.getByText('(80% or more)')).toBeVisible()
  await expect(page.getByText('Some settings on this computer were damaged')).toHaveCount(0)
})

test('two tabs of the app both work on the same records', async ({ page, context }) => {
  await openRoute(page, '/')
  const other = await context.newPage()
  const otherErrors: string[] = []
  other.on('pageerror', (e) => otherErrors.push(e.message))
  await openRoute(other, '/')

  await addLearner(page, 'First Tabperson', 'admin', 'Synthetic Surgery')
  await other.reload()
  await expect(other.locator('html[data-ready="true"]')).toHaveCount(1)
  await expect(other.getByText('Signed in as First Tabperson')).toBeVisible()
  await expect(other.locator('#learner-switcher option', { hasText: 'First Tabperson' })).toHaveCount(1)

  // The second tab can write too, and the first sees it.
  await addLearner(other, 'Second Tabperson', 'clinician', 'Synthetic Surgery')
  await page.reload()
  await expect(page.locator('html[data-ready="true"]')).toHaveCount(1)
  await expect(page.getByText('Signed in as Second Tabperson')).toBeVisible()
  await openRoute(page, '/learners')
  await expect(page.getByRole('cell', { name: /^First Tabperson/ })).toBeVisible()
  await expect(page.getByRole('cell', { name: /^Second Tabperson/ })).toBeVisible()

  // Neither tab shows a storage problem.
  for (const tab of [page, other]) await expect(tab.locator('.nhsuk-warning-callout[role="alert"]')).toHaveCount(0)
  expect(otherErrors).toEqual([])
  await other.close()
})
