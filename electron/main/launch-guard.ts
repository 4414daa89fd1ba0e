/**
 * What the packaged app refuses at start: switches that open a debugger or DevTools server, and a
 * renderer URL from the environment. Pure, so it is unit-tested; index.ts applies it.
 */

/** Chromium and Node switches that would let someone at the PC inspect or rewrite the app. */
const DEBUG_SWITCHES = ['remote-debugging-port', 'remote-debugging-pipe', 'remote-allow-origins', 'inspect', 'inspect-brk', 'inspect-port', 'inspect-publish-uid', 'debug', 'debug-brk', 'js-flags'] as const

/** The debugging switches found in argv (without their values), in argv order. */
export function debugSwitchesIn(argv: readonly string[]): string[] {
  const found: string[] = []
  for (const arg of argv) {
    const name = /^--?([a-z-]+)(?:=|$)/i.exec(arg)?.[1]?.toLowerCase()
    if (name && (DEBUG_SWITCHES as readonly string[]).includes(name)) found.push(name)
  }
  return found
}

/** The dev server URL, honoured only in an unpackaged (development) run and only for http(s). */
export function devRendererUrl(env: Readonly<Record<string, string | undefined>>, isPackaged: boolean): string | null {
  const url = env['ELECTRON_RENDERER_URL']
  if (isPackaged || !url) return null
  try {
    const { protocol } = new URL(url)
    return protocol === 'http:' || protocol === 'https:' ? url : null
  } catch {
    return null
  }
}
