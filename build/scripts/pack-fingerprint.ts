/**
 * Rebuilds content/pack-fingerprint.json from the pack text (kept outside the repo), so the
 * own-words test can run anywhere without shipping the pack. Run after a new pack version:
 *   npx tsx --import ./build/node-yaml-register.mjs build/scripts/pack-fingerprint.ts [path-to-pack.txt]
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { OWN_WORDS_RUN, runHashes } from '../../src/content/own-words'
import { packCitation, packIdentity } from '../../src/content/pack-identity'

const packPath = resolve(process.argv[2] ?? `../shared/source/ers-information-pack-v${packIdentity.version}.txt`)
const hashes = [...new Set(runHashes(readFileSync(packPath, 'utf8')))].sort()
const out = { pack: packCitation(packIdentity), run: OWN_WORDS_RUN, hashes }
writeFileSync(resolve('content/pack-fingerprint.json'), JSON.stringify(out) + '\n')
console.log(`wrote ${hashes.length} run hashes from ${packPath}`)
