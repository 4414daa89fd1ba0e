/**
 * "Teach, do not paste": finds runs of OWN_WORDS_RUN or more consecutive words that content shares
 * with the pack. The pack itself is not shipped: we keep a fingerprint (hashes of every run of
 * OWN_WORDS_RUN words), built by build/scripts/pack-fingerprint.ts.
 */
export const OWN_WORDS_RUN = 12

/** Lower-case words; punctuation and typographic quotes ignored so reformatting cannot hide a copy. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[^a-z0-9@'\s]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
}

/** 32-bit FNV-1a, as 8 hex digits: small, stable, good enough to spot copied runs. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

export function runHashes(text: string, run = OWN_WORDS_RUN): string[] {
  const w = words(text)
  const out: string[] = []
  for (let i = 0; i + run <= w.length; i++) out.push(fnv1a(w.slice(i, i + run).join(' ')))
  return out
}

/** Returns each copied run found in `text` (as words), given the pack fingerprint. */
export function copiedRuns(text: string, fingerprint: ReadonlySet<string>, run = OWN_WORDS_RUN): string[] {
  const w = words(text)
  const found: string[] = []
  for (let i = 0; i + run <= w.length; i++) {
    const phrase = w.slice(i, i + run).join(' ')
    if (fingerprint.has(fnv1a(phrase))) found.push(phrase)
  }
  return found
}

/** Every string inside a parsed content file, so prose in any field is checked. */
export function collectStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, out)
  else if (value && typeof value === 'object') for (const v of Object.values(value)) collectStrings(v, out)
  return out
}
