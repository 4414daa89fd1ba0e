#!/usr/bin/env node
/**
 * npm run package [-- --win|--mac|--linux]: builds the app and makes installers with electron-builder.
 * Offline, it stops with a message naming what it could not download.
 */
import { spawn } from 'node:child_process'
import { explainPackagingFailure } from '../packaging-errors.mjs'

function run(command, args) {
  return new Promise((resolve) => {
    let output = ''
    const child = spawn(command, args, { shell: process.platform === 'win32', env: process.env })
    child.stdout.on('data', (d) => { output += d; process.stdout.write(d) })
    child.stderr.on('data', (d) => { output += d; process.stderr.write(d) })
    child.on('close', (code) => resolve({ code: code ?? 1, output }))
  })
}

const targets = process.argv.slice(2)
const build = await run('npx', ['electron-vite', 'build'])
if (build.code !== 0) process.exit(build.code)
const pack = await run('npx', ['electron-builder', '--config', 'build/electron-builder.yml', '--publish', 'never', ...targets])
if (pack.code !== 0) {
  const explanation = explainPackagingFailure(pack.output)
  console.error('\n' + (explanation ?? 'Packaging failed; see the electron-builder output above.'))
  process.exit(pack.code)
}
console.log('\nInstallers are in release/.')
