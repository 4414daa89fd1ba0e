/**
 * Vite plugin: turns content YAML into plain JS modules at build time, and refuses to build when
 * the content does not validate, so invalid content can never reach a learner.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { checkContent } from '../src/content/check'
import { readContentFiles } from './content-files'
import { yamlPlugin } from './vite-yaml-plugin'

export function contentPlugin(contentDir: string): Plugin {
  return {
    name: 'ers-trainer:content',
    buildStart() {
      const { files, problems } = readContentFiles(contentDir)
      const fingerprint = JSON.parse(readFileSync(resolve(contentDir, 'pack-fingerprint.json'), 'utf8')) as { hashes: string[] }
      const { errors } = checkContent(files, new Set(fingerprint.hashes))
      const all = [...problems.map((p) => `${p.file}: ${p.message}`), ...errors.map((e) => `${e.file} [${e.rule}] ${e.id}: ${e.message}`)]
      if (all.length) this.error(`Content does not validate (run npm run content:check):\n${all.slice(0, 30).join('\n')}`)
    },
    transform: yamlPlugin().transform,
  }
}
