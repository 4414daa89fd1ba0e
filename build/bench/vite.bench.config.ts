/**
 * The bench pages, built with the renderer's own Vite config (same plugins, target and content
 * validation) into out/bench: blank.html (the start-up baseline) and lab.html (the app's storage,
 * domain and content modules, driven by `npm run bench`).
 */
import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import { rendererConfig } from '../renderer-config'

const projectRoot = resolve(import.meta.dirname, '../..')
const benchRoot = resolve(projectRoot, 'build/bench')
const renderer = rendererConfig(projectRoot, 'out/bench')

export default defineConfig({
  ...renderer,
  root: benchRoot,
  build: {
    ...renderer.build,
    // The lab bundles pdf-lib and the content; its size is not what the bench measures.
    chunkSizeWarningLimit: 4096,
    // Two entries would otherwise share the (no-op in Chromium) preload polyfill as an extra request,
    // slowing the blank baseline a little; the app inlines it in its one entry chunk.
    modulePreload: { polyfill: false },
    rolldownOptions: { input: { blank: resolve(benchRoot, 'blank.html'), lab: resolve(benchRoot, 'lab.html') } },
  },
})
