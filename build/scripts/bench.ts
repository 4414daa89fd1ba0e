/**
 * npm run bench [-- --json] [-- --no-build]: measurements, never assertions (it exits 0 when a
 * target is missed; only a broken run fails). Prints a table (metric, value, unit, target, met,
 * notes), or with --json one object per line: {"metric": NAME, "value": NUMBER, "unit": UNIT}.
 * Progress goes to stderr, so --json stdout holds nothing else.
 *
 * How: builds out/web (npm run build:web) and out/bench (build/bench/vite.bench.config.ts: the same
 * renderer config, with a blank Vue page and a "lab" page exposing the app's storage, domain and
 * content modules), serves both from 127.0.0.1, and drives Chromium as the e2e tests do. Start-up
 * runs interleave the app and the blank page, each in a fresh browser context. --no-build reuses
 * the last builds; --only=startup,content,certificate,answers,dashboard,guessing runs just those groups
 * (guessing: the mean score of a learner who always picks the first, or the longest, option)
 * (dashboard includes the insights, which read the same seeded databases).
 */
import { chromium, type Browser, type Page } from '@playwright/test'
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { gzipSync } from 'node:zlib'
import playwrightConfig from '../../playwright.config'
import { checkContent } from '../../src/content/check'
import type {
  BenchLab,
  DashboardReadStrategy,
  DashboardTiming,
  InsightsReadStrategy,
  InsightsTiming,
  LabGlobal,
  SeedResult,
} from '../bench/lab-api'
import { startStaticServer, type StaticServer } from '../bench/static-server'
import { median, percentile, tidy } from '../bench/stats'
import { readContentFiles } from '../content-files'
import { GUESS_STRATEGIES, playGuessing } from '../test-wise-learner'
import { validateContent } from '../../src/content/validate'

// ---------- settings ----------

const STARTUP_RUNS = 9
const DASHBOARD_RUNS = 7
const DASHBOARD_SIZES = [300, 600] as const
/**
 * The sizes seeded with answers too (about a million at 300 learners, a primary care network's
 * worth). Not 600: two million more answers overflow the storage quota of Playwright's in-memory
 * browser context, and take minutes to write.
 */
const INSIGHTS_SIZES = [300] as const
const ANSWER_WRITES = 200
const CONTENT_LOAD_PAGES = 5
const CERTIFICATE_RUNS = 7
const VIEWPORT = { width: 1280, height: 720 }

const root = resolve(import.meta.dirname, '../..')
const webDir = resolve(root, 'out/web')
const benchDir = resolve(root, 'out/bench')
const args = process.argv.slice(2)
const asJson = args.includes('--json')
const skipBuild = args.includes('--no-build')
const GROUPS = ['startup', 'content', 'certificate', 'answers', 'dashboard', 'guessing'] as const
type Group = (typeof GROUPS)[number]
/** --only=startup,dashboard runs just those groups (for working on one thing); the default is all. */
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
const unknownGroups = only?.filter((g) => !(GROUPS as readonly string[]).includes(g)) ?? []
if (unknownGroups.length) throw new Error(`--only: unknown ${unknownGroups.join(', ')}; use ${GROUPS.join(', ')}`)
const selected = (group: Group): boolean => !only || only.includes(group)

// ---------- results ----------

interface Metric {
  metric: string
  value: number
  unit: string
}

interface Target {
  /** Shown in the table. */
  text: string
  met: (value: number) => boolean
}

const atMost = (limit: number): Target => ({ text: `≤ ${limit}`, met: (v) => v <= limit })
const TARGETS: Readonly<Record<string, Target>> = {
  startup_ratio: atMost(1.5),
  renderer_js_gzip_kb: atMost(250),
  dashboard_ms: atMost(150),
  // Linear work doubles with the data; allow some noise before calling it worse than linear.
  dashboard_scaling: { text: '≈ 2 (≤ 2.5)', met: (v) => v <= 2.5 },
  certificate_ms: atMost(200),
  certificate_kb: atMost(150),
  answer_write_ms: atMost(20),
  guess_first_mean_pct: atMost(45),
  guess_longest_mean_pct: atMost(50),
  guess_second_longest_mean_pct: atMost(50),
  guess_shortest_mean_pct: atMost(50),
}

