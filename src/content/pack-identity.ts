/**
 * Which pack the content teaches (title, version, date, publisher, area), read from content/pack.yaml,
 * the only place it is written. pack.yaml is validated by packSchema at build time and by content:check;
 * this light read (no zod) keeps start-up and the Electron main process, which also import it, small.
 */
import packData from '../../content/pack.yaml'

export interface PackIdentity {
  readonly title: string
  readonly version: string
  readonly date: string
  readonly publisher: string
  readonly area: string
}

/** What a certificate records of the pack, and what the labels below need. */
export type PackEdition = Pick<PackIdentity, 'title' | 'version' | 'date'>

function text(data: unknown, key: string): string {
  const value = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[key] : undefined
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`content/pack.yaml has no ${key}`)
  return value
}

export function readPackIdentity(data: unknown): PackIdentity {
  return {
    title: text(data, 'title'),
    version: text(data, 'packVersion'),
    date: text(data, 'packDate'),
    publisher: text(data, 'publisher'),
    area: text(data, 'area'),
  }
}

export const packIdentity: PackIdentity = readPackIdentity(packData)

/** "e-RS Information Pack v4.1 (October 2025)": the pack as the footer, menu and screens name it. */
export function packLabel(pack: PackEdition): string {
  return `${pack.title} v${pack.version} (${pack.date})`
}

/** "e-RS Information Pack v4.1, October 2025": the pack cited as a source. */
export function packCitation(pack: PackEdition): string {
  return `${pack.title} v${pack.version}, ${pack.date}`
}
