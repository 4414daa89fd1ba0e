/** Turns .yaml imports into plain JS objects (used by Vitest; the app build uses contentPlugin). */
import type { Plugin } from 'vite'
import { parse } from 'yaml'

export function yamlPlugin(): Plugin {
  return {
    name: 'ers-trainer:yaml',
    transform(code, id) {
      if (!id.endsWith('.yaml')) return null
      return { code: `export default ${JSON.stringify(parse(code))}`, map: null }
    },
  }
}