const metrics: Metric[] = []
const notes = new Map<string, string>()
function record(metric: string, value: number, unit: string, note?: string): void {
  metrics.push({ metric, value: tidy(value), unit })
  if (note) notes.set(metric, note)
}

const log = (message: string): void => void process.stderr.write(`[bench] ${message}\n`)
const ms = (value: number): string => `${value.toFixed(1)} ms`

// ---------- builds ----------

function run(command: string, commandArgs: readonly string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, commandArgs, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', fail)
    child.on('close', (code) => {
      if (code === 0) done()
      else {
        process.stderr.write(output)
        fail(new Error(`${command} ${commandArgs.join(' ')} exited with ${code}`))
      }
    })
  })
}

async function buildPages(): Promise<void> {
  if (skipBuild) {
    for (const page of [resolve(webDir, 'index.html'), resolve(benchDir, 'blank.html'), resolve(benchDir, 'lab.html')])
      if (!existsSync(page)) throw new Error(`--no-build: ${page} is missing; run npm run bench once without it`)
    log('--no-build: using the existing out/web and out/bench')
    return
  }
  let t0 = performance.now()
  log('building out/web (npm run build:web) …')
  await run('npm', ['run', '-s', 'build:web'])
  log(`built out/web in ${((performance.now() - t0) / 1000) | 0} s; building out/bench …`)
  t0 = performance.now()
  await run('npx', ['vite', 'build', '--config', 'build/bench/vite.bench.config.ts'])
  log(`built out/bench in ${((performance.now() - t0) / 1000) | 0} s`)
}

// ---------- Node-side metrics ----------

function measureContentCheck(): void {
  const { files } = readContentFiles(resolve(root, 'content'))
  const fingerprint = new Set(
    (JSON.parse(readFileSync(resolve(root, 'content/pack-fingerprint.json'), 'utf8')) as { hashes: string[] }).hashes,
  )
  const t0 = performance.now()
  checkContent(files, fingerprint)
  record('content_check_ms', performance.now() - t0, 'ms', 'Node: the full authoring check (as the build runs it)')
}

/** Seeds per draw for the guessing learners (as the unit tests play them). */
const GUESSING_SEEDS = 200

function measureGuessing(): void {
  const bundle = validateContent(readContentFiles(resolve(root, 'content')).files).bundle
  if (!bundle) throw new Error('the content does not validate, so the guessing learners cannot play it')
  const draws = [
    ['final-assessment', 'admin'],
    ['final-assessment', 'clinician'],
    ['final-assessment', 'practice-manager'],
    ['locum-refresher', 'locum'],
  ] as const
  for (const strategy of GUESS_STRATEGIES) {
    const results = draws.map(([draw, role]) => playGuessing(bundle, draw, role, strategy, GUESSING_SEEDS))
    const mean = results.reduce((sum, r) => sum + r.meanPercent, 0) / results.length
    const each = results.map((r) => `${r.draw === 'locum-refresher' ? 'refresher' : `final (${r.role})`} ${r.meanPercent.toFixed(1)}%`).join(', ')
    record(`guess_${strategy.replace('-', '_')}_mean_pct`, mean, '%', `always the ${strategy} option, ${GUESSING_SEEDS} seeds per draw: ${each}; best single attempt ${Math.max(...results.map((r) => r.bestPercent)).toFixed(0)}%`)
  }
}

const gzipKiB = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length / 1024

function measureBundleTotal(): void {
  const assets = resolve(webDir, 'assets')
  const total = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzipKiB(resolve(assets, f)), 0)
  record('renderer_js_total_gzip_kb', total, 'KiB', 'every chunk in out/web, loaded or not')
}

