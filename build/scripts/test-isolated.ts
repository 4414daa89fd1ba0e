/**
 * npm run test:isolated — runs every unit test file on its own (one Vitest run per file), to prove
 * that no test depends on another file having run first. Prints one line per file and a summary;
 * exits 1 if any file fails alone. `-- tests/unit/db` limits it to the files under a folder.
 */
import { spawn } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../..')
const under = resolve(root, process.argv[2] ?? 'tests/unit')

function testFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name)
      if (statSync(full).isDirectory()) return testFiles(full)
      return name.endsWith('.test.ts') ? [full] : []
    })
}

function runAlone(file: string): Promise<{ ok: boolean; output: string; seconds: number }> {
  const started = performance.now()
  return new Promise((done) => {
    const child = spawn('npx', ['vitest', 'run', '--reporter=dot', relative(root, file)], { cwd: root, env: { ...process.env, CI: '' }, shell: process.platform === 'win32' })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('close', (code) => done({ ok: code === 0, output, seconds: (performance.now() - started) / 1000 }))
  })
}

const files = testFiles(under)
const failed: string[] = []
for (const [index, file] of files.entries()) {
  const result = await runAlone(file)
  const name = relative(root, file)
  console.log(`${result.ok ? 'ok  ' : 'FAIL'} ${String(index + 1).padStart(3)}/${files.length} ${name} (${result.seconds.toFixed(1)} s)`)
  if (!result.ok) {
    failed.push(name)
    console.log(result.output.split('\n').slice(-40).join('\n'))
  }
}
console.log(`\n${files.length - failed.length} passed, ${failed.length} failed (each file run alone)`)
if (failed.length) console.log(`Failed alone:\n${failed.map((f) => `  ${f}`).join('\n')}`)
process.exitCode = failed.length ? 1 : 0
