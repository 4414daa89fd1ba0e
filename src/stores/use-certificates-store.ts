/** Certificates: saving them as PDF (now or later) and verifying a code or a PDF. */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import regularFontUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url'
import boldFontUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url'
import type { CertificateRecord } from '../domain/model'
import { certificatePayloadSchema, type CertificatePayload } from '../domain/certificate'
import type { CertificateFontAssets } from '../domain/certificate-pdf'
import { verifyCertificate, verifyCertificatePdf, type VerificationResult } from '../domain/certificate-verify'
import { localToday } from '../domain/iso-date'
import { normaliseVerificationCode } from '../domain/verification-code'
import type { PickedFile } from '../platform'
import { services } from './services'
import { useAppStore } from './use-app-store'

export interface StoredCertificate {
  payload: CertificatePayload
  digest: string
}

/** The record and digest kept with a certificate, if they read back cleanly. */
export function storedCertificate(record: CertificateRecord): StoredCertificate | null {
  const stored = record.record as { payload?: unknown; digest?: unknown } | null
  const payload = certificatePayloadSchema.safeParse(stored?.payload)
  if (!payload.success || typeof stored?.digest !== 'string') return null
  return { payload: payload.data, digest: stored.digest }
}

export type VerifyOutcome = { source: 'this-pc' | 'pdf'; result: VerificationResult } | { source: 'not-found'; code: string } | { source: 'bad-code'; input: string }

let fonts: Promise<CertificateFontAssets> | null = null
function loadFonts(): Promise<CertificateFontAssets> {
  // Fonts ship with the app (DejaVu, free licence) and load only when a PDF is made.
  fonts ??= Promise.all([regularFontUrl, boldFontUrl].map(async (url) => new Uint8Array(await (await fetch(url)).arrayBuffer()))).then(([regularFont, boldFont]) => {
    if (!regularFont || !boldFont) throw new Error('fonts missing')
    return { regularFont, boldFont }
  })
  return fonts
}

function fileNameFor(payload: CertificatePayload): string {
  const name = payload.learner.name.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-') || 'learner'
  return `e-RS-Trainer-${payload.kind === 'induction' ? 'induction' : 'locum-refresher'}-certificate-${name}-${payload.issuedOn}.pdf`
}

export const useCertificatesStore = defineStore('certificates', () => {
  const busy = ref(false)

  async function pdfFor(record: CertificateRecord): Promise<{ bytes: Uint8Array; fileName: string; missing: string[] }> {
    const stored = storedCertificate(record)
    if (!stored) throw new Error('This certificate’s record is damaged and cannot be made into a PDF.')
    const { renderCertificatePdf, unsupportedCharacters } = await import('../domain/certificate-pdf')
    const assets = await loadFonts()
    const bytes = await renderCertificatePdf(stored.payload, stored.digest, assets)
    const missing = unsupportedCharacters(`${stored.payload.learner.name}${stored.payload.learner.practice}`, [assets.regularFont, ...(assets.boldFont ? [assets.boldFont] : [])])
    return { bytes, fileName: fileNameFor(stored.payload), missing }
  }

  /** Makes the PDF and hands it to the platform: the native save dialog, or a download. */
  async function savePdf(record: CertificateRecord): Promise<string> {
    busy.value = true
    try {
      const { bytes, fileName, missing } = await pdfFor(record)
      const result = await services().platform.saveFile(fileName, bytes, [{ name: 'PDF document', extensions: ['pdf'] }])
      // The record (and so verification) keeps the exact name; only the printed page lacks these letters.
      const note = missing.length ? ` The certificate font cannot print ${missing.join(' ')}, so they show as a box on the page; the verified record keeps the name exactly.` : ''
      return (result.saved ? `Saved ${fileName}${result.location ? ` to ${result.location}` : ''}.` : 'Not saved.') + note
    } finally {
      busy.value = false
    }
  }

  async function verifyCode(input: string): Promise<VerifyOutcome> {
    const code = normaliseVerificationCode(input)
    if (!code) return { source: 'bad-code', input }
    const record = await useAppStore().guardedWrite(() => services().repos.certificates.byCode(code))
    if (!record) return { source: 'not-found', code }
    const stored = record.record as { payload?: unknown; digest?: unknown } | null
    return { source: 'this-pc', result: await verifyCertificate({ payload: stored?.payload, digest: stored?.digest, code: input }, localToday()) }
  }

  async function verifyPdf(bytes: Uint8Array): Promise<VerifyOutcome> {
    return { source: 'pdf', result: await verifyCertificatePdf(bytes, localToday()) }
  }

  /** Asks for one certificate PDF; undefined if cancelled. */
  async function chooseCertificatePdf(): Promise<PickedFile | undefined> {
    return (await services().platform.openFiles([{ name: 'Certificate PDF', extensions: ['pdf'] }]))[0]
  }

  return { busy, pdfFor, savePdf, verifyCode, verifyPdf, chooseCertificatePdf }
})