// ---------- start-up ----------

const READY_MESSAGE = 'bench:ready'
/**
 * Runs before any page script: notes performance.now() the moment html[data-ready=true] appears,
 * then says so on the console. Waiting for that message, rather than polling with
 * page.waitForFunction, keeps Playwright from injecting its own (large) script into the page while
 * the page is still starting.
 */
const READY_OBSERVER = `(() => {
  const note = () => {
    if (window.__benchReadyAt !== undefined || !document.documentElement || document.documentElement.dataset.ready !== 'true') return
    window.__benchReadyAt = performance.now()
    console.debug('${READY_MESSAGE}')
  }
  new MutationObserver(note).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] })
})()`

interface LoadedResource {
  url: string
  start: number
  end: number
}

/** The performance marks src/main.ts and src/storage-start.ts set on the way to ready ("ers:…"). */
const START_MARK_PREFIX = 'ers:'

interface StartupMark {
  name: string
  at: number
}

interface StartupSample {
  readyAt: number
  /** Everything requested before ready, from Resource Timing. */
  resources: LoadedResource[]
  /** The app's own start-up marks (none on the blank page). */
  marks: StartupMark[]
  errors: string[]
}

const COLLECT_STARTUP = `(() => ({
  readyAt: window.__benchReadyAt,
  resources: performance
    .getEntriesByType('resource')
    .filter((e) => e.startTime <= window.__benchReadyAt)
    .map((e) => ({ url: e.name, start: e.startTime, end: e.responseEnd })),
  marks: performance
    .getEntriesByType('mark')
    .filter((e) => e.name.startsWith('${START_MARK_PREFIX}'))
    .map((e) => ({ name: e.name, at: e.startTime })),
}))()`

async function startupRun(browser: Browser, url: string): Promise<StartupSample> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  try {
    await context.addInitScript(READY_OBSERVER)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    const ready = page.waitForEvent('console', { predicate: (message) => message.text() === READY_MESSAGE, timeout: 60_000 })
    ready.catch(() => undefined) // awaited below; this only stops an early failure counting as unhandled
    await page.goto(url, { waitUntil: 'commit' })
    await ready
    const sample = await page.evaluate<Omit<StartupSample, 'errors'>>(COLLECT_STARTUP)
    return { ...sample, errors }
  } finally {
    await context.close()
  }
}

interface StartupResult {
  app: StartupSample[]
  blank: StartupSample[]
}

async function measureStartup(browser: Browser, origin: string): Promise<StartupResult> {
  const appUrl = `${origin}/web/index.html`
  const blankUrl = `${origin}/bench/blank.html`
  log('start-up: one warm-up run of each page …')
  await startupRun(browser, appUrl)
  await startupRun(browser, blankUrl)
  const result: StartupResult = { app: [], blank: [] }
  for (let i = 0; i < STARTUP_RUNS; i++) {
    // Alternate which goes first, so neither always runs just after the other.
    const order = i % 2 === 0 ? (['app', 'blank'] as const) : (['blank', 'app'] as const)
    for (const which of order) result[which].push(await startupRun(browser, which === 'app' ? appUrl : blankUrl))
    const app = result.app.at(-1)
    const blank = result.blank.at(-1)
    log(`start-up run ${i + 1}/${STARTUP_RUNS}: app ${ms(app?.readyAt ?? NaN)}, blank ${ms(blank?.readyAt ?? NaN)}`)
  }
  const errors = [...result.app, ...result.blank].flatMap((s) => s.errors)
  if (errors.length) throw new Error(`page errors during start-up runs: ${[...new Set(errors)].join('; ')}`)
  return result
}

