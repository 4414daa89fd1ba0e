/**
 * Certificates: the record a certificate carries, how it is built, and the digest that lets
 * another PC tell whether it was changed. The record is stored in `CertificateRecord.record`,
 * embedded in the PDF with its digest, and summarised in the QR code.
 *
 * The digest is SHA-256 over canonical JSON (keys sorted, no whitespace), so the same record
 * always gives the same digest whichever PC, browser or key order produced it. It shows the
 * record was not changed by accident or by someone editing the file without e-RS Trainer; it is
 * not a signature (there is no secret key on an offline PC that a determined person could not copy).
 */
import { z } from 'zod'
import { packIdentity } from '../content/pack-identity'
import { type Role, roleSchema } from '../content/schema'
import { issueTexts } from '../shared/zod-issues'
import { parseIsoDate, toIsoDate } from './iso-date'
import { CERTIFICATE_KINDS, type CertificateKind } from './model'
import { isValidVerificationCode, normaliseVerificationCode } from './verification-code'

/** Bumped only when the record's shape changes; older apps then say "made by a newer version". */
export const CERTIFICATE_FORMAT_VERSION = 1
export const DEFAULT_REFRESH_MONTHS = 12
export const LOCUM_REFRESHER_COMPLETED = 'Locum refresher'
/** The pack a certificate certifies: the one this app's content teaches; a record naming another is refused. */
export const CERTIFICATE_PACK = { version: packIdentity.version, date: packIdentity.date, title: packIdentity.title } as const
export const CERTIFICATE_ISSUER_APP = 'e-RS Trainer'


/** Stored form of a verification code (check symbol tested separately, so it gets its own reason). */
const VERIFICATION_CODE_FORM = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z*~$=U]$/

const isRealIsoDate = (value: string): boolean => {
  try {
    parseIsoDate(value)
    return true
  } catch {
    return false
  }
}

// No transforms (trim, default …) anywhere: the parsed record must equal the record as stored, so
// that what is shown is exactly what the digest covers.
const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date in the form YYYY-MM-DD')
  .refine(isRealIsoDate, 'must be a real calendar date')
const textSchema = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => s.trim().length > 0, 'must not be empty')

export const certificatePayloadSchema = z
  .strictObject({
    version: z.literal(CERTIFICATE_FORMAT_VERSION),
    code: z.string().regex(VERIFICATION_CODE_FORM, 'must be a verification code in the form XXXX-XXXX-XXXX-X'),
    kind: z.enum(CERTIFICATE_KINDS),
    learner: z.strictObject({
      id: textSchema(100),
      name: textSchema(120),
      role: roleSchema,
      practice: textSchema(200),
      staffId: textSchema(60).optional(),
    }),
    completed: z.array(textSchema(200)).min(1, 'must list what was completed').max(60),
    scorePercent: z.number().int('must be a whole number').min(0).max(100),
    issuedOn: isoDateSchema,
    refreshBy: isoDateSchema,
    contentVersion: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a content version like 1.0.0'),
    pack: z.strictObject({
      version: z.literal(CERTIFICATE_PACK.version),
      date: z.literal(CERTIFICATE_PACK.date),
      title: z.literal(CERTIFICATE_PACK.title),
    }),
    issuer: z.strictObject({
      app: z.literal(CERTIFICATE_ISSUER_APP),
      appVersion: textSchema(40),
    }),
  })
  .refine((p) => p.refreshBy > p.issuedOn, { message: 'must be after the issue date', path: ['refreshBy'] })
  .refine((p) => p.kind !== 'locum-refresher' || (p.completed.length === 1 && p.completed[0] === LOCUM_REFRESHER_COMPLETED), {
    message: `a locum refresher certificate completes "${LOCUM_REFRESHER_COMPLETED}"`,
    path: ['completed'],
  })

export type CertificatePayload = z.infer<typeof certificatePayloadSchema>

/**
 * What to keep in `CertificateRecord.record` (and what the PDF attachment holds): the record with
 * the digest made when it was issued, so a record later edited in the database also fails to verify.
 */
export interface IssuedCertificate {
  payload: CertificatePayload
  digest: string
}

/** zod issues as one short line: "learner.name: must not be empty; scorePercent: …". */
export function summariseFormatIssues(issues: readonly z.core.$ZodIssue[], limit = 5): string {
  const lines = issueTexts(issues.slice(0, limit), { path: 'dots' })
  if (issues.length > limit) lines.push(`and ${issues.length - limit} more`)
  return lines.join('; ')
}

export interface CertificateInput {
  code: string
  kind: CertificateKind
  learner: { id: string; name: string; role: Role; practice: string; staffId?: string | undefined }
  /** Titles of the modules completed, in order (induction). The locum refresher always completes "Locum refresher". */
  completedModules?: readonly string[]
  scorePercent: number
  /** YYYY-MM-DD, the learner's local date (localToday()). */
  issuedOn: string
  refreshMonths?: number
  contentVersion: string
  appVersion: string
}

// NFC so "ễ" typed as e + two combining marks is stored (and digested, and drawn) as one letter.
const tidy = (text: string): string => text.normalize('NFC').trim()

