/**
 * Keeps the practice manager's pages behind the PIN. Every route marked `manager: 'protected'`
 * goes to /manager/unlock unless manager mode is unlocked (the page asked for comes back as
 * ?redirect=, so unlocking continues there). The unlock page sends a PC with no PIN yet to
 * /manager/set-pin, and the set-PIN page sends a PC that has one to the unlock page.
 */
import type { LocationQueryValue, RouteLocationNormalized, RouteLocationRaw, Router } from 'vue-router'
import { useAppStore } from '../stores/use-app-store'
import { useManagerSessionStore } from '../stores/use-manager-session-store'

/** Only paths inside the app ("/learners"), never "//host" or a full address. */
export function safeRedirect(value: LocationQueryValue | LocationQueryValue[] | undefined): string | null {
  const text = Array.isArray(value) ? value[0] : value
  return typeof text === 'string' && /^\/(?![/\\])/.test(text) ? text : null
}

function withRedirect(path: string, to: RouteLocationNormalized): RouteLocationRaw {
  const redirect = safeRedirect(to.query['redirect'])
  return redirect ? { path, query: { redirect } } : { path }
}

export function installManagerGuard(router: Router): void {
  router.beforeEach(async (to) => {
    if (!to.meta.manager) return true
    // The first navigation can start before the settings (which hold the PIN) are read.
    await useAppStore().whenStarted()
    const session = useManagerSessionStore()
    if (to.meta.manager === 'protected') {
      return session.sessionActive() ? true : { path: '/manager/unlock', query: { redirect: to.fullPath } }
    }
    if (to.name === 'manager-unlock' && !session.hasPin) return withRedirect('/manager/set-pin', to)
    if (session.sessionActive()) return safeRedirect(to.query['redirect']) ?? '/manager'
    if (to.name === 'manager-set-pin' && session.hasPin) return withRedirect('/manager/unlock', to)
    return true
  })
}
