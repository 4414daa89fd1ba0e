/** Practice manager mode in e2e tests: set the PIN the first time, unlock, lock. */
import { expect, type Page } from '@playwright/test'
import { openRoute } from './fixtures'

export const MANAGER_PIN = '482916'

/** On a PC with no PIN yet: sets it, which opens manager mode on the dashboard. */
export async function setManagerPin(page: Page, pin = MANAGER_PIN): Promise<void> {
  await openRoute(page, '/manager/set-pin')
  await expect(page.getByRole('heading', { level: 1, name: 'Set a practice manager PIN' })).toBeVisible()
  await page.getByLabel('PIN', { exact: true }).fill(pin)
  await page.getByLabel('Type the PIN again').fill(pin)
  await page.getByRole('button', { name: 'Set the PIN and open manager mode' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Practice manager', exact: true })).toBeVisible()
}

/** On the unlock page: enters the PIN. */
export async function enterManagerPin(page: Page, pin = MANAGER_PIN): Promise<void> {
  await page.getByLabel('Manager PIN').fill(pin)
  await page.getByRole('button', { name: 'Unlock', exact: true }).click()
}
