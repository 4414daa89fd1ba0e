import { PDFDocument } from '@cantoo/pdf-lib'
import { describe, expect, it } from 'vitest'
import {
  type CertificatePayload,
  buildCertificatePayload,
  canonicalJson,
  certificateDigest,
  recordDigest,
} from '../../../src/domain/certificate'
import { CERTIFICATE_ATTACHMENT_NAME, renderCertificatePdf } from '../../../src/domain/certificate-pdf'
import {
  NOT_A_PDF,
  NO_EMBEDDED_RECORD,
  type VerificationResult,
  verifyCertificate,
  verifyCertificatePdf,
} from '../../../src/domain/certificate-verify'
import { type Random, pick, seededRandom } from '../../../src/domain/random'
import { isValidVerificationCode } from '../../../src/domain/verification-code'
import { certificateFonts } from '../support/fonts'

const CODE = '0123-4567-89AB-Y'
/** Another valid code, one character different from CODE in the data and with its own check symbol. */
const OTHER_CODE = '1123-4567-89AB-W'

const payload: CertificatePayload = buildCertificatePayload({
  code: CODE,
  kind: 'induction',
  learner: { id: 'learner-1', name: 'Zoë Ó Súilleabháin', role: 'clinician', practice: 'Lordship Lane Surgery', staffId: 'A123' },
  completedModules: ['Getting started: smartcards and access', 'Finding the right service', 'The six worklists and who monitors them'],
  scorePercent: 92,
  issuedOn: '2025-11-03',
  contentVersion: '1.0.0',
  appVersion: '0.1.0',
})
const digestPromise = certificateDigest(payload)

const reasonsOf = (result: VerificationResult): string[] => (result.verified ? [] : result.reasons)

describe('verifyCertificate', () => {
  it('verifies a good record and says it is in date', async () => {
    const digest = await digestPromise
    expect(isValidVerificationCode(OTHER_CODE)).toBe(true)
    expect(await verifyCertificate({ payload, digest }, '2026-01-15')).toEqual({ verified: true, payload, inDate: true })
    expect(await verifyCertificate({ payload, digest }, '2026-11-03')).toEqual({ verified: true, payload, inDate: true })
  })

  it('verifies a good record after its refresh-by date and says it is out of date', async () => {
    expect(await verifyCertificate({ payload, digest: await digestPromise }, '2026-11-04')).toEqual({
      verified: true,
      payload,
      inDate: false,
    })
  })

  it('verifies a record that went through JSON (as from a PDF) and a code typed loosely', async () => {
    const digest = await digestPromise
    const fromJson: unknown = JSON.parse(JSON.stringify(payload))
    expect((await verifyCertificate({ payload: fromJson, digest, code: ' 0123 4567 89ab y ' }, '2026-01-15')).verified).toBe(true)
  })

  it.each<[string, (p: CertificatePayload) => unknown]>([
    ['a changed name', (p) => ({ ...p, learner: { ...p.learner, name: 'Zoe O Suilleabhain' } })],
    ['a changed score', (p) => ({ ...p, scorePercent: 100 })],
    ['a changed refresh-by date', (p) => ({ ...p, refreshBy: '2030-11-03' })],
    ['a module added', (p) => ({ ...p, completed: [...p.completed, 'Advice & Guidance'] })],
  ])('refuses %s: the digest does not match', async (_label, tamper) => {
    const result = await verifyCertificate({ payload: tamper(payload), digest: await digestPromise }, '2026-01-15')
    expect(reasonsOf(result)).toEqual([
      'The digest does not match the record: the record or the digest was changed after the certificate was issued.',
    ])
  })

  it('refuses a changed digest', async () => {
    const digest = await digestPromise
    const changed = `${digest.startsWith('0') ? '1' : '0'}${digest.slice(1)}`
    expect(reasonsOf(await verifyCertificate({ payload, digest: changed }, '2026-01-15'))).toEqual([
      'The digest does not match the record: the record or the digest was changed after the certificate was issued.',
    ])
  })

  it('refuses a digest that is missing or not a SHA-256 digest', async () => {
    for (const digest of [undefined, 42, 'abc', (await digestPromise).toUpperCase()]) {
      expect(reasonsOf(await verifyCertificate({ payload, digest }, '2026-01-15'))).toEqual([
        'The digest is missing or is not a SHA-256 digest, so the record cannot be checked: it was changed or damaged.',
      ])
    }
  })

  it('refuses a changed character in the code: wrong check character, and the digest no longer matches', async () => {
    const result = await verifyCertificate({ payload: { ...payload, code: '0123-4567-89AC-Y' }, digest: await digestPromise }, '2026-01-15')
    expect(reasonsOf(result)).toEqual([
      "The verification code's check character is wrong: 0123-4567-89AC-Y is not a code e-RS Trainer issues.",
      'The digest does not match the record: the record or the digest was changed after the certificate was issued.',
    ])
  })

  it('refuses a record whose code and digest were both replaced consistently only if the code typed differs', async () => {
    // Someone who re-computes the digest after changing the code makes a self-consistent record;
    // the code the person was shown (printed, or looked up on this PC) is what catches it.
    const forged = { ...payload, code: OTHER_CODE }
    const forgedDigest = await recordDigest(forged)
    expect((await verifyCertificate({ payload: forged, digest: forgedDigest }, '2026-01-15')).verified).toBe(true)
    expect(reasonsOf(await verifyCertificate({ payload: forged, digest: forgedDigest, code: CODE }, '2026-01-15'))).toEqual([
      `The code typed (${CODE}) does not match the certificate's code (${OTHER_CODE}).`,
    ])
  })

  it('refuses a code typed that does not match the certificate', async () => {
    expect(reasonsOf(await verifyCertificate({ payload, digest: await digestPromise, code: OTHER_CODE }, '2026-01-15'))).toEqual([
      `The code typed (${OTHER_CODE}) does not match the certificate's code (${CODE}).`,
    ])
  })

  it('refuses a code typed with a wrong check character, or that is not a code at all', async () => {
    const digest = await digestPromise
    expect(reasonsOf(await verifyCertificate({ payload, digest, code: '0123-4567-89AB-Z' }, '2026-01-15'))).toEqual([
      "The verification code's check character is wrong in the code typed (0123-4567-89AB-Z): check it was copied correctly.",
    ])
    expect(reasonsOf(await verifyCertificate({ payload, digest, code: '0123-4567' }, '2026-01-15'))).toEqual([
      'The code typed is not a verification code: it should be 13 characters, like ABCD-EFGH-JKMN-P.',
    ])
  })

  it('says which fields break the format, and still checks the digest', async () => {
    const broken: Record<string, unknown> = { ...payload, learner: { ...payload.learner, name: '' } }
    delete broken['scorePercent']
    const reasons = reasonsOf(await verifyCertificate({ payload: broken, digest: await digestPromise }, '2026-01-15'))
    expect(reasons).toHaveLength(2)
    expect(reasons[0]).toMatch(/^The record does not match the certificate format: /)
    expect(reasons[0]).toContain('learner.name: must not be empty')
    expect(reasons[0]).toContain('scorePercent')
    expect(reasons[1]).toMatch(/^The digest does not match the record/)
  })

  it('refuses things that are not records at all', async () => {
    for (const notARecord of [null, 'certificate', 42, [payload]]) {
      const reasons = reasonsOf(await verifyCertificate({ payload: notARecord, digest: await digestPromise }, '2026-01-15'))
      expect(reasons[0]).toMatch(/^The record does not match the certificate format/)
    }
  })

  it('says when a record was made by a newer version of e-RS Trainer', async () => {
    const newer = { ...payload, version: 2, badge: 'gold' }
    const result = await verifyCertificate({ payload: newer, digest: await recordDigest(newer) }, '2026-01-15')
    expect(reasonsOf(result)).toEqual([
      'This certificate was made by a newer version of e-RS Trainer (record version 2); update e-RS Trainer to check it.',
    ])
  })
})

