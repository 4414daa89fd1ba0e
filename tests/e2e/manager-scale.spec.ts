/**
 * The dashboard at practice scale: 300 learners × 16 modules × 20 attempts (96,000 attempts)
 * written straight into IndexedDB, then the dashboard opened, sorted and shown in full. Timings
 * are measured with the Performance API and reported as annotations, not asserted (benchmarks
 * belong in `npm run bench`); the test checks that everything renders and stays usable.
 */
import { expect, openRoute, test } from './fixtures'
import { setManagerPin } from './manager-helpers'

test.describe.configure({ timeout: 180_000 })

const LEARNERS = 300
const ATTEMPTS_PER_MODULE = 20

test('the dashboard stays usable with 300 learners × 16 modules × 20 attempts', async ({ page }, testInfo) => {
  await setManagerPin(page)
  const seeded = await page.evaluate(
    ({ learners, attemptsPerModule }) =>
      new Promise<number>((resolve, reject) => {
        const moduleIds = [
          'm01-smartcards', 'm02-before-you-refer', 'm03-finding-service', 'm04-patient-choice', 'm05-urgent-suspected-cancer', 'm06-slot-issues',
          'm07-referral-letters', 'm08-appointment-letters', 'm09-access-codes', 'm10-additional-requirements', 'm11-appointment-types',
          'm12-worklists', 'm13-returned-referrals', 'm14-advice-guidance', 'm15-downtime', 'm16-troubleshooting',
        ]
        const roles = ['clinician', 'admin', 'practice-manager', 'locum']
        const open = indexedDB.open('ers-trainer')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction(['learners', 'attempts', 'moduleProgress'], 'readwrite')
          let attempts = 0
          const at = '2026-01-15T10:00:00.000Z'
          for (let l = 0; l < learners; l++) {
            const learnerId = `scale-${l}`
            tx.objectStore('learners').put({ id: learnerId, name: `Scale Person ${String(l).padStart(3, '0')}`, role: roles[l % 4], practice: 'Synthetic Surgery', archived: false, createdAt: at, updatedAt: at })
            moduleIds.forEach((moduleId, m) => {
              const state = (l + m) % 3
              tx.objectStore('moduleProgress').put({
                id: `${learnerId}:${moduleId}`, learnerId, moduleId,
                lessonsRead: state === 0 ? [] : [`${moduleId.slice(0, 3)}-l01`], checkPassed: state === 2, updatedAt: at,
              })
              for (let a = 0; a < attemptsPerModule; a++) {
                const last = a === attemptsPerModule - 1
                tx.objectStore('attempts').put({
                  id: `${learnerId}:${moduleId}:${a}`, learnerId, kind: last && m === 0 ? 'final-assessment' : 'module-check', moduleId, seed: a,
                  questionIds: [], status: 'submitted', currentIndex: 0, contentVersion: '1.0.0', startedAt: at, submittedAt: at, score: (l * 7 + a * 5) % 101, passed: a % 2 === 0,
                })
                attempts++
              }
            })
          }
          tx.oncomplete = () => {
            db.close()
            resolve(attempts)
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    { learners: LEARNERS, attemptsPerModule: ATTEMPTS_PER_MODULE },
  )
  expect(seeded).toBe(LEARNERS * 16 * ATTEMPTS_PER_MODULE)

  /** Clicks in the page and waits for the rendered DOM to satisfy `done`, timed with performance.now(). */
  const timeClick = (selector: string, buttonName: string, done: string, count: number) =>
    page.evaluate(
      async ({ selector, buttonName, done, count }) => {
        const button = [...document.querySelectorAll<HTMLElement>(selector)].find((b) => b.textContent?.trim().startsWith(buttonName))
        if (!button) throw new Error(`no ${buttonName}`)
        const start = performance.now()
        button.click()
        for (;;) {
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r)))
          if (document.querySelectorAll(done).length === count) return performance.now() - start
          if (performance.now() - start > 60_000) throw new Error(`timed out waiting for ${count} × ${done}`)
        }
      },
      { selector, buttonName, done, count },
    )

  // Open the dashboard afresh (it reads the whole tables on each visit).
  await openRoute(page, '/manager/audit')
  const loadMs = await timeClick('nav[aria-label="Practice manager"] a', 'Dashboard', '.app-staff-table tbody tr', 50)
  const staff = page.getByRole('table', { name: /^Staff/ })
  await expect(staff.locator('tbody tr')).toHaveCount(50)
  await expect(page.getByText(`Showing 50 of ${LEARNERS} staff.`).first()).toBeVisible()

  // Sorting works from the aggregation already built (no reload).
  const before = await staff.locator('tbody tr').first().innerText()
  const sortMs = await timeClick('.app-staff-table th button', 'Best score', '.app-staff-table th[aria-sort="ascending"]', 1)
  await expect(staff.getByRole('columnheader', { name: /Best score/ })).toHaveAttribute('aria-sort', 'ascending')
  expect(await staff.locator('tbody tr').first().innerText()).not.toBe(before)

  // Everyone at once: 300 rows in the staff table and 300 × 16 cells in the matrix.
  const showAllMs = await timeClick('button', `Show all ${LEARNERS}`, '.app-matrix tbody tr', LEARNERS)
  await expect(staff.locator('tbody tr')).toHaveCount(LEARNERS)
  await expect(page.getByRole('table', { name: /Completion by module/ }).locator('tbody td')).toHaveCount(LEARNERS * 16)

  const timings = { loadMs: Math.round(loadMs), sortMs: Math.round(sortMs), showAllMs: Math.round(showAllMs) }
  testInfo.annotations.push({ type: 'timings', description: JSON.stringify(timings) })
  console.log(`dashboard at ${LEARNERS} × 16 × ${ATTEMPTS_PER_MODULE}: ${JSON.stringify(timings)}`)
})