/** Median time of each of the app's start-up marks, in the order they happen. */
function startupPhases(samples: readonly StartupSample[]): StartupMark[] {
  const times = new Map<string, number[]>()
  for (const sample of samples) for (const mark of sample.marks) times.set(mark.name, [...(times.get(mark.name) ?? []), mark.at])
  const phases = [...times].map(([name, at]) => ({ name, at: median(at) }))
  phases.push({ name: 'ready (html[data-ready])', at: median(samples.map((s) => s.readyAt)) })
  return phases.sort((a, b) => a.at - b.at)
}

interface StartupChunk {
  file: string
  gzipKiB: number
  /** When its download finished, ms after navigation. */
  loadedAt: number
}

/** The files one app start loaded before ready, with gzip sizes from disk. */
function startupChunks(sample: StartupSample, extension: '.js' | '.css'): StartupChunk[] {
  return sample.resources
    .map((r) => ({ ...r, path: new URL(r.url).pathname }))
    .filter((r) => r.path.startsWith('/web/') && r.path.endsWith(extension))
    .map((r) => ({ file: r.path.slice('/web/'.length), gzipKiB: gzipKiB(resolve(webDir, r.path.slice('/web/'.length))), loadedAt: r.end }))
    .sort((a, b) => b.gzipKiB - a.gzipKiB)
}

function recordStartup(result: StartupResult): StartupChunk[] {
  const app = median(result.app.map((s) => s.readyAt))
  const blank = median(result.blank.map((s) => s.readyAt))
  record('startup_ratio', app / blank, 'x', `median app ÷ median blank, ${STARTUP_RUNS} interleaved runs each, fresh context per run`)
  record('startup_ms', app, 'ms', 'navigation → html[data-ready] on the Home screen (out/web, empty database)')
  record('startup_blank_ms', blank, 'ms', 'the same for a blank Vue page (out/bench/blank.html)')
  const sets = new Set(
    result.app.map((s) =>
      startupChunks(s, '.js')
        .map((c) => c.file)
        .sort()
        .join(' '),
    ),
  )
  const first = result.app[0]
  if (!first) throw new Error('no start-up samples')
  const js = startupChunks(first, '.js')
  const css = startupChunks(first, '.css')
  record(
    'renderer_js_gzip_kb',
    js.reduce((sum, c) => sum + c.gzipKiB, 0),
    'KiB',
    `${js.length} .js files requested before ready, gzip -9 from disk${sets.size > 1 ? ' (the set varied between runs!)' : ''}`,
  )
  record(
    'renderer_css_gzip_kb',
    css.reduce((sum, c) => sum + c.gzipKiB, 0),
    'KiB',
    `${css.length} .css files requested before ready`,
  )
  return [...js, ...css]
}

// ---------- the lab page ----------

interface Lab {
  page: Page
  /** Closes the page and opens the lab again in the same context (same IndexedDB). */
  reopen: () => Promise<Page>
  close: () => Promise<void>
}

/** The lab page in a fresh browser context (so a fresh, empty IndexedDB). */
async function openLab(browser: Browser, origin: string): Promise<Lab> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  const newPage = async (): Promise<Page> => {
    const page = await context.newPage()
    page.on('pageerror', (error) => log(`lab page error: ${error.message}`))
    await page.goto(`${origin}/bench/lab.html`)
    await page.waitForFunction(() => (globalThis as LabGlobal).benchLab !== undefined, undefined, { timeout: 60_000 })
    return page
  }
  const lab: Lab = {
    page: await newPage(),
    reopen: async () => {
      await lab.page.close()
      lab.page = await newPage()
      return lab.page
    },
    close: () => context.close(),
  }
  return lab
}

/** Calls globalThis.benchLab[method](...args) in the page. */
function callLab<K extends keyof BenchLab>(
  page: Page,
  method: K,
  ...labArgs: Parameters<BenchLab[K]>
): Promise<Awaited<ReturnType<BenchLab[K]>>> {
  return page.evaluate(
    ({ method, labArgs }) => {
      const lab = (globalThis as LabGlobal).benchLab
      if (!lab) throw new Error('globalThis.benchLab is missing: is out/bench built?')
      return (lab[method] as (...a: unknown[]) => Promise<unknown>)(...labArgs)
    },
    { method, labArgs: labArgs as unknown[] },
  ) as Promise<Awaited<ReturnType<BenchLab[K]>>>
}

