import { AUDIT_ACTIONS } from '../../domain/audit-actions'
import type { IssuedCertificate } from '../../domain/certificate'
import type { TrainerDatabase } from '../database'
import type { CertificateRecord, LearnerRecord } from '../../domain/model'
import { SummaryUpkeep, summaryTables } from '../summary-upkeep'
import { AuditRepository } from './audit-repository'

export const IMPORT_CERTIFICATE_ACTION = AUDIT_ACTIONS.importCertificate

export type CertificateImport =
  | { outcome: 'imported'; certificate: CertificateRecord; learnerCreated: boolean }
  | { outcome: 'already-present'; certificate: CertificateRecord }

export class CertificatesRepository {
  constructor(
    private readonly db: TrainerDatabase,
    private readonly now: () => Date = () => new Date(),
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  add(certificate: CertificateRecord): Promise<string> {
    return this.db.certificates.add(certificate)
  }

  byCode(code: string): Promise<CertificateRecord | undefined> {
    return this.db.certificates.where('code').equals(code).first()
  }

  forLearner(learnerId: string): Promise<CertificateRecord[]> {
    return this.db.certificates.where('learnerId').equals(learnerId).sortBy('issuedAt')
  }

  /** Every certificate on this PC (the manager's dashboard reads them all at once). */
  all(): Promise<CertificateRecord[]> {
    return this.db.certificates.toArray()
  }

  /**
   * Stores a certificate from another PC whose record has ALREADY been verified
   * (verifyCertificatePdf). In one transaction: a certificate with the same code means it is
   * already here and nothing is written; otherwise the learner is created from the record if
   * their id is not on this PC, the certificate is added and the import is audited.
   */
  async importVerified(issued: IssuedCertificate, actor: string): Promise<CertificateImport> {
    const { db } = this
    const { payload, digest } = issued
    return db.transaction('rw', [...summaryTables(db), db.certificates, db.auditLog], async (): Promise<CertificateImport> => {
      const existing = await db.certificates.where('code').equals(payload.code).first()
      if (existing) return { outcome: 'already-present', certificate: existing }
      const at = this.now().toISOString()
      const learnerCreated = (await db.learners.get(payload.learner.id)) === undefined
      if (learnerCreated) {
        // The learner is new to this PC's learner list; the summaries follow in case records under their id are already here.
        const upkeep = new SummaryUpkeep(db)
        const before = await upkeep.snapshot({ learnerIds: [payload.learner.id] })
        const learner: LearnerRecord = {
          id: payload.learner.id,
          name: payload.learner.name,
          role: payload.learner.role,
          practice: payload.learner.practice,
          ...(payload.learner.staffId ? { staffId: payload.learner.staffId } : {}),
          archived: false,
          createdAt: at,
          updatedAt: at,
        }
        await db.learners.add(learner)
        await upkeep.apply(before)
      }
      const certificate: CertificateRecord = {
        id: this.newId(),
        learnerId: payload.learner.id,
        code: payload.code,
        kind: payload.kind,
        issuedAt: payload.issuedOn,
        refreshBy: payload.refreshBy,
        record: { payload, digest },
      }
      await db.certificates.add(certificate)
      await new AuditRepository(db, this.now).record(
        actor,
        IMPORT_CERTIFICATE_ACTION,
        `Certificate ${payload.code} (${payload.kind === 'induction' ? 'induction' : 'locum refresher'}, issued ${payload.issuedOn}) for ${payload.learner.name} (${payload.learner.id})${learnerCreated ? '; learner added to this PC' : ''}`,
      )
      return { outcome: 'imported', certificate, learnerCreated }
    })
  }
}
