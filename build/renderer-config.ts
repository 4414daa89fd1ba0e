/** The renderer's Vite config, shared by the Electron build and the plain-browser build. */
import vue from '@vitejs/plugin-vue'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Plugin, UserConfig } from 'vite'
import { CONTENT_SECURITY_POLICY } from '../electron/main/csp'
import { contentPlugin } from './vite-content-plugin'


/** Adds the CSP <meta> to built pages (not in dev, where Vite's HMR needs a websocket). */
function cspMetaPlugin(): Plugin {
  return {
    name: 'ers-trainer:csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  }
}

/** projectRoot is passed in: config files are bundled before they run, so import.meta here is unreliable. */
export function rendererConfig(projectRoot: string, outDir: string): UserConfig {
  const appVersion = (JSON.parse(readFileSync(resolve(projectRoot, 'package.json'), 'utf8')) as { version: string }).version
  return {
    root: resolve(projectRoot, 'src'),
    base: './',
    publicDir: false,
    define: { __APP_VERSION__: JSON.stringify(appVersion) },
    plugins: [vue(), contentPlugin(resolve(projectRoot, 'content')), cspMetaPlugin()],
    resolve: { alias: { '@': resolve(projectRoot, 'src'), '@content': resolve(projectRoot, 'content') } },
    css: { preprocessorOptions: { scss: { quietDeps: true, silenceDeprecations: ['import', 'global-builtin', 'color-functions', 'if-function'] } } },
    server: { fs: { allow: [projectRoot] } },
    build: {
      outDir: resolve(projectRoot, outDir),
      emptyOutDir: true,
      target: 'chrome130',
      assetsInlineLimit: 0,
      rolldownOptions: { input: resolve(projectRoot, 'src/index.html') },
    },
  }
}