/** timeDashboard `runs` times for each size, alternating which size goes first; a GC before each run. */
async function timeDashboards(
  page: Page,
  strategy: DashboardReadStrategy,
  sizes: readonly number[],
  runs: number,
): Promise<Map<number, DashboardTiming[]>> {
  const timings = new Map<number, DashboardTiming[]>(sizes.map((n) => [n, []]))
  for (let i = 0; i < runs; i++) {
    for (const learners of i % 2 === 0 ? sizes : [...sizes].reverse()) {
      // The previous run's records are garbage: collect them now rather than in the middle of this run.
      await page.requestGC()
      timings.get(learners)?.push(await callLab(page, 'timeDashboard', learners, strategy))
    }
  }
  return timings
}

/** timeInsights `runs` times for each size, alternating which size goes first; a GC before each run. */
async function timeInsightsRuns(
  page: Page,
  strategy: InsightsReadStrategy,
  sizes: readonly number[],
  runs: number,
): Promise<Map<number, InsightsTiming[]>> {
  const timings = new Map<number, InsightsTiming[]>(sizes.map((n) => [n, []]))
  for (let i = 0; i < runs; i++) {
    for (const learners of i % 2 === 0 ? sizes : [...sizes].reverse()) {
      await page.requestGC()
      timings.get(learners)?.push(await callLab(page, 'timeInsights', learners, strategy))
    }
  }
  return timings
}

/** Every timing of one size gave the very same result, or the bench stops. */
function expectSameResult(what: string, timings: readonly { fingerprint: string }[]): void {
  const fingerprints = new Set(timings.map((t) => t.fingerprint))
  if (fingerprints.size !== 1) throw new Error(`${what}: read strategies disagree (${[...fingerprints].join(', ')})`)
}

