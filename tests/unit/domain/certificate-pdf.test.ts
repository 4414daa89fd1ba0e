import { PDFDocument } from '@cantoo/pdf-lib'
import { describe, expect, it } from 'vitest'
import { type CertificatePayload, buildCertificatePayload, certificateDigest } from '../../../src/domain/certificate'
import {
  CERTIFICATE_ATTACHMENT_NAME,
  type CertificateFontAssets,
  certificateDate,
  extractCertificateFromPdf,
  looksLikePdf,
  renderCertificatePdf,
  unsupportedCharacters,
} from '../../../src/domain/certificate-pdf'
import { certificateFonts, readDejaVuFont } from '../support/fonts'

const MODULES = [
  'Getting started: smartcards and access',
  'Before you refer: demographics, the Spine and communication needs',
  'Finding the right service',
  'Patient choice and shortlisting',
  'Urgent suspected cancer (2WW) referrals',
  'Appointment slot issues: forwarding and deferring',
  'Referral letters',
  'Appointment letters and the exceptions',
  'Patient access codes',
  'Patients with additional requirements',
  'Appointment types: DBS, RAS, CAS and dummy appointments',
  'The six worklists and who monitors them',
  'Returned, rejected, cancelled and DNA referrals',
  'Advice & Guidance',
  'The e-RS downtime protocol',
  'Troubleshooting and key contacts',
]

function payloadFor(name: string, kind: CertificatePayload['kind'] = 'induction'): CertificatePayload {
  return buildCertificatePayload({
    code: '0123-4567-89AB-Y',
    kind,
    learner: { id: 'learner-1', name, role: 'admin', practice: 'Lordship Lane Surgery', staffId: 'A123' },
    completedModules: MODULES,
    scorePercent: 92,
    issuedOn: '2025-11-03',
    contentVersion: '1.0.0',
    appVersion: '0.1.0',
  })
}

async function render(
  payload: CertificatePayload,
  fonts: CertificateFontAssets = certificateFonts(),
): Promise<{ bytes: Uint8Array; digest: string }> {
  const digest = await certificateDigest(payload)
  return { bytes: await renderCertificatePdf(payload, digest, fonts), digest }
}

const latin1 = (bytes: Uint8Array): string => new TextDecoder('latin1').decode(bytes)
const MAX_BYTES = 150 * 1024

