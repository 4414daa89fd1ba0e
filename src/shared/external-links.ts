/**
 * The only places the app may send a user to, opened in their own browser. Anything else is
 * refused by both the renderer and the main process.
 */
export const EXTERNAL_LINK_ALLOW_LIST: readonly string[] = ['https://ers.nhs.uk/', 'https://nhssel.haloitsm.com/']

export function isAllowedExternalLink(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return false
  return EXTERNAL_LINK_ALLOW_LIST.some((allowed) => {
    const a = new URL(allowed)
    return parsed.origin === a.origin && parsed.pathname.startsWith(a.pathname)
  })
}
