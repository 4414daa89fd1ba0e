/**
 * Shared e2e fixtures: every test fails if the page makes any request off its own origin,
 * or logs an uncaught error.
 */
import { test as base, expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export const test = base.extend<{ offOriginRequests: string[] }>({
  offOriginRequests: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin
      const offOrigin: string[] = []
      await page.route('**/*', (route) => {
        const url = route.request().url()
        if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue()
        offOrigin.push(url)
        return route.abort()
      })
      const pageErrors: string[] = []
      page.on('pageerror', (e) => pageErrors.push(e.message))
      await use(offOrigin)
      expect(offOrigin, 'requests that left the app origin').toEqual([])
      expect(pageErrors, 'uncaught errors in the page').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/** Opens a route and waits for the app to be mounted and the page heading to show. */
export async function openRoute(page: Page, hash: string): Promise<void> {
  await page.goto(`./#${hash}`)
  await expect(page.locator('html[data-ready="true"]')).toHaveCount(1)
  await expect(page.locator('main h1')).toBeVisible()
}

/**
 * axe (WCAG 2.2 AA tags) finds nothing. `within` scopes the scan to the part of the page that just
 * changed (a CSS selector): a whole long page is scanned once, not after every small change.
 */
export async function expectNoAxeViolations(page: Page, within?: string): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS)
  const results = await (within ? builder.include(within) : builder).analyze()
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  expect(summary).toEqual([])
}

export async function addLearner(page: Page, name: string, role: 'clinician' | 'admin' | 'practice-manager' | 'locum', practice: string): Promise<void> {
  await openRoute(page, '/learners/new')
  await page.getByLabel('Full name').fill(name)
  await page.locator(`#learner-role-${role}`).check()
  await page.getByLabel('Practice', { exact: true }).fill(practice)
  await page.getByRole('button', { name: 'Save learner' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'e-RS Trainer' })).toBeVisible()
}
