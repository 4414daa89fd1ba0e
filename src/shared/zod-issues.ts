/**
 * How zod's complaints read in a message: one "where: what" line per issue. The place is written the
 * way its reader knows it: `dots` (questions.0.prompt) for content authors, `brackets`
 * (attempts[1].seed) for a file's JSON, `none` where only the complaint matters.
 */
import type { z } from 'zod'

export type IssuePathStyle = 'dots' | 'brackets' | 'none'

export interface IssueTextOptions {
  path: IssuePathStyle
  /** Said as the place of an issue about the whole value; without it such an issue is only its complaint. */
  whole?: string
}

function placeOf(path: readonly PropertyKey[], style: IssuePathStyle): string {
  if (style === 'none') return ''
  if (style === 'dots') return path.map(String).join('.')
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out ? `.${String(part)}` : String(part)
  }
  return out
}

export function issueTexts(issues: readonly z.core.$ZodIssue[], options: IssueTextOptions): string[] {
  return issues.map((issue) => {
    const place = placeOf(issue.path, options.path) || options.whole
    return place ? `${place}: ${issue.message}` : issue.message
  })
}
