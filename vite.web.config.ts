/** The renderer on its own, for a plain browser: `npm run dev:web`, e2e tests and benchmarks. */
import { defineConfig } from 'vite'
import { rendererConfig } from './build/renderer-config'

export default defineConfig(rendererConfig(import.meta.dirname, 'out/web'))
