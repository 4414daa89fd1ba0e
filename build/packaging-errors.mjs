/** Turns an electron-builder failure into a message naming what could not be downloaded. */
const OFFLINE = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|getaddrinfo|socket hang up|unable to get local issuer/i

/** What the step electron-builder was on needs to fetch, from its last "• step key=value" line. */
function whatTheStepFetches(step) {
  const field = (name) => new RegExp(`${name}=(\\S+)`).exec(step)?.[1]
  if (/^packaging/.test(step)) return `the Electron ${field('electron') ?? ''} runtime for ${field('platform') ?? 'the target platform'} ${field('arch') ?? ''}`.replace(/\s+/g, ' ').trim()
  const target = field('target')?.toLowerCase()
  if (target === 'nsis') return 'the NSIS installer toolkit (Windows installer)'
  if (target === 'msi') return 'the WiX toolset (Windows MSI installer)'
  if (target === 'appimage') return 'the AppImage tools (Linux AppImage)'
  if (target === 'deb') return 'fpm (Linux deb package)'
  if (target === 'dmg') return 'the dmg tools (macOS disk image)'
  if (/rcedit|winCodeSign/i.test(step)) return 'winCodeSign/rcedit (Windows executable resources)'
  return null
}

export function explainPackagingFailure(output) {
  if (!OFFLINE.test(output)) return null
  const steps = output.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('•')).map((l) => l.replace(/^•\s*/, ''))
  const host = /(?:ENOTFOUND|EAI_AGAIN)\s+([\w.-]+)/.exec(output)?.[1]
  const known = [...steps].reverse().map(whatTheStepFetches).find(Boolean)
  const downloads = [
    [/electron-v[\d.]+-[\w-]+\.zip/i, (m) => `the Electron runtime (${m[0]})`],
    [/nsis[\w.-]*\.7z/i, () => 'the NSIS installer toolkit (Windows installer)'],
  ]
  const named = downloads.map(([re, name]) => { const m = re.exec(output); return m ? name(m) : null }).find(Boolean)
  const what = named ?? known ?? 'a build tool electron-builder fetches on first use'
  return (
    `Packaging stopped: it needs to download ${what}${host ? ` from ${host}` : ''}, and this machine could not reach the internet.\n` +
    'Run `npm run package` on a machine with internet access (the downloads are cached after the first run).'
  )
}
