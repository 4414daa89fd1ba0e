import { describe, expect, it } from 'vitest'
import {
  type CertificateInput,
  buildCertificatePayload,
  canonicalJson,
  certificateDigest,
  certificatePayloadSchema,
  certificateRoleLabel,
  certificateTitle,
  isInDate,
  parseQrPayload,
  qrPayload,
  recordDigest,
  refreshByDate,
} from '../../../src/domain/certificate'

const CODE = '0123-4567-89AB-Y'

const induction = (overrides: Partial<CertificateInput> = {}): CertificateInput => ({
  code: CODE,
  kind: 'induction',
  learner: { id: 'learner-1', name: 'Łucja Brzęczyszczykiewicz', role: 'admin', practice: 'Lordship Lane Surgery', staffId: 'A123' },
  completedModules: ['Getting started: smartcards and access', 'Finding the right service'],
  scorePercent: 92,
  issuedOn: '2025-11-03',
  contentVersion: '1.0.0',
  appVersion: '0.1.0',
  ...overrides,
})

describe('buildCertificatePayload', () => {
  it('builds an induction record with every field the certificate shows', () => {
    expect(buildCertificatePayload(induction())).toEqual({
      version: 1,
      code: CODE,
      kind: 'induction',
      learner: { id: 'learner-1', name: 'Łucja Brzęczyszczykiewicz', role: 'admin', practice: 'Lordship Lane Surgery', staffId: 'A123' },
      completed: ['Getting started: smartcards and access', 'Finding the right service'],
      scorePercent: 92,
      issuedOn: '2025-11-03',
      refreshBy: '2026-11-03',
      contentVersion: '1.0.0',
      pack: { version: '4.1', date: 'October 2025', title: 'e-RS Information Pack' },
      issuer: { app: 'e-RS Trainer', appVersion: '0.1.0' },
    })
  })

  it('records the locum refresher as "Locum refresher" whatever modules are passed', () => {
    const payload = buildCertificatePayload(induction({ kind: 'locum-refresher', completedModules: ['ignored'] }))
    expect(payload.completed).toEqual(['Locum refresher'])
    expect(certificateTitle(payload.kind)).toBe('Locum refresher certificate')
    expect(certificateTitle('induction')).toBe('Certificate of completion')
  })

  it('takes the code as typed, tidies names to NFC and leaves out an empty staff ID', () => {
    const payload = buildCertificatePayload(
      induction({
        code: '0123 4567 89ab y',
        learner: {
          id: 'l',
          name: '  Nguye\u0302\u0303n Thi\u0323 Hu\u031Bo\u031Bng ',
          role: 'locum',
          practice: ' Dulwich ',
          staffId: '  ',
        },
      }),
    )
    expect(payload.code).toBe(CODE)
    expect(payload.learner.name).toBe('Nguyễn Thị Hương')
    expect(payload.learner.name.length).toBe(16)
    expect(payload.learner.practice).toBe('Dulwich')
    expect('staffId' in payload.learner).toBe(false)
  })

  it('uses the refresh period given', () => {
    expect(buildCertificatePayload(induction({ refreshMonths: 6 })).refreshBy).toBe('2026-05-03')
  })

  it.each<[string, Partial<CertificateInput>, RegExp]>([
    ['a code with a wrong check character', { code: '0123-4567-89AB-Z' }, /not a valid verification code/],
    ['no modules for an induction', { completedModules: [] }, /completed: must list what was completed/],
    ['a score over 100', { scorePercent: 101 }, /scorePercent/],
    ['a fractional score', { scorePercent: 92.5 }, /scorePercent: must be a whole number/],
    ['an impossible date', { issuedOn: '2025-02-30' }, /not a real calendar date/],
    ['a content version that is not semver', { contentVersion: 'v1' }, /contentVersion/],
    ['an empty name', { learner: { id: 'l', name: '   ', role: 'admin', practice: 'P' } }, /learner\.name: must not be empty/],
  ])('refuses %s', (_label, overrides, message) => {
    expect(() => buildCertificatePayload(induction(overrides))).toThrow(message)
  })
})

describe('certificatePayloadSchema', () => {
  const payload = buildCertificatePayload(induction())
  it('accepts a built record unchanged', () => {
    expect(certificatePayloadSchema.parse(payload)).toEqual(payload)
  })
  it('refuses unknown fields at any level, so nothing can be added unnoticed', () => {
    expect(certificatePayloadSchema.safeParse({ ...payload, note: 'x' }).success).toBe(false)
    expect(certificatePayloadSchema.safeParse({ ...payload, learner: { ...payload.learner, grade: 'A' } }).success).toBe(false)
  })
  it('refuses a refresh-by date on or before the issue date', () => {
    expect(certificatePayloadSchema.safeParse({ ...payload, refreshBy: payload.issuedOn }).success).toBe(false)
  })
  it('refuses another pack', () => {
    expect(certificatePayloadSchema.safeParse({ ...payload, pack: { ...payload.pack, version: '4.2' } }).success).toBe(false)
  })
})

