/**
 * The content as the app sees it: every YAML file bundled at build time (already validated by the
 * build), parsed through the same schemas at start so the types are guaranteed. Loaded lazily.
 */
import { validateContent, type ContentBundle, type ContentFile } from './validate'

const modules = import.meta.glob<unknown>('../../content/**/*.yaml', { eager: true, import: 'default' })

export class ContentLoadError extends Error {
  constructor(readonly problems: string[]) {
    super(`The training content is damaged (${problems.length} problem(s)).`)
    this.name = 'ContentLoadError'
  }
}

export function contentFiles(): ContentFile[] {
  return Object.entries(modules).map(([path, data]) => ({ path: path.replace(/^.*\/content\//, ''), data }))
}

export function loadAppContent(): ContentBundle {
  const { bundle, errors } = validateContent(contentFiles())
  // Coverage rules are for authors; a learner only needs content that parses and links up.
  const blocking = errors.filter((e) => ['schema', 'missing-file', 'broken-reference', 'answer-mismatch', 'duplicate-id'].includes(e.rule))
  if (!bundle || blocking.length) throw new ContentLoadError(blocking.map((e) => `${e.file} ${e.id}: ${e.message}`))
  return bundle
}
