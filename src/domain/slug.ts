/**
 * A name as a slug, safe in file names on every file system and in element ids: lower case, runs of
 * anything else become one hyphen. `ascii` keeps a-z and 0-9 (accents dropped: "Zoë" → "zoe");
 * `letters` keeps every letter and digit ("Łucja" stays "łucja").
 */
export interface SlugOptions {
  keep?: 'ascii' | 'letters'
  maxLength?: number
  /** Used when nothing is left. */
  fallback?: string
}

export function slugify(text: string, { keep = 'ascii', maxLength = Infinity, fallback = '' }: SlugOptions = {}): string {
  const hyphenated =
    keep === 'ascii'
      ? text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-')
      : text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')
  return hyphenated.replace(/^-+|-+$/g, '').slice(0, maxLength).replace(/-+$/, '') || fallback
}