async function measureDashboard(browser: Browser, origin: string): Promise<void> {
  const lab = await openLab(browser, origin)
  try {
    const seeds = new Map<number, SeedResult>()
    for (const learners of DASHBOARD_SIZES) {
      const withAnswers = (INSIGHTS_SIZES as readonly number[]).includes(learners)
      log(
        `dashboard: seeding ${learners} learners${withAnswers ? ' and their answers' : ''} into IndexedDB (schema v1), then upgrading to the current schema …`,
      )
      const seed = await callLab(lab.page, 'seedDashboard', learners, withAnswers)
      seeds.set(learners, seed)
      log(
        `dashboard: seeded ${seed.learners} learners, ${seed.attempts} attempts, ${seed.answers} answers, ${seed.progress} progress, ${seed.certificates} certificates in ${ms(seed.ms)}; upgrade ${ms(seed.upgradeMs)}`,
      )
    }
    // A new page on the same databases: reads start from freshly opened connections.
    const page = await lab.reopen()
    log(`dashboard: ${DASHBOARD_RUNS} runs at each size and read strategy, interleaved …`)
    const summaries = await timeDashboards(page, 'summaries', DASHBOARD_SIZES, DASHBOARD_RUNS)
    const indexed = await timeDashboards(page, 'kind-index', DASHBOARD_SIZES, DASHBOARD_RUNS)
    const tables = await timeDashboards(page, 'tables', DASHBOARD_SIZES, DASHBOARD_RUNS)
    log('dashboard: per-learner reads, 3 runs at 300 …')
    const perLearner = await timeDashboards(page, 'per-learner', [300], 3)
    log(`insights: ${DASHBOARD_RUNS} runs from the tallies …`)
    const tallied = await timeInsightsRuns(page, 'tallies', INSIGHTS_SIZES, DASHBOARD_RUNS)
    log('insights: once from every attempt and answer (the read before the tallies) …')
    const allAnswers = await timeInsightsRuns(page, 'all-answers', INSIGHTS_SIZES, 1)

    const dashboardTotals = new Map<number, number>()
    for (const learners of DASHBOARD_SIZES) {
      const seed = seeds.get(learners)
      const headline = summaries.get(learners) ?? []
      const byKind = indexed.get(learners) ?? []
      const runs = tables.get(learners) ?? []
      const dashboards = [...headline, ...byKind, ...runs, ...(perLearner.get(learners) ?? [])]
      for (const t of dashboards) if (t.rows !== learners) throw new Error(`dashboard ${learners}: ${t.rows} rows`)
      // Every read strategy must give the very same dashboard, row by row.
      expectSameResult(`dashboard ${learners}`, dashboards)
      if (runs.some((t) => t.attemptsRead !== seed?.attempts))
        throw new Error(`dashboard ${learners}: did not read back all ${seed?.attempts} attempts`)
      log(`dashboard ${learners} (summaries): ${headline.map((t) => t.totalMs.toFixed(0)).join(', ')} ms`)
      log(`dashboard ${learners} (kind index): ${byKind.map((t) => t.totalMs.toFixed(0)).join(', ')} ms`)
      log(`dashboard ${learners} (tables): ${runs.map((t) => t.totalMs.toFixed(0)).join(', ')} ms`)

      const suffix = learners === 300 ? '' : `_${learners}`
      const total = median(headline.map((t) => t.totalMs))
      dashboardTotals.set(learners, total)
      record(
        `dashboard${suffix}_ms`,
        total,
        'ms',
        `${learners} learners × 16 modules × 20 attempts (${seed?.attempts ?? 0}) in IndexedDB, read as the app does (one attempt summary per learner) + learners + progress + certificates + buildDashboard`,
      )
      record(`dashboard${suffix}_build_ms`, median(headline.map((t) => t.buildMs)), 'ms', 'of which buildDashboard')
      record(
        `dashboard_kind_index${suffix}_ms`,
        median(byKind.map((t) => t.totalMs)),
        'ms',
        `the same dashboard read as the app did before the summaries: final-assessment/refresher attempts by the kind index (${byKind[0]?.attemptsRead ?? 0} rows)`,
      )
      record(
        `dashboard_all_tables${suffix}_ms`,
        median(runs.map((t) => t.totalMs)),
        'ms',
        'the same dashboard reading every attempt (no index): shows IndexedDB read cost per row',
      )
      record(`dashboard_all_tables${suffix}_read_ms`, median(runs.map((t) => t.readMs)), 'ms', 'of which reading the tables back')

      record(
        `summaries_upgrade${suffix}_ms`,
        seed?.upgradeMs ?? NaN,
        'ms',
        `once per PC: opening a v1 database with ${seed?.attempts ?? 0} attempts and ${seed?.answers ?? 0} answers builds the summaries (schema v2 upgrade)`,
      )
    }
    for (const learners of INSIGHTS_SIZES) {
      const runs = tallied.get(learners) ?? []
      const before = allAnswers.get(learners)?.[0]
      // From the tallies and from every answer: the very same report.
      expectSameResult(`insights ${learners}`, [...runs, ...(before ? [before] : [])])
      if (!runs[0]?.answersCounted) throw new Error(`insights ${learners}: no answers counted`)
      log(`insights ${learners} (tallies): ${runs.map((t) => t.totalMs.toFixed(0)).join(', ')} ms`)
      const suffix = learners === 300 ? '' : `_${learners}`
      record(
        `insights${suffix}_ms`,
        median(runs.map((t) => t.totalMs)),
        'ms',
        `What the team gets wrong at ${learners} learners over ${seeds.get(learners)?.answers ?? 0} answers (${runs[0]?.answersCounted ?? 0} counted), read as the app does: ${runs[0]?.rowsRead ?? 0} per-question tallies + questionStatsFromTallies`,
      )
      record(
        `insights${suffix}_build_ms`,
        median(runs.map((t) => t.buildMs)),
        'ms',
        'of which questionStatsFromTallies (grouping each wrong answer against the content)',
      )
      record(
        `insights_all_answers${suffix}_ms`,
        before?.totalMs ?? NaN,
        'ms',
        `the same, read as the app did before the tallies: every learner, attempt and answer (${before?.rowsRead ?? 0} rows, one run; of which reading ${(before?.readMs ?? NaN).toFixed(0)} ms)`,
      )
    }
    record(
      'dashboard_per_learner_ms',
      median((perLearner.get(300) ?? []).map((t) => t.totalMs)),
      'ms',
      'the same at 300, through the repositories’ per-learner queries (median of 3)',
    )
    record(
      'dashboard_scaling',
      (dashboardTotals.get(600) ?? NaN) / (dashboardTotals.get(300) ?? NaN),
      'x',
      'dashboard_600_ms ÷ dashboard_ms (runs interleaved)',
    )
  } finally {
    await lab.close()
  }
}