/** The record for a new certificate. Throws a RangeError naming every problem if the input cannot make a valid one. */
export function buildCertificatePayload(input: CertificateInput): CertificatePayload {
  const code = normaliseVerificationCode(input.code)
  if (code === null || !isValidVerificationCode(code)) throw new RangeError(`"${input.code}" is not a valid verification code`)
  const staffId = input.learner.staffId === undefined ? '' : tidy(input.learner.staffId)
  const candidate = {
    version: CERTIFICATE_FORMAT_VERSION,
    code,
    kind: input.kind,
    learner: {
      id: input.learner.id,
      name: tidy(input.learner.name),
      role: input.learner.role,
      practice: tidy(input.learner.practice),
      // Left out rather than stored empty: the record only says what is known.
      ...(staffId ? { staffId } : {}),
    },
    completed: input.kind === 'locum-refresher' ? [LOCUM_REFRESHER_COMPLETED] : (input.completedModules ?? []).map(tidy),
    scorePercent: input.scorePercent,
    issuedOn: input.issuedOn,
    refreshBy: refreshByDate(input.issuedOn, input.refreshMonths ?? DEFAULT_REFRESH_MONTHS),
    contentVersion: input.contentVersion,
    pack: { ...CERTIFICATE_PACK },
    issuer: { app: CERTIFICATE_ISSUER_APP, appVersion: input.appVersion },
  }
  const parsed = certificatePayloadSchema.safeParse(candidate)
  if (!parsed.success) throw new RangeError(`cannot issue this certificate: ${summariseFormatIssues(parsed.error.issues, 20)}`)
  return parsed.data
}

/**
 * The date `months` calendar months after `issuedOn`, kept to the last day of a shorter month:
 * 31 January + 1 month is 28 (or 29) February, never 3 March.
 */
export function refreshByDate(issuedOn: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`${months} is not a whole number of months`)
  const issued = parseIsoDate(issuedOn)
  const monthIndex = issued.getUTCMonth() + months
  const year = issued.getUTCFullYear() + Math.floor(monthIndex / 12)
  const month = ((monthIndex % 12) + 12) % 12
  const lastDayOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  return toIsoDate(new Date(Date.UTC(year, month, Math.min(issued.getUTCDate(), lastDayOfMonth))))
}

/** In date up to and including the refresh-by day. */
export function isInDate(payload: Pick<CertificatePayload, 'refreshBy'>, todayIso: string): boolean {
  parseIsoDate(todayIso)
  return todayIso <= payload.refreshBy
}

/**
 * JSON with object keys sorted (by UTF-16 code units) and no whitespace — the same text for the
 * same data whatever order the keys were written in (this is RFC 8785 for the values a record
 * holds). Properties whose value is undefined are left out, as JSON.stringify does, so a record
 * read back from a JSON file digests the same as the one kept in the database. Anything JSON
 * cannot carry faithfully (NaN, Infinity, bigint, functions, Dates, Maps, cycles) is refused.
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalText(value, [])
  if (text === undefined) throw new TypeError('undefined cannot be written as JSON')
  return text
}

function canonicalText(value: unknown, ancestors: object[]): string | undefined {
  if (value === null) return 'null'
  switch (typeof value) {
    case 'undefined':
      return undefined
    case 'boolean':
      return value ? 'true' : 'false'
    case 'string':
      return JSON.stringify(value)
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`${value} cannot be written as JSON`)
      return JSON.stringify(value)
    case 'object': {
      if (ancestors.includes(value)) throw new TypeError('a value that contains itself cannot be written as JSON')
      const inside = [...ancestors, value]
      if (Array.isArray(value)) return `[${value.map((item: unknown) => canonicalText(item, inside) ?? 'null').join(',')}]`
      const prototype: unknown = Object.getPrototypeOf(value)
      if (prototype !== Object.prototype && prototype !== null)
        throw new TypeError('only plain objects and arrays can be written as canonical JSON')
      const entries = Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .flatMap(([key, item]) => {
          const text = canonicalText(item, inside)
          return text === undefined ? [] : [`${JSON.stringify(key)}:${text}`]
        })
      return `{${entries.join(',')}}`
    }
    default:
      throw new TypeError(`a ${typeof value} cannot be written as JSON`)
  }
}

/** SHA-256 (lower-case hex) of the canonical JSON of any value: used to check records of unknown shape. */
export async function recordDigest(value: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(value))
  const hash = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes))
  return Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** The digest printed in the QR code and embedded in the PDF beside the record. */
export function certificateDigest(payload: CertificatePayload): Promise<string> {
  return recordDigest(payload)
}

export const DIGEST_FORM = /^[0-9a-f]{64}$/
const QR_PREFIX = 'ERST1'

/** What the QR code holds: "ERST1|ABCD-EFGH-JKMN-P|<64 hex digest>" (format tag first, so it can change later). */
export function qrPayload(code: string, digest: string): string {
  return `${QR_PREFIX}|${code}|${digest}`
}

/** Reads the text of a scanned QR code back, or null when it is not one of ours. */
export function parseQrPayload(text: string): { code: string; digest: string } | null {
  const [prefix, code, digest, ...rest] = text.trim().split('|')
  if (prefix !== QR_PREFIX || code === undefined || digest === undefined || rest.length > 0) return null
  if (!VERIFICATION_CODE_FORM.test(code) || !DIGEST_FORM.test(digest)) return null
  return { code, digest }
}

export function certificateTitle(kind: CertificateKind): string {
  return kind === 'induction' ? 'Certificate of completion' : 'Locum refresher certificate'
}

const ROLE_ON_CERTIFICATE: Record<Role, string> = {
  clinician: 'Clinician',
  admin: 'Admin or reception',
  'practice-manager': 'Practice manager',
  locum: 'Locum',
}
export function certificateRoleLabel(role: Role): string {
  return ROLE_ON_CERTIFICATE[role]
}
