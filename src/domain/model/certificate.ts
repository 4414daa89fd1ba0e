/** A certificate issued on (or imported to) this PC, and the certificate kinds. */
export const CERTIFICATE_KINDS = ['induction', 'locum-refresher'] as const
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number]

export interface CertificateRecord {
  id: string
  learnerId: string
  /** Verification code shown on the certificate. */
  code: string
  kind: CertificateKind
  issuedAt: string
  refreshBy: string
  /** The signed content of the certificate (shape owned by src/domain/certificate.ts). */
  record: unknown
}
