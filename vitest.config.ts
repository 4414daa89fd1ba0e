import vue from '@vitejs/plugin-vue'
import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import { yamlPlugin } from './build/vite-yaml-plugin'

/**
 * TEST_SHUFFLE_SEED=n runs the files and the tests inside them in an order drawn from n (.ci/run
 * sets a new one each run and prints it, so an order-dependent failure can be replayed).
 */
const shuffleSeed = Number(process.env['TEST_SHUFFLE_SEED'] ?? NaN)

export default defineConfig({
  plugins: [vue(), yamlPlugin()],
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
  resolve: { alias: { '@': resolve(import.meta.dirname, 'src') } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Vue components and stores opt into a DOM with a `// @vitest-environment happy-dom` comment.
    pool: 'threads',
    maxWorkers: 2,
    restoreMocks: true,
    ...(Number.isInteger(shuffleSeed) ? { sequence: { shuffle: { files: true, tests: true }, seed: shuffleSeed } } : {}),
    // A guard against hangs, not a speed check (that is npm run bench): on a shared 2-core machine
    // under load, tests that take 3 s when idle took over the 5 s default.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // CI also writes machine-readable results for .ci/run's summary line.
    reporters: process.env['CI'] ? ['default', ['json', { outputFile: 'reports/unit-results.json' }]] : ['default'],
  },
})
