// Node module hooks: `import data from './x.yaml'` gives the parsed YAML, as the Vite plugins do for
// the app and the tests. Lets Node scripts (npm run bench) run domain code that imports content.
import { readFile } from 'node:fs/promises'
import { parse } from 'yaml'

export async function load(url, context, nextLoad) {
  if (!url.endsWith('.yaml')) return nextLoad(url, context)
  const data = parse(await readFile(new URL(url), 'utf8'))
  return { format: 'module', shortCircuit: true, source: `export default ${JSON.stringify(data)}` }
}