describe('verifyCertificatePdf', () => {
  const pdfPromise = digestPromise.then((digest) => renderCertificatePdf(payload, digest, certificateFonts()))

  it('verifies the PDF this PC made, from its embedded record', async () => {
    expect(await verifyCertificatePdf(await pdfPromise, '2026-01-15')).toEqual({ verified: true, payload, inDate: true })
  })

  it('refuses a PDF whose embedded record was edited and re-saved', async () => {
    const document = await PDFDocument.load(await pdfPromise)
    const edited = { payload: { ...payload, scorePercent: 100 }, digest: await digestPromise }
    document.detach(CERTIFICATE_ATTACHMENT_NAME)
    await document.attach(new TextEncoder().encode(canonicalJson(edited)), CERTIFICATE_ATTACHMENT_NAME, { mimeType: 'application/json' })
    expect(reasonsOf(await verifyCertificatePdf(await document.save(), '2026-01-15'))).toEqual([
      'The digest does not match the record: the record or the digest was changed after the certificate was issued.',
    ])
  })

  it('refuses a PDF whose attachment bytes were changed in place', async () => {
    const bytes = (await pdfPromise).slice()
    const text = new TextDecoder('latin1').decode(bytes)
    const stream = text.indexOf('stream', text.indexOf('/Type /EmbeddedFile'))
    expect(stream).toBeGreaterThan(0)
    // Flip bits in the compressed record: zlib's Adler-32 checksum no longer matches, so there is no record to read.
    for (let offset = 20; offset < 30; offset++) bytes[stream + offset] = (bytes[stream + offset] ?? 0) ^ 0x5a
    expect(await verifyCertificatePdf(bytes, '2026-01-15')).toEqual({ verified: false, reasons: [NO_EMBEDDED_RECORD] })
  })

  it('says a PDF without a record is not an e-RS Trainer certificate', async () => {
    const document = await PDFDocument.create()
    document.addPage()
    expect(await verifyCertificatePdf(await document.save(), '2026-01-15')).toEqual({ verified: false, reasons: [NO_EMBEDDED_RECORD] })
  })

  it('says random bytes are not a PDF', async () => {
    const random = seededRandom(7)
    const bytes = Uint8Array.from({ length: 4096 }, () => Math.floor(random() * 256))
    expect(await verifyCertificatePdf(bytes, '2026-01-15')).toEqual({ verified: false, reasons: [NOT_A_PDF] })
    expect(await verifyCertificatePdf(new Uint8Array(0), '2026-01-15')).toEqual({ verified: false, reasons: [NOT_A_PDF] })
  })
})

