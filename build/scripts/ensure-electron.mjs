#!/usr/bin/env node
/**
 * Makes sure the Electron runtime is present. Electron 42+ no longer downloads it at install time,
 * so `npm install` (postinstall, --optional) and `npm start` both call this.
 *   --optional  never fail (used by postinstall; skipped in CI, which tests the app in Chromium)
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const optional = process.argv.includes('--optional')
const require = createRequire(import.meta.url)

function electronDir() {
  try {
    return dirname(require.resolve('electron/package.json'))
  } catch {
    return null
  }
}

function runtimePresent(dir) {
  const pathFile = join(dir, 'path.txt')
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return true
  if (!existsSync(pathFile)) return false
  return existsSync(join(dir, 'dist', readFileSync(pathFile, 'utf8').trim()))
}

const dir = electronDir()
if (!dir) {
  console.error('The electron package is not installed. Run `npm install` first.')
  process.exit(optional ? 0 : 1)
}
if (runtimePresent(dir)) process.exit(0)
if (optional && (process.env.CI || process.env.ERS_SKIP_ELECTRON_DOWNLOAD)) {
  console.log('Skipping the Electron runtime download (CI). `npm start` fetches it when needed.')
  process.exit(0)
}

console.log('Fetching the Electron runtime (one-off, about 100 MB)…')
const result = spawnSync(process.execPath, [join(dir, 'install.js')], { stdio: 'inherit', timeout: 10 * 60 * 1000 })
if (result.status === 0 && runtimePresent(dir)) process.exit(0)

console.error(
  [
    '',
    'Could not download the Electron runtime, so the desktop app cannot start.',
    'Connect this computer to the internet, then run:',
    '',
    '    npx install-electron',
    '',
    'and `npm start` again. Meanwhile you can use the app in a browser with `npm run dev:web`.',
  ].join('\n'),
)
process.exit(optional ? 0 : 1)
