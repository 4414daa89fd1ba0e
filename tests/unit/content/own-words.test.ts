import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ownWordsErrors } from '../../../src/content/check'
import { copiedRuns, runHashes, words } from '../../../src/content/own-words'

const fingerprint = new Set((JSON.parse(readFileSync(resolve('content/pack-fingerprint.json'), 'utf8')) as { hashes: string[] }).hashes)

describe('own words', () => {
  it('normalises case, punctuation and curly quotes', () => {
    expect(words('Don’t  CANCEL, the referral!')).toEqual(["don't", 'cancel', 'the', 'referral'])
  })

  it('catches a sentence copied from the pack, even re-punctuated', () => {
    const copied = 'The Provider cannot see the referral on their worklist, until the letter has been attached!'
    expect(copiedRuns(copied, fingerprint).length).toBeGreaterThan(0)
  })

  it('lets short names and addresses through', () => {
    expect(copiedRuns('Email kch-tr.e-ReferralService@nhs.net or use the Referrals pending external action worklist.', fingerprint)).toEqual([])
  })

  it('reports the file a copy is in', () => {
    const errors = ownWordsErrors([{ path: 'modules/m07.yaml', data: { text: 'the provider cannot see the referral on their worklist until the letter has been attached' } }], fingerprint)
    expect(errors).toEqual([expect.objectContaining({ rule: 'own-words', file: 'modules/m07.yaml' })])
  })

  it('matches the pack text when the pack is available beside the repo', () => {
    const packPath = resolve('../shared/source/ers-information-pack-v4.1.txt')
    let pack: string
    try {
      pack = readFileSync(packPath, 'utf8')
    } catch {
      return // the pack is not shipped; the fingerprint is what the other tests use
    }
    expect(new Set(runHashes(pack))).toEqual(fingerprint)
  })
})