async function measureAnswerWrites(browser: Browser, origin: string): Promise<void> {
  const lab = await openLab(browser, origin)
  try {
    log(`answer writes: ${ANSWER_WRITES} saves …`)
    const durations = await callLab(lab.page, 'timeAnswerWrites', ANSWER_WRITES)
    record(
      'answer_write_ms',
      percentile(durations, 95),
      'ms',
      `p95 of ${ANSWER_WRITES} AnswersRepository.save calls, one after another (table already holds 5,000 answers)`,
    )
    record('answer_write_median_ms', median(durations), 'ms', 'median of the same')
  } finally {
    await lab.close()
  }
}

async function measureContentLoad(browser: Browser, origin: string): Promise<void> {
  const first: number[] = []
  const warm: number[] = []
  const imports: number[] = []
  for (let i = 0; i < CONTENT_LOAD_PAGES; i++) {
    const lab = await openLab(browser, origin)
    try {
      const timing = await callLab(lab.page, 'timeContentLoad', 5)
      imports.push(timing.importMs)
      first.push(timing.runs[0] ?? NaN)
      warm.push(...timing.runs.slice(1))
      if (i === 0) log(`content: ${timing.modules} modules, ${timing.questions} questions`)
    } finally {
      await lab.close()
    }
  }
  log(`content load (first call per page): ${first.map((t) => t.toFixed(0)).join(', ')} ms`)
  record(
    'content_load_ms',
    median(first),
    'ms',
    `loadAppContent(), first call in a fresh page (what a start pays), median of ${CONTENT_LOAD_PAGES} pages`,
  )
  record('content_load_warm_ms', median(warm), 'ms', 'loadAppContent() called again in the same page')
  record('content_import_ms', median(imports), 'ms', 'fetching and evaluating the content chunk (import of app-content.ts)')
}

async function measureCertificate(browser: Browser, origin: string): Promise<void> {
  const lab = await openLab(browser, origin)
  try {
    log(`certificate: ${CERTIFICATE_RUNS} PDFs …`)
    const timing = await callLab(lab.page, 'timeCertificate', CERTIFICATE_RUNS)
    log(`certificate: ${timing.runs.map((t) => t.toFixed(0)).join(', ')} ms`)
    record(
      'certificate_ms',
      median(timing.runs),
      'ms',
      `Chromium: payload + digest + renderCertificatePdf (DejaVu Sans + Bold, 16 modules), median of ${CERTIFICATE_RUNS}`,
    )
    record('certificate_first_ms', timing.runs[0] ?? NaN, 'ms', 'the first PDF in a fresh page (cold code; what one user waits)')
    record('certificate_kb', timing.bytes / 1024, 'KiB', 'size of that PDF')
  } finally {
    await lab.close()
  }
}

// ---------- output ----------