describe('renderCertificatePdf', () => {
  it('makes a PDF', async () => {
    const { bytes } = await render(payloadFor('Łucja Brzęczyszczykiewicz'))
    expect(latin1(bytes.subarray(0, 5))).toBe('%PDF-')
    expect(looksLikePdf(bytes)).toBe(true)
    expect(bytes.length).toBeLessThanOrEqual(MAX_BYTES)
  })

  it('gives byte-identical output for the same inputs, even with fresh copies of the fonts', async () => {
    const payload = payloadFor('Zoë Ó Súilleabháin')
    const first = await render(payload)
    const fonts = certificateFonts()
    const second = await render(structuredClone(payload), { regularFont: fonts.regularFont.slice(), boldFont: fonts.boldFont.slice() })
    expect(second.bytes.length).toBe(first.bytes.length)
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true)
  })

  it('writes fixed metadata from the record and no random file identifier', async () => {
    const { bytes } = await render(payloadFor('Дмитрий'))
    const text = latin1(bytes)
    expect(text).not.toMatch(/\/ID\s*\[/)
    expect(text).toContain('D:20251103000000Z')
    const document = await PDFDocument.load(bytes, { updateMetadata: false })
    expect(document.getSubject()).toBe('Verification code 0123-4567-89AB-Y')
    expect(document.getTitle()).toBe('Certificate of completion: Дмитрий')
    expect(document.getProducer()).toBe('e-RS Trainer (pdf-lib)')
    expect(document.getCreator()).toBe('e-RS Trainer 0.1.0')
    expect(document.getCreationDate()?.toISOString()).toBe('2025-11-03T00:00:00.000Z')
    expect(document.getModificationDate()?.toISOString()).toBe('2025-11-03T00:00:00.000Z')
    expect(document.getPageCount()).toBe(1)
    const { width, height } = document.getPage(0).getSize()
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595])
  })

  it.each(['Łucja Brzęczyszczykiewicz', 'Zoë Ó Súilleabháin', 'Αλέξανδρος', 'Дмитрий', 'Nguyễn Thị Hương', 'محمد علي', 'שרה כהן'])(
    'renders %s in DejaVu Sans with no missing glyph, under 150 KB',
    async (name) => {
      const fonts = certificateFonts()
      expect(unsupportedCharacters(name, [fonts.regularFont, fonts.boldFont])).toEqual([])
      const { bytes } = await render(payloadFor(name))
      expect(bytes.length).toBeLessThanOrEqual(MAX_BYTES)
    },
  )

  it('renders a locum refresher certificate and a very long name', async () => {
    const long = 'Αλέξανδρος Дмитрий Zoë Ó Súilleabháin-Brzęczyszczykiewicz Maximilian Alexander von Hohenzollern-Sigmaringen'
    for (const payload of [payloadFor('Sam Locum', 'locum-refresher'), payloadFor(long)]) {
      const { bytes, digest } = await render(payload)
      expect(await extractCertificateFromPdf(bytes)).toEqual({ payload, digest })
    }
  })

  it('shows a visible replacement for characters no font has, and says which they are', async () => {
    const fonts = certificateFonts()
    expect(unsupportedCharacters('王小明 Wang 王', fonts.regularFont)).toEqual(['王', '小', '明'])
    const payload = payloadFor('王小明 Wang')
    const { bytes, digest } = await render(payload)
    // The record keeps the real name, whatever the page could draw.
    expect(await extractCertificateFromPdf(bytes)).toEqual({ payload, digest })
  })

  it('draws what the main font lacks from the fallback font, and embeds the fallback only when it is needed', async () => {
    // DejaVu Serif has no Hebrew; DejaVu Sans has.
    const serif = readDejaVuFont('DejaVuSerif.ttf')
    const sans = certificateFonts().regularFont
    expect(unsupportedCharacters('שרה Cohen', serif)).toEqual(['ש', 'ר', 'ה'])
    expect(unsupportedCharacters('שרה Cohen', [serif, sans])).toEqual([])
    const withHebrew = await render(payloadFor('שרה Cohen'), { regularFont: serif, fallbackFont: sans })
    expect(latin1(withHebrew.bytes)).toContain('/ERSTRC+DejaVuSans')
    const withoutHebrew = await render(payloadFor('Sarah Cohen'), { regularFont: serif, fallbackFont: sans })
    expect(latin1(withoutHebrew.bytes)).not.toContain('/ERSTRC+')
  })

  it('formats dates for people without depending on the locale data', () => {
    expect(certificateDate('2025-11-03')).toBe('3 November 2025')
    expect(certificateDate('2026-02-28')).toBe('28 February 2026')
  })
})

describe('extractCertificateFromPdf', () => {
  it('returns the embedded record and digest unchanged', async () => {
    const payload = payloadFor('Nguyễn Thị Hương')
    const { bytes, digest } = await render(payload)
    expect(await extractCertificateFromPdf(bytes)).toEqual({ payload, digest })
  })

  it('returns null for bytes that are not a PDF', async () => {
    expect(await extractCertificateFromPdf(new TextEncoder().encode('hello'))).toBeNull()
    expect(await extractCertificateFromPdf(new Uint8Array(0))).toBeNull()
  })

  it('returns null for a PDF with no record, a record of the wrong shape or one that is not JSON', async () => {
    const blank = await PDFDocument.create()
    blank.addPage()
    expect(await extractCertificateFromPdf(await blank.save())).toBeNull()

    for (const content of ['{"payload":{}}', 'not json', '[1,2]']) {
      const document = await PDFDocument.create()
      document.addPage()
      await document.attach(new TextEncoder().encode(content), CERTIFICATE_ATTACHMENT_NAME, { mimeType: 'application/json' })
      expect(await extractCertificateFromPdf(await document.save()), content).toBeNull()
    }
  })

  it('ignores other attachments and finds the record among them', async () => {
    const document = await PDFDocument.create()
    document.addPage()
    await document.attach(new TextEncoder().encode('{"payload":1,"digest":2}'), 'other.json', { mimeType: 'application/json' })
    expect(await extractCertificateFromPdf(await document.save())).toBeNull()
    await document.attach(new TextEncoder().encode('{"payload":1,"digest":2}'), CERTIFICATE_ATTACHMENT_NAME, {
      mimeType: 'application/json',
    })
    expect(await extractCertificateFromPdf(await document.save())).toEqual({ payload: 1, digest: 2 })
  })

  it('returns null for a damaged PDF', async () => {
    const { bytes } = await render(payloadFor('Zoë'))
    expect(await extractCertificateFromPdf(bytes.subarray(0, 2000))).toBeNull()
  })
})
