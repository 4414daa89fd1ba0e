/**
 * Waits for `work`; if it takes longer than `afterMs`, calls `show` (which returns how to hide what
 * it showed) and hides it again once the work is done, whether it succeeded or failed. Quick work
 * shows nothing, so the usual case does not flash a message.
 */
export async function showWhileSlow<T>(work: Promise<T>, show: () => () => void, afterMs: number): Promise<T> {
  const shown: { hide?: () => void } = {}
  const timer = setTimeout(() => (shown.hide = show()), afterMs)
  try {
    return await work
  } finally {
    clearTimeout(timer)
    shown.hide?.()
  }
}
