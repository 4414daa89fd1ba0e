/** Decisions about where the window may go. Pure functions; index.ts wires them to Electron events. */
import { isAllowedExternalLink } from '../../src/shared/external-links'

/** Navigation is allowed only within the app's own origin. */
export function isInAppNavigation(url: string, appOrigins: readonly string[]): boolean {
  try {
    const origin = new URL(url).origin
    // Custom schemes report origin "null" in WHATWG URL; compare protocol and host instead.
    const { protocol, host } = new URL(url)
    return appOrigins.some((allowed) => {
      const a = new URL(allowed)
      return origin !== 'null' ? origin === a.origin : protocol === a.protocol && host === a.host
    })
  } catch {
    return false
  }
}

export type WindowOpenDecision = { action: 'deny'; openExternally: string | null }

/** window.open and target=_blank never open an Electron window; allow-listed links go to the OS browser. */
export function decideWindowOpen(url: string): WindowOpenDecision {
  return { action: 'deny', openExternally: isAllowedExternalLink(url) ? url : null }
}
