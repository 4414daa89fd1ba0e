import { expect, expectNoAxeViolations, openRoute, test } from './fixtures'

test.describe('storage failures give a clear message, never a blank screen', () => {
  test('storage that cannot be opened shows what to do', async ({ page }) => {
    await page.addInitScript(() => {
      // Simulate a browser where IndexedDB is unavailable (e.g. locked-down profile).
      Object.defineProperty(window, 'indexedDB', { get: () => undefined })
    })
    await page.goto('./#/')
    await expect(page.getByRole('heading', { level: 1, name: 'Training records cannot be opened' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible()
  })

  test('a full disk while saving keeps the form and explains the problem', async ({ page }) => {
    await page.addInitScript(() => {
      const quota = (): never => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
      const original = IDBObjectStore.prototype.add
      IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
        if (this.name === 'learners') quota()
        return original.apply(this, args)
      }
    })
    await openRoute(page, '/learners/new')
    await page.getByLabel('Full name').fill('Quota Testperson')
    await page.locator('#learner-role-clinician').check()
    await page.getByLabel('Practice', { exact: true }).fill('Synthetic Surgery')
    await page.getByRole('button', { name: 'Save learner' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'run out of space' })).toBeVisible()
    await expect(page.getByLabel('Full name')).toHaveValue('Quota Testperson')
  })

  test('storage slow to open (a large upgrade) says what is happening, then the app opens', async ({ page }) => {
    await page.addInitScript(() => {
      // Hold back the app's "database open" for two seconds, as a long schema upgrade would.
      const open = IDBFactory.prototype.open
      IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
        const request = open.apply(this, args)
        if (args[0] !== 'ers-trainer') return request
        const setter = Object.getOwnPropertyDescriptor(IDBRequest.prototype, 'onsuccess')?.set
        Object.defineProperty(request, 'onsuccess', {
          set(handler: ((event: Event) => void) | null) {
            setter?.call(request, handler && ((event: Event) => setTimeout(() => handler.call(request, event), 2000)))
          },
        })
        return request
      }
    })
    await page.goto('./#/')
    await expect(page.getByRole('heading', { level: 1, name: 'Opening your training records' })).toBeVisible()
    await expect(page.getByRole('status')).toContainText('keep the app open')
    await expectNoAxeViolations(page)
    await expect(page.getByRole('heading', { level: 1, name: 'e-RS Trainer' })).toBeVisible({ timeout: 10_000 })
    await expect(page.getByText('Opening your training records')).toHaveCount(0)
  })

  test('storage held by an older window while it needs an upgrade: the waiting screen says to close it, then the app opens', async ({ page, context }) => {
    // Another tab holds the records open at schema version 1 (IndexedDB version 10, as Dexie numbers
    // it) and ignores requests to let go, so this app's upgrade to version 2 is blocked.
    // A plain page on the app's origin (served here, so the app itself does not run in it).
    await context.route('**/holder.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Holder</title>' }))
    const holder = await context.newPage()
    await holder.goto('./holder.html')
    await holder.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('ers-trainer', 10)
          request.onupgradeneeded = () => {
            const db = request.result
            const store = (name: string, keyPath: string, indexes: Array<[string, string | string[], boolean?]>, autoIncrement = false) => {
              const created = db.createObjectStore(name, { keyPath, autoIncrement })
              for (const [indexName, indexKeyPath, unique] of indexes) created.createIndex(indexName, indexKeyPath, { unique: unique ?? false })
            }
            store('learners', 'id', [['name', 'name'], ['archived', 'archived']])
            store('attempts', 'id', [['learnerId', 'learnerId'], ['[learnerId+status]', ['learnerId', 'status']], ['kind', 'kind'], ['moduleId', 'moduleId']])
            store('answers', 'id', [['attemptId', 'attemptId'], ['learnerId', 'learnerId'], ['questionId', 'questionId']])
            store('moduleProgress', 'id', [['learnerId', 'learnerId'], ['moduleId', 'moduleId']])
            store('certificates', 'id', [['learnerId', 'learnerId'], ['code', 'code', true]])
            store('reviewItems', 'id', [['learnerId', 'learnerId'], ['[learnerId+due]', ['learnerId', 'due']]])
            store('settings', 'key', [])
            store('auditLog', 'id', [['at', 'at']], true)
          }
          request.onsuccess = () => {
            ;(window as unknown as { heldOpen: IDBDatabase }).heldOpen = request.result
            resolve()
          }
          request.onerror = () => reject(request.error)
        }),
    )

    await page.goto('./#/')
    await expect(page.getByRole('heading', { level: 1, name: 'Opening your training records' })).toBeVisible()
    await expect(page.getByRole('alert')).toContainText('e-RS Trainer is open somewhere else')
    await expectNoAxeViolations(page)

    await holder.evaluate(() => (window as unknown as { heldOpen: IDBDatabase }).heldOpen.close())
    await expect(page.getByRole('heading', { level: 1, name: 'e-RS Trainer' })).toBeVisible()
    // The window that was in the way has let go: nothing stale is left on screen.
    await expect(page.getByRole('alert')).toHaveCount(0)
    await holder.close()
  })

  test('a newer version in another tab is explained', async ({ page, context }) => {
    await openRoute(page, '/')
    const other = await context.newPage()
    await other.goto(page.url())
    // The other tab asks for a newer schema: this tab steps aside and says why.
    await other.evaluate(() => new Promise<void>((resolve) => {
      const request = indexedDB.open('ers-trainer', 9999)
      request.onsuccess = () => { request.result.close(); resolve() }
      request.onerror = () => resolve()
      request.onblocked = () => resolve()
    }))
    await expect(page.getByRole('alert').filter({ hasText: 'newer version' })).toBeVisible()
    await other.close()
  })
})
