/**
 * npm run bench [-- --json]: measurements, never assertions. Each metric prints as a table row,
 * or with --json as one object per line: {"metric": NAME, "value": NUMBER, "unit": UNIT}.
 * Metrics that need journeys not built yet (startup, dashboard, certificate, answer write) are
 * added with those issues; see the performance issue.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { gzipSync } from 'node:zlib'
import { checkContent } from '../../src/content/check'
import { validateContent } from '../../src/content/validate'
import { readContentFiles } from '../content-files'

interface Metric {
  metric: string
  value: number
  unit: string
}

const root = resolve(import.meta.dirname, '../..')
const metrics: Metric[] = []
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

// content_load_ms: validating all content, as the app does at start (median of 15 runs).
const { files } = readContentFiles(resolve(root, 'content'))
const runs: number[] = []
for (let i = 0; i < 15; i++) {
  const t0 = performance.now()
  validateContent(structuredClone(files))
  runs.push(performance.now() - t0)
}
metrics.push({ metric: 'content_load_ms', value: Number(median(runs).toFixed(2)), unit: 'ms' })

// content_check_ms: the full authoring check including own-words.
const fingerprint = new Set((JSON.parse(readFileSync(resolve(root, 'content/pack-fingerprint.json'), 'utf8')) as { hashes: string[] }).hashes)
const t0 = performance.now()
checkContent(files, fingerprint)
metrics.push({ metric: 'content_check_ms', value: Number((performance.now() - t0).toFixed(2)), unit: 'ms' })

// renderer_js_gzip_kb: the JavaScript index.html loads up front (from the last `npm run build:web`).
const webDir = resolve(root, 'out/web')
if (existsSync(resolve(webDir, 'index.html'))) {
  const html = readFileSync(resolve(webDir, 'index.html'), 'utf8')
  const scripts = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '')
  const bytes = scripts.reduce((n, s) => n + gzipSync(readFileSync(resolve(webDir, s))).length, 0)
  metrics.push({ metric: 'renderer_js_gzip_kb', value: Number((bytes / 1024).toFixed(1)), unit: 'KiB' })
  const all = readdirSync(resolve(webDir, 'assets')).filter((f) => f.endsWith('.js'))
  const total = all.reduce((n, f) => n + gzipSync(readFileSync(resolve(webDir, 'assets', f))).length, 0)
  metrics.push({ metric: 'renderer_js_total_gzip_kb', value: Number((total / 1024).toFixed(1)), unit: 'KiB' })
} else {
  console.error('out/web is missing: run `npm run build:web` first to measure bundle size.')
}

if (process.argv.includes('--json')) for (const m of metrics) console.log(JSON.stringify(m))
else console.table(metrics)
