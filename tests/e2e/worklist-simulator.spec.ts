import { expect, expectNoAxeViolations, openRoute, test } from './fixtures'

test.describe('worklist simulator', () => {
  test('a day of worklists can be worked through by keyboard, checked and scored, passing axe before and after', async ({ page }) => {
    await openRoute(page, '/practice/worklists')
    await expect(page.getByRole('heading', { level: 1, name: 'Worklist simulator' })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: /Loading/ })).toHaveCount(0)
    await expect(
      page.getByText('It is the start of the day. Work through each worklist and choose what to do with each referral.'),
    ).toBeVisible()

    // All six worklists, each headed with its count; rows sit in real tables.
    const main = page.locator('main')
    for (const name of [
      'Triage responses / Rejected referrals',
      'Missing referral letters',
      'Incomplete UBRNs',
      'Active advice requests',
      'Assessment results / Cancelled referrals / Did not attend',
      'Referrals pending external action',
    ]) {
      await expect(
        main.getByRole('heading', { level: 2, name: new RegExp(`^${name.replace(/[/()]/g, '\\$&')} \\(\\d+\\)$`) }),
      ).toBeVisible()
    }
    await expect(main.getByRole('table').first()).toBeVisible()
    await expect(main.getByRole('columnheader', { name: 'NHS number' }).first()).toBeVisible()
    await expect(main.getByRole('cell', { name: /^999 \d{3} \d{4}$/ }).first()).toBeVisible()

    const selects = main.getByRole('combobox', { name: /^Action for / })
    const total = await selects.count()
    expect(total).toBe(8)
    await expectNoAxeViolations(page)

    // Checking with nothing chosen explains what is missing and links to the first missing select.
    const check = page.getByRole('button', { name: 'Check my worklist' })
    await check.focus()
    await page.keyboard.press('Enter')
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
    await expect(summary).toBeFocused()
    await expect(summary).toContainText(`${total} referrals still to do`)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(selects.first()).toBeFocused()
    await expectNoAxeViolations(page)

    // Choose every action by keyboard: focus the select, arrow down to an action.
    for (let i = 0; i < total; i++) {
      const select = selects.nth(i)
      await select.focus()
      for (let presses = 0; presses <= i % 3; presses++) await page.keyboard.press('ArrowDown')
      await expect(select).not.toHaveValue('')
    }
    await expect(summary).toHaveCount(0)

    await check.focus()
    await page.keyboard.press('Enter')
    const result = page.getByRole('heading', { level: 2, name: 'Your worklist is checked' })
    await expect(result).toBeFocused()
    await expect(main).toContainText(new RegExp(`You chose the right action for \\d of ${total} referrals`))
    await expect(selects).toHaveCount(0)
    const right = await main.getByText('Right action', { exact: true }).count()
    const notBest = await main.getByText('Not the best action:').count()
    expect(right + notBest).toBe(total)
    await expect(main.getByText(`You chose the right action for ${right} of ${total} referrals`)).toBeVisible()
    await expect(main.getByText(/^From the pack: /).first()).toBeVisible()
    await expectNoAxeViolations(page)

    // A new day starts afresh with nothing chosen.
    await page.getByRole('button', { name: 'Start a new day' }).first().focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'Worklist simulator' })).toBeFocused()
    await expect(selects).toHaveCount(total)
    for (let i = 0; i < total; i++) await expect(selects.nth(i)).toHaveValue('')
  })
})