describe('refreshByDate', () => {
  it.each([
    ['2025-11-03', 12, '2026-11-03'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2025-11-03', 0, '2025-11-03'],
  ])('%s + %i months = %s', (issuedOn, months, expected) => {
    expect(refreshByDate(issuedOn, months)).toBe(expected)
  })
  it('refuses part months and impossible dates', () => {
    expect(() => refreshByDate('2025-11-03', 1.5)).toThrow(RangeError)
    expect(() => refreshByDate('2025-13-01', 1)).toThrow(RangeError)
  })
})

describe('isInDate', () => {
  it('is in date up to and including the refresh-by day', () => {
    const payload = { refreshBy: '2026-11-03' }
    expect(isInDate(payload, '2025-11-03')).toBe(true)
    expect(isInDate(payload, '2026-11-03')).toBe(true)
    expect(isInDate(payload, '2026-11-04')).toBe(false)
    expect(() => isInDate(payload, '3/11/2026')).toThrow(RangeError)
  })
})

describe('canonicalJson', () => {
  it('sorts keys at every level and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}')
  })
  it('gives the same text whatever order the keys were written in', () => {
    expect(canonicalJson({ x: 1, y: { p: 1, q: 2 } })).toBe(canonicalJson({ y: { q: 2, p: 1 }, x: 1 }))
  })
  it('sorts by UTF-16 code units, as RFC 8785 does', () => {
    expect(canonicalJson({ é: 1, z: 2, Z: 3, '10': 4, '9': 5 })).toBe('{"10":4,"9":5,"Z":3,"z":2,"é":1}')
  })
  it('leaves out undefined properties, as JSON does, so a record read back from JSON gives the same text', () => {
    const withUndefined = { a: 1, staffId: undefined }
    expect(canonicalJson(withUndefined)).toBe('{"a":1}')
    expect(canonicalJson(JSON.parse(JSON.stringify(withUndefined)))).toBe('{"a":1}')
  })
  it('escapes strings exactly as JSON.stringify does (including lone surrogates)', () => {
    const text = 'Zoë "Ó" \\ \n \u0007 \ud800'
    expect(canonicalJson(text)).toBe(JSON.stringify(text))
  })
  it('refuses what JSON cannot carry faithfully', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError)
    expect(() => canonicalJson({ a: Number.POSITIVE_INFINITY })).toThrow(TypeError)
    expect(() => canonicalJson(10n)).toThrow(TypeError)
    expect(() => canonicalJson(new Date(0))).toThrow(TypeError)
    expect(() => canonicalJson(undefined)).toThrow(TypeError)
    const loop: Record<string, unknown> = {}
    loop['self'] = loop
    expect(() => canonicalJson(loop)).toThrow(TypeError)
  })
  it('allows the same object twice when it does not contain itself', () => {
    const shared = { a: 1 }
    expect(canonicalJson([shared, shared])).toBe('[{"a":1},{"a":1}]')
  })
})

describe('certificateDigest', () => {
  it('is SHA-256 of the canonical JSON, in lower-case hex', async () => {
    // Known answers: `printf '{}' | sha256sum` and `printf '{"a":null,"b":[1,"x"]}' | sha256sum`.
    expect(await recordDigest({})).toBe('44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a')
    expect(await recordDigest({ b: [1, 'x'], a: null })).toBe('c22cb7b0353770e2b38094af641143ebf008ddf2d1f2dedb9d875996fcf245fa')
  })
  it('is stable for a record and changes when any field changes', async () => {
    const payload = buildCertificatePayload(induction())
    const digest = await certificateDigest(payload)
    expect(digest).toMatch(/^[0-9a-f]{64}$/)
    expect(await certificateDigest(structuredClone(payload))).toBe(digest)
    expect(await certificateDigest({ ...payload, scorePercent: 93 })).not.toBe(digest)
    expect(await certificateDigest({ ...payload, learner: { ...payload.learner, name: 'Lucja Brzęczyszczykiewicz' } })).not.toBe(digest)
  })
})

describe('QR payload', () => {
  const digest = 'a'.repeat(64)
  it('holds a format tag, the code and the digest', () => {
    expect(qrPayload(CODE, digest)).toBe(`ERST1|${CODE}|${digest}`)
    expect(parseQrPayload(qrPayload(CODE, digest))).toEqual({ code: CODE, digest })
  })
  it('reads nothing else', () => {
    expect(parseQrPayload(`ERST2|${CODE}|${digest}`)).toBeNull()
    expect(parseQrPayload(`ERST1|${CODE}`)).toBeNull()
    expect(parseQrPayload(`ERST1|${CODE}|${digest}|extra`)).toBeNull()
    expect(parseQrPayload(`ERST1|${CODE}|${'A'.repeat(64)}`)).toBeNull()
    expect(parseQrPayload('https://example.org')).toBeNull()
  })
})

describe('certificateRoleLabel', () => {
  it('names each role as the certificate shows it', () => {
    expect(certificateRoleLabel('practice-manager')).toBe('Practice manager')
    expect(certificateRoleLabel('admin')).toBe('Admin or reception')
  })
})
