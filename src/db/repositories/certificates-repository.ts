import type { TrainerDatabase } from '../database'
import type { CertificateRecord } from '../records'

export class CertificatesRepository {
  constructor(private readonly db: TrainerDatabase) {}

  add(certificate: CertificateRecord): Promise<string> {
    return this.db.certificates.add(certificate)
  }

  byCode(code: string): Promise<CertificateRecord | undefined> {
    return this.db.certificates.where('code').equals(code).first()
  }

  forLearner(learnerId: string): Promise<CertificateRecord[]> {
    return this.db.certificates.where('learnerId').equals(learnerId).sortBy('issuedAt')
  }
}
