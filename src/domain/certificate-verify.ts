/**
 * Verifying a certificate: a record (from this PC's database or from a PDF's attachment), its
 * digest and, optionally, the code a person typed. Every check runs and every failure is reported
 * in plain English, so a manager sees all that is wrong at once rather than one thing at a time.
 */
import {
  CERTIFICATE_FORMAT_VERSION,
  type CertificatePayload,
  DIGEST_FORM,
  certificatePayloadSchema,
  isInDate,
  recordDigest,
  summariseFormatIssues,
} from './certificate'
import { extractCertificateFromPdf, looksLikePdf } from './certificate-pdf'
import { isValidVerificationCode, normaliseVerificationCode } from './verification-code'

export type VerificationResult = { verified: true; payload: CertificatePayload; inDate: boolean } | { verified: false; reasons: string[] }

export const NOT_A_PDF = 'This file is not a PDF.'
export const NO_EMBEDDED_RECORD = 'This file is not an e-RS Trainer certificate (no embedded record).'

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

async function digestMatches(payload: unknown, digest: string): Promise<boolean> {
  try {
    return (await recordDigest(payload)) === digest
  } catch {
    // A record JSON cannot carry (e.g. it contains itself) cannot have been digested by us.
    return false
  }
}

/**
 * Checks a record against its digest and its code. `todayIso` (YYYY-MM-DD) decides whether a
 * verified certificate is still in date.
 */
export async function verifyCertificate(
  input: { payload: unknown; digest: unknown; code?: string },
  todayIso: string,
): Promise<VerificationResult> {
  const { payload, digest } = input
  const reasons: string[] = []

  // 1. Format — unless the record says it was made by a newer app, whose format we cannot know.
  const version = isRecord(payload) ? payload['version'] : undefined
  const parsed = certificatePayloadSchema.safeParse(payload)
  if (typeof version === 'number' && Number.isInteger(version) && version > CERTIFICATE_FORMAT_VERSION) {
    reasons.push(
      `This certificate was made by a newer version of e-RS Trainer (record version ${version}); update e-RS Trainer to check it.`,
    )
  } else if (!parsed.success) {
    reasons.push(`The record does not match the certificate format: ${summariseFormatIssues(parsed.error.issues)}.`)
  }

  // 2. The certificate's own code: its check character catches a changed or mistyped character.
  const recordCode = isRecord(payload) && typeof payload['code'] === 'string' ? payload['code'] : null
  if (recordCode !== null && normaliseVerificationCode(recordCode) !== null && !isValidVerificationCode(recordCode)) {
    reasons.push(`The verification code's check character is wrong: ${recordCode} is not a code e-RS Trainer issues.`)
  }

  // 3. The code a person typed, if any: it must be a well-formed code and the same as the record's.
  if (input.code !== undefined) {
    const typed = normaliseVerificationCode(input.code)
    if (typed === null) {
      reasons.push('The code typed is not a verification code: it should be 13 characters, like ABCD-EFGH-JKMN-P.')
    } else if (!isValidVerificationCode(typed)) {
      reasons.push(`The verification code's check character is wrong in the code typed (${typed}): check it was copied correctly.`)
    } else if (typed !== recordCode) {
      reasons.push(`The code typed (${typed}) does not match the certificate's code${recordCode ? ` (${recordCode})` : ''}.`)
    }
  }

  // 4. The digest: any change to the record or to the digest itself shows here.
  if (typeof digest !== 'string' || !DIGEST_FORM.test(digest)) {
    reasons.push('The digest is missing or is not a SHA-256 digest, so the record cannot be checked: it was changed or damaged.')
  } else if (!(await digestMatches(payload, digest))) {
    reasons.push('The digest does not match the record: the record or the digest was changed after the certificate was issued.')
  }

  if (reasons.length > 0 || !parsed.success) return { verified: false, reasons }
  return { verified: true, payload: parsed.data, inDate: isInDate(parsed.data, todayIso) }
}

/** Verifies a certificate PDF from any PC by the record and digest embedded in it. */
export async function verifyCertificatePdf(bytes: Uint8Array, todayIso: string): Promise<VerificationResult> {
  if (!looksLikePdf(bytes)) return { verified: false, reasons: [NOT_A_PDF] }
  const embedded = await extractCertificateFromPdf(bytes)
  if (embedded === null) return { verified: false, reasons: [NO_EMBEDDED_RECORD] }
  return verifyCertificate(embedded, todayIso)
}