function printTable(chunks: readonly StartupChunk[], phases: readonly StartupMark[], environment: string): void {
  const rows = metrics.map((m) => {
    const target = TARGETS[m.metric]
    return [
      m.metric,
      String(m.value),
      m.unit,
      target?.text ?? '',
      target ? (target.met(m.value) ? 'yes' : 'NO') : '',
      notes.get(m.metric) ?? '',
    ]
  })
  const header = ['metric', 'value', 'unit', 'target', 'met', 'notes']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === 1 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd()
  console.log(line(header))
  console.log(line(widths.map((w) => '-'.repeat(w))))
  for (const row of rows) console.log(line(row))
  const missed = metrics.filter((m) => TARGETS[m.metric]?.met(m.value) === false).map((m) => m.metric)
  console.log(missed.length ? `\nTargets missed: ${missed.join(', ')}` : '\nEvery target met.')
  console.log(`Measured on ${environment}.`)
  if (chunks.length)
    console.log('\nFiles the Home screen loads before it is ready (gzip -9 KiB, download finished at ms after navigation):')
  for (const c of chunks) console.log(`  ${c.gzipKiB.toFixed(1).padStart(7)}  ${c.loadedAt.toFixed(0).padStart(5)} ms  ${c.file}`)
  if (phases.length) console.log('\nThe app on its way to ready (median ms after navigation; marks set in src/main.ts and src/storage-start.ts):')
  for (const m of phases) console.log(`  ${m.at.toFixed(1).padStart(7)} ms  ${m.name}`)
}

// ---------- main ----------

/** Thrown to skip the browser groups when only Node-side groups were asked for. */
class SkipBrowser extends Error {}

async function main(): Promise<void> {
  const started = performance.now()
  measureContentCheck()
  if (selected('guessing')) measureGuessing()
  // Guessing is measured in Node; every other group needs the builds and the browser.
  const inBrowser = GROUPS.some((g) => g !== 'guessing' && selected(g))
  if (inBrowser) {
    await buildPages()
    measureBundleTotal()
  }
  let server: StaticServer | undefined
  let browser: Browser | undefined
  const shutdown = (): void => {
    void Promise.allSettled([browser?.close(), server?.close()]).then(() => process.exit(130))
  }
  process.once('SIGINT', shutdown)
  process.once('SIGTERM', shutdown)
  let chunks: StartupChunk[] = []
  let phases: StartupMark[] = []
  let environment = `${cpus().length} CPUs, Node ${process.versions.node}`
  try {
    if (!inBrowser) throw new SkipBrowser()
    server = await startStaticServer({ '/web/': webDir, '/bench/': benchDir })
    log(`serving out/web and out/bench at ${server.origin}`)
    browser = await chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: playwrightConfig.use?.launchOptions?.args ?? [],
    })
    environment = `Chromium ${browser.version()}, ${environment}`
    log(`measuring on ${environment}`)
    if (selected('startup')) {
      const startup = await measureStartup(browser, server.origin)
      chunks = recordStartup(startup)
      phases = startupPhases(startup.app)
    }
    if (selected('content')) await measureContentLoad(browser, server.origin)
    if (selected('certificate')) await measureCertificate(browser, server.origin)
    if (selected('answers')) await measureAnswerWrites(browser, server.origin)
    if (selected('dashboard')) await measureDashboard(browser, server.origin)
  } catch (error) {
    if (!(error instanceof SkipBrowser)) throw error
  } finally {
    await browser?.close()
    await server?.close()
    process.off('SIGINT', shutdown)
    process.off('SIGTERM', shutdown)
  }
  log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`)
  if (asJson) {
    for (const m of metrics) console.log(JSON.stringify(m))
    for (const c of chunks) log(`startup file ${c.file}: ${c.gzipKiB.toFixed(1)} KiB gzip, loaded at ${c.loadedAt.toFixed(0)} ms`)
    for (const m of phases) log(`startup phase ${m.name} at ${m.at.toFixed(1)} ms`)
  } else printTable(chunks, phases, environment)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