// ---------- Property: any change to the record or digest is caught ----------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Path = Array<string | number>

function containerPaths(value: Json, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return []
  const children = Array.isArray(value)
    ? value.map((child, index) => containerPaths(child, [...path, index]))
    : Object.entries(value).map(([key, child]) => containerPaths(child, [...path, key]))
  return [path, ...children.flat()]
}
function leafPaths(value: Json, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [path]
  return Array.isArray(value)
    ? value.flatMap((child, index) => leafPaths(child, [...path, index]))
    : Object.entries(value).flatMap(([key, child]) => leafPaths(child, [...path, key]))
}
function at(root: Json, path: Path): Json {
  let node = root
  for (const step of path) node = (node as Record<string | number, Json>)[step] as Json
  return node
}
function setAt(root: Json, path: Path, value: Json | undefined): void {
  const parent = at(root, path.slice(0, -1)) as Record<string | number, Json> | Json[]
  const key = path.at(-1) as string | number
  if (Array.isArray(parent)) {
    if (value === undefined) parent.splice(key as number, 1)
    else parent[key as number] = value
  } else if (value === undefined) Reflect.deleteProperty(parent, key)
  else parent[key] = value
}

const SAMPLE_CHARACTERS = 'aZ09-é Łж*'
function changeCharacter(text: string, random: Random): string {
  const characters = [...text]
  if (characters.length === 0) return pick([...SAMPLE_CHARACTERS], random)
  const index = Math.floor(random() * characters.length)
  characters[index] = pick([...SAMPLE_CHARACTERS], random)
  return characters.join('')
}
function randomValue(random: Random): Json {
  return pick<Json>(
    [null, true, false, 0, 1, 92, -1, 0.5, '', 'x', 'Zoë', '2026-11-03', [], {}, ['Locum refresher'], { name: 'x' }],
    random,
  )
}

interface Mutation {
  description: string
  payload: Json
  digest: string
}

function mutate(original: Json, digest: string, random: Random): Mutation {
  const copy = structuredClone(original)
  const kind = pick(['change-leaf', 'change-character', 'delete', 'add', 'digest'] as const, random)
  switch (kind) {
    case 'change-leaf': {
      const path = pick(leafPaths(copy), random)
      const value = randomValue(random)
      setAt(copy, path, value)
      return { description: `set ${path.join('.')} to ${JSON.stringify(value)}`, payload: copy, digest }
    }
    case 'change-character': {
      const path = pick(
        leafPaths(copy).filter((p) => typeof at(copy, p) === 'string'),
        random,
      )
      const value = changeCharacter(at(copy, path) as string, random)
      setAt(copy, path, value)
      return { description: `changed a character of ${path.join('.')} to give ${JSON.stringify(value)}`, payload: copy, digest }
    }
    case 'delete': {
      const paths = [...leafPaths(copy), ...containerPaths(copy)].filter((p) => p.length > 0)
      const path = pick(paths, random)
      setAt(copy, path, undefined)
      return { description: `deleted ${path.join('.')}`, payload: copy, digest }
    }
    case 'add': {
      const path = pick(containerPaths(copy), random)
      const container = at(copy, path)
      const value = randomValue(random)
      if (Array.isArray(container)) container.splice(Math.floor(random() * (container.length + 1)), 0, value)
      else (container as Record<string, Json>)[pick(['extra', 'name', 'note', 'version', 'code', 'z'], random)] = value
      return { description: `added ${JSON.stringify(value)} under ${path.join('.') || 'the root'}`, payload: copy, digest }
    }
    case 'digest':
      return { description: 'changed a character of the digest', payload: copy, digest: changeCharacter(digest, random) }
  }
}

describe('property: verification fails after any real change to the record or the digest', () => {
  it('holds for 400 seeded random mutations', async () => {
    const digest = await digestPromise
    const original = JSON.parse(JSON.stringify(payload)) as Json
    const originalText = canonicalJson(original)
    const random = seededRandom(20251103)
    let changes = 0
    for (let run = 0; run < 400; run++) {
      const mutation = mutate(original, digest, random)
      const noOp = canonicalJson(mutation.payload) === originalText && mutation.digest === digest
      const result = await verifyCertificate({ payload: mutation.payload, digest: mutation.digest }, '2026-01-15')
      expect(result.verified, `run ${run}: ${mutation.description}`).toBe(noOp)
      if (!noOp) {
        changes++
        expect(reasonsOf(result).length, `run ${run}: ${mutation.description}`).toBeGreaterThan(0)
      }
    }
    // The generator mostly makes real changes (a few land on the value already there).
    expect(changes).toBeGreaterThan(350)
  })
})
