/** Turns an electron-builder failure into a message naming what could not be downloaded. */
const DOWNLOADS = [
  [/electron-v[\d.]+-|electron\/releases|Electron.*(download|zip)/i, 'the Electron runtime for the target platform'],
  [/nsis|makensis/i, 'the NSIS installer toolkit (Windows installers)'],
  [/wix|msi/i, 'the WiX toolset (Windows MSI installer)'],
  [/appimage/i, 'the AppImage tools (Linux AppImage)'],
  [/fpm/i, 'fpm (Linux deb packages)'],
  [/dmg|dmgbuild/i, 'the dmg tools (macOS disk image)'],
  [/winCodeSign|rcedit/i, 'winCodeSign/rcedit (Windows executable resources)'],
]
const OFFLINE = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|getaddrinfo|network|socket hang up|unable to get local issuer/i

export function explainPackagingFailure(output) {
  if (!OFFLINE.test(output)) return null
  const what = DOWNLOADS.filter(([pattern]) => pattern.test(output)).map(([, name]) => name)
  const list = what.length ? what.join(', ') : 'a build tool electron-builder fetches on first use'
  return (
    `Packaging stopped: it needs to download ${list}, and this machine could not reach the internet.\n` +
    'Run `npm run package` on a machine with internet access (the downloads are cached after the first run).'
  )
}
