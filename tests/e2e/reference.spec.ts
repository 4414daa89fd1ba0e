import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, openRoute, test } from './fixtures'

async function openReference(page: Page): Promise<void> {
  await openRoute(page, '/reference')
  await expect(page.getByRole('heading', { level: 1, name: 'Quick reference' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Search the rules' })).toBeVisible()
}

async function fillDate(page: Page, prefix: string, day: string, month: string, year: string): Promise<void> {
  await page.locator(`#${prefix}-date-day`).fill(day)
  await page.locator(`#${prefix}-date-month`).fill(month)
  await page.locator(`#${prefix}-date-year`).fill(year)
}

test.describe('reference screen', () => {
  test('the contents list moves focus to each section', async ({ page }) => {
    await openReference(page)
    const contents = page.getByRole('navigation', { name: 'Sections on this page' })
    for (const name of ['Contacts directory', 'Deadline calculator', 'Downtime helper', 'Search the rules']) {
      await contents.getByRole('link', { name }).click()
      await expect(page.getByRole('heading', { level: 2, name })).toBeFocused()
    }
    // Still on the reference page (the hash router was not sent anywhere).
    await expect(page.getByRole('heading', { level: 1, name: 'Quick reference' })).toBeVisible()
  })

  test('a link to a section opens the page at that section', async ({ page }) => {
    await page.goto('./#/reference#downtime-helper')
    await expect(page.locator('html[data-ready="true"]')).toHaveCount(1)
    await expect(page.getByRole('heading', { level: 2, name: 'Downtime helper' })).toBeFocused()
  })

  test('search finds a known rule, with its kind, module and pack section, and announces the count', async ({ page }) => {
    await openReference(page)
    await page.getByRole('searchbox', { name: 'Search the rules' }).fill('deferral 2WW working days')
    const result = page
      .getByRole('listitem')
      .filter({ hasText: 'For a 2WW referral the contact-by date is the date of deferral plus 2 working days.' })
    await expect(result).toBeVisible()
    await expect(result).toContainText('Deadline')
    await expect(result).toContainText('Module: Appointment slot issues: forwarding and deferring')
    await expect(result).toContainText('Pack section: Deferring to the provider')
    await expect(page.getByRole('heading', { level: 3, name: /Appointment slot issues: forwarding and deferring/ })).toBeVisible()
    await expect(
      page.getByRole('status').filter({ hasText: /^\d+ results? in \d+ modules?.* for deferral 2WW working days$/ }),
    ).toHaveCount(1)

    await page.getByRole('searchbox', { name: 'Search the rules' }).fill('zzzqqq')
    await expect(page.getByText('No rules, lessons or terms match all of your words.')).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: 'No results for zzzqqq' })).toHaveCount(1)
  })

  test('copying an address announces it and puts it on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await openReference(page)
    await page.getByLabel('Filter by purpose').selectOption({ label: 'e-RS training' })
    await expect(page.getByRole('status').filter({ hasText: 'Showing 1 of' })).toHaveCount(1)
    await page.getByRole('button', { name: 'Copy PrimaryCareFacilitators@selondonics.nhs.uk' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Copied PrimaryCareFacilitators@selondonics.nhs.uk' })).toHaveCount(1)
    await expect(page.locator('#contacts .app-copy-address__done')).toHaveText(/Copied$/)
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('PrimaryCareFacilitators@selondonics.nhs.uk')
  })

  test('when the clipboard fails, it says so and shows the address to copy by hand', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true })
      document.execCommand = () => false
    })
    await openReference(page)
    await page.getByLabel('Search contacts').fill('Dee Leech')
    await page.getByRole('button', { name: 'Copy d.leech@nhs.net' }).first().click()
    await expect(page.getByRole('status').filter({ hasText: 'Could not copy d.leech@nhs.net' })).toHaveCount(1)
    const manual = page.getByRole('textbox', { name: 'Email address to copy by hand' })
    await expect(manual).toHaveValue('d.leech@nhs.net')
    await expect(manual).toBeFocused()
    await expect(page.getByText('did not let the app copy the address')).toBeVisible()
  })

  test('contacts are grouped by organisation and filter by purpose', async ({ page }) => {
    await openReference(page)
    const contacts = page.locator('#contacts')
    for (const org of ['GSTT', 'KCH', 'LGT', 'Darent Valley Hospital'])
      await expect(contacts.getByRole('heading', { level: 3, name: org, exact: true })).toBeVisible()
    await page.getByLabel('Filter by purpose').selectOption({ label: 'A&G request not actioned by the provider' })
    await expect(contacts.getByRole('heading', { level: 3 })).toHaveText(['GSTT', 'KCH', 'LGT'])
    await expect(contacts.getByRole('button', { name: 'Copy kch-tr.adviceguidance@nhs.net' })).toBeVisible()
    await page.getByRole('button', { name: 'Show all contacts' }).click()
    await expect(page.getByRole('status').filter({ hasText: /^Showing all \d+ contacts/ })).toHaveCount(1)
  })

  test('deferral calculator: 2WW deferred on 24 December 2026 → Wednesday 30 December 2026', async ({ page }) => {
    await openReference(page)
    await fillDate(page, 'calc-deferral', '24', '12', '2026')
    await page.locator('#calc-deferral-priority-2ww').check()
    await page.getByRole('button', { name: 'Work out the date' }).click()
    const answer = page.getByRole('heading', { name: 'The patient should hear from the provider by Wednesday 30 December 2026' })
    await expect(answer).toBeFocused()
    const calc = page.locator('#deadline-calculator')
    await expect(calc).toContainText('date of deferral plus 2 working days')
    await expect(calc).toContainText('Friday 25 December 2026 (Christmas Day)')
    await expect(calc).toContainText('Monday 28 December 2026 (Boxing Day (substitute day))')
    await expect(calc.getByText('This date may be wrong')).toHaveCount(0)
  })

  test('a date in 2028 shows the beyond-data warning', async ({ page }) => {
    await openReference(page)
    await fillDate(page, 'calc-deferral', '3', '3', '2028')
    await page.locator('#calc-deferral-priority-routine').check()
    await page.getByRole('button', { name: 'Work out the date' }).click()
    const calc = page.locator('#deadline-calculator')
    await expect(calc.getByRole('heading', { name: 'Important: This date may be wrong' })).toBeVisible()
    await expect(calc).toContainText('Bank holidays after 31 December 2027 are not known')
    await expect(calc).toContainText('date of deferral plus 40 working days')
  })

  test('referral letter deadline: 1 day (24 hours) for urgent, 3 working days for routine', async ({ page }) => {
    await openReference(page)
    await fillDate(page, 'calc-letter', '24', '12', '2026')
    await page.locator('#calc-letter-priority-urgent').check()
    await page.getByRole('button', { name: 'Work out the deadline' }).click()
    await expect(
      page.getByRole('heading', {
        name: 'Attach the referral letter within 1 day (24 hours): by the same time on Friday 25 December 2026',
      }),
    ).toBeFocused()
    await page.locator('#calc-letter-priority-routine').check()
    await page.getByRole('button', { name: 'Work out the deadline' }).click()
    // Thursday 24 December 2026 + 3 working days, skipping Christmas Day, the weekend and Boxing Day (substitute day).
    await expect(
      page.getByRole('heading', { name: 'Attach the referral letter within 3 working days: by Thursday 31 December 2026' }),
    ).toBeFocused()
    await expect(page.locator('#deadline-calculator')).toContainText('Monday 28 December 2026 (Boxing Day (substitute day))')
  })

  test('the calculator explains what is wrong with the input', async ({ page }) => {
    await openReference(page)
    await page.getByRole('button', { name: 'Work out the date' }).click()
    const summary = page.locator('#deadline-calculator .nhsuk-error-summary').first()
    await expect(summary).toBeFocused()
    await expect(summary).toContainText('Enter the date of deferral')
    await expect(summary).toContainText('Select the priority of the referral')
    await summary.getByRole('link', { name: 'Enter the date of deferral' }).click()
    await expect(page.locator('#calc-deferral-date-day')).toBeFocused()

    await fillDate(page, 'calc-deferral', '31', '2', '2026')
    await page.locator('#calc-deferral-priority-urgent').check()
    await page.getByRole('button', { name: 'Work out the date' }).click()
    await expect(summary).toContainText('Date of deferral must be a real date')
    await expect(page.locator('#calc-deferral-date-error')).toContainText('Date of deferral must be a real date')

    await fillDate(page, 'calc-deferral', '3', '', '26')
    await page.getByRole('button', { name: 'Work out the date' }).click()
    await expect(summary).toContainText('Date of deferral must include a month')
    await expectNoAxeViolations(page)
  })

  test('downtime helper: after 24 hours shows the 2WW addresses, each with a Copy button', async ({ page }) => {
    await openReference(page)
    await page.getByLabel('More than 24 hours (up to 5 working days)').check()
    const helper = page.locator('#downtime-helper')
    await expect(helper.getByRole('heading', { name: 'What to do: More than 24 hours (up to 5 working days)' })).toBeVisible()
    await expect(helper.getByRole('button', { name: 'Copy kch-tr.2weekwaitopacdh@nhs.net' })).toBeVisible()
    await expect(helper).toContainText('Copy in (cc): gstt.gstters@nhs.net')
    await expect(helper).toContainText('Continue to hold urgent and routine referrals.')
    await expect(helper).toContainText('e-RS downtime for over 24 hours')
    await expect(helper).not.toContainText('kch-tr.kchreferrals@nhs.net')

    await page.getByLabel('More than 5 working days').check()
    await expect(helper.getByRole('button', { name: 'Copy kch-tr.kchreferrals@nhs.net' })).toBeVisible()
    await expect(helper).not.toContainText('kch-tr.2weekwaitopacdh@nhs.net')
    await expect(helper).toContainText('specialty pages of the GSTT and Evelina websites')
  })

  test('keyboard only: choose a downtime stage with the arrow keys', async ({ page }) => {
    await openReference(page)
    await page.locator('#downtime-stage-first-24h').focus()
    await page.keyboard.press('Space')
    await expect(page.getByRole('heading', { name: 'What to do: Less than 24 hours' })).toBeVisible()
    await page.keyboard.press('ArrowDown')
    await expect(page.locator('#downtime-stage-after-24h')).toBeChecked()
    await expect(page.getByRole('heading', { name: 'What to do: More than 24 hours (up to 5 working days)' })).toBeVisible()
  })

  // Split by section rather than one test, so each stays well inside its budget on a busy machine: the
  // page is long, and a whole-page axe scan of it takes seconds.
  test('passes axe with search results and a copied address showing', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await openReference(page)
    await page.getByRole('searchbox', { name: 'Search the rules' }).fill('2WW')
    await expect(page.getByRole('listitem').filter({ hasText: 'Deadline' }).first()).toBeVisible()
    await page.getByRole('button', { name: 'Copy PrimaryCareFacilitators@selondonics.nhs.uk' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveCount(1)
    await expectNoAxeViolations(page)
  })

  test('passes axe with both calculators showing results and the beyond-data warning', async ({ page }) => {
    await openReference(page)
    await fillDate(page, 'calc-deferral', '20', '12', '2027')
    await page.locator('#calc-deferral-priority-routine').check()
    await page.getByRole('button', { name: 'Work out the date' }).click()
    await fillDate(page, 'calc-letter', '24', '12', '2026')
    await page.locator('#calc-letter-priority-routine').check()
    await page.getByRole('button', { name: 'Work out the deadline' }).click()
    await expect(page.getByText('This date may be wrong')).toBeVisible()
    await expectNoAxeViolations(page, '#deadline-calculator')
  })

  // One test per stage: each scan is short, so each test has wide headroom on a busy machine.
  for (const label of [
    'Less than 24 hours',
    'More than 24 hours (up to 5 working days)',
    'More than 5 working days',
    'e-RS is back (restored)',
    'Only our practice, or a few practices (local issue)',
    'Wider incident (for example, a cyber-attack or power outage)',
    'e-RS is working, but will not open from our clinical system (Optum or Vision)',
  ]) {
    test(`passes axe at the downtime stage "${label}"`, async ({ page }) => {
      await openReference(page)
      await page.getByLabel(label).check()
      await expect(page.getByRole('heading', { name: `What to do: ${label}` })).toBeVisible()
      // Only the downtime helper changes between stages, so only it is scanned.
      await expectNoAxeViolations(page, '#downtime-helper')
    })
  }
})
