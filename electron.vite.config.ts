import { defineConfig } from 'electron-vite'
import { resolve } from 'node:path'
import { rendererConfig } from './build/renderer-config'
import { yamlPlugin } from './build/vite-yaml-plugin'

export default defineConfig({
  main: {
    // The About box names the pack from content/pack.yaml.
    plugins: [yamlPlugin()],
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads must be one CommonJS file with nothing left to require but electron.
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig(import.meta.dirname, 'out/renderer'),
})
