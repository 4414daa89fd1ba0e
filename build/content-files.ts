/** Reads every content YAML file from disk for the validator (Node only). */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { parse } from 'yaml'
import type { ContentFile } from '../src/content/validate'

export interface ReadProblem {
  file: string
  message: string
}

export function listYamlFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name)
    if (statSync(full).isDirectory()) out.push(...listYamlFiles(full))
    else if (name.endsWith('.yaml')) out.push(full)
  }
  return out
}

export function readContentFiles(contentDir: string): { files: ContentFile[]; problems: ReadProblem[] } {
  const files: ContentFile[] = []
  const problems: ReadProblem[] = []
  for (const full of listYamlFiles(contentDir)) {
    const path = relative(contentDir, full).split(sep).join('/')
    try {
      files.push({ path, data: parse(readFileSync(full, 'utf8')) as unknown })
    } catch (error) {
      problems.push({ file: path, message: `YAML does not parse: ${(error as Error).message.split('\n')[0]}` })
    }
  }
  return { files, problems }
}
