/** Certificates from other PCs (importVerified) and audited writes (withEntries): all or nothing. */
import { describe, expect, it } from 'vitest'
import { buildCertificatePayload, certificateDigest, type IssuedCertificate } from '../../../src/domain/certificate'
import { testRepositories } from './test-db'

async function issued(overrides: { code?: string; learnerId?: string; name?: string } = {}): Promise<IssuedCertificate> {
  const payload = buildCertificatePayload({
    code: overrides.code ?? '0123-4567-89AB-Y',
    kind: 'locum-refresher',
    learner: { id: overrides.learnerId ?? 'learner-elsewhere', name: overrides.name ?? 'Zoë Testperson', role: 'locum', practice: 'Synthetic Surgery', staffId: 'L-7' },
    scorePercent: 90,
    issuedOn: '2026-02-10',
    contentVersion: '1.0.0',
    appVersion: '0.1.0',
  })
  return { payload, digest: await certificateDigest(payload) }
}

describe('CertificatesRepository.importVerified', () => {
  it('adds the certificate and creates the learner from the record when they are not on this PC, with an audit entry', async () => {
    const repos = await testRepositories()
    const certificate = await issued()
    const result = await repos.certificates.importVerified(certificate, 'Practice manager')
    expect(result.outcome).toBe('imported')
    expect(result.outcome === 'imported' && result.learnerCreated).toBe(true)
    expect(await repos.learners.get('learner-elsewhere')).toMatchObject({ name: 'Zoë Testperson', role: 'locum', practice: 'Synthetic Surgery', staffId: 'L-7', archived: false })
    const [stored] = await repos.certificates.forLearner('learner-elsewhere')
    expect(stored).toMatchObject({ learnerId: 'learner-elsewhere', code: '0123-4567-89AB-Y', kind: 'locum-refresher', issuedAt: '2026-02-10', refreshBy: '2027-02-10' })
    expect(stored?.record).toEqual(certificate)
    expect(stored?.id).toMatch(/^[0-9a-f-]{36}$/)
    const audit = await repos.audit.recent()
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ actor: 'Practice manager', action: 'import-certificate' })
    expect(audit[0]?.detail).toContain('0123-4567-89AB-Y')
    expect(audit[0]?.detail).toContain('learner added')
  })

  it('files the certificate under a learner already on this PC without changing them', async () => {
    const repos = await testRepositories()
    const local = await repos.learners.create({ name: 'Zoë Local-Name', role: 'admin', practice: 'Here Surgery' })
    const result = await repos.certificates.importVerified(await issued({ learnerId: local.id }), 'Practice manager')
    expect(result.outcome === 'imported' && result.learnerCreated).toBe(false)
    expect(await repos.learners.get(local.id)).toEqual(local)
    expect(await repos.certificates.forLearner(local.id)).toHaveLength(1)
  })

  it('says "already present" for a code already on this PC and writes nothing', async () => {
    const repos = await testRepositories()
    const first = await repos.certificates.importVerified(await issued(), 'Practice manager')
    const again = await repos.certificates.importVerified(await issued({ learnerId: 'someone-else', name: 'Other Person' }), 'Practice manager')
    expect(again.outcome).toBe('already-present')
    expect(again.certificate).toEqual(first.certificate)
    expect(await repos.learners.get('someone-else')).toBeUndefined()
    expect(await repos.certificates.all()).toHaveLength(1)
    expect(await repos.audit.recent()).toHaveLength(1)
  })
})

describe('a certificate arriving both from its PDF and in its learner’s passport', () => {
  /** A learner on "their own PC" with the certificate as issued there, and their passport. */
  async function learnerWithCertificate() {
    const home = await testRepositories()
    const learner = await home.learners.create({ name: 'Zoë Testperson', role: 'locum', practice: 'Synthetic Surgery' })
    const certificate = await issued({ learnerId: learner.id })
    await home.certificates.add({ id: 'original-id', learnerId: learner.id, code: certificate.payload.code, kind: 'locum-refresher', issuedAt: '2026-02-10T10:00:00.000Z', refreshBy: certificate.payload.refreshBy, record: certificate })
    const passport = await home.passports.exportPassport(learner.id, { exportedAt: new Date(), app: { name: 'e-RS Trainer', version: '0.1.0' }, contentVersion: '1.0.0' })
    return { certificate, passport }
  }

  it('PDF first, then the passport: the passport imports without a clash and the certificate is not duplicated', async () => {
    const { certificate, passport } = await learnerWithCertificate()
    const manager = await testRepositories()
    await manager.certificates.importVerified(certificate, 'Practice manager')
    const result = await manager.passports.importPassport(passport, 'Practice manager')
    expect(result.ok).toBe(true)
    expect(await manager.certificates.all()).toHaveLength(1)
    expect((await manager.passports.importPassport(passport, 'Practice manager')).ok && true).toBe(true)
  })

  it('passport first, then the PDF: the PDF is already present', async () => {
    const { certificate, passport } = await learnerWithCertificate()
    const manager = await testRepositories()
    expect((await manager.passports.importPassport(passport, 'Practice manager')).ok).toBe(true)
    expect((await manager.certificates.importVerified(certificate, 'Practice manager')).outcome).toBe('already-present')
    expect((await manager.certificates.all()).map((c) => c.id)).toEqual(['original-id'])
  })

  it('a different certificate reusing the code still clashes', async () => {
    const { passport } = await learnerWithCertificate()
    const manager = await testRepositories()
    const impostor = await issued({ learnerId: passport.learner.id, name: 'Someone Else' })
    await manager.certificates.importVerified(impostor, 'Practice manager')
    const result = await manager.passports.importPassport(passport, 'Practice manager')
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.message).toMatch(/already used by a different certificate/)
  })
})

describe('AuditRepository.withEntries', () => {
  it('saves the change and its entries together, newest first', async () => {
    const repos = await testRepositories()
    await repos.audit.withEntries([{ actor: 'Practice manager', action: 'settings-change', detail: 'Pass mark: 80% → 85%' }], () => repos.settings.write('passMarkPercent', 85))
    await repos.audit.withEntries(
      (n: number) => [{ actor: 'Practice manager', action: 'settings-change', detail: `changed ${n}` }],
      async () => {
        await repos.settings.write('refresherIntervalMonths', 6)
        return 1
      },
    )
    expect((await repos.settings.read()).settings).toMatchObject({ passMarkPercent: 85, refresherIntervalMonths: 6 })
    expect((await repos.audit.recent()).map((e) => e.detail)).toEqual(['changed 1', 'Pass mark: 80% → 85%'])
  })

  it('writes neither the change nor the entry when the change fails part-way', async () => {
    const repos = await testRepositories()
    await expect(
      repos.audit.withEntries([{ actor: 'Practice manager', action: 'settings-change', detail: 'two settings' }], async () => {
        await repos.settings.write('passMarkPercent', 90)
        await repos.settings.write('passMarkPercent', 10)
      }),
    ).rejects.toThrow()
    expect((await repos.settings.read()).settings.passMarkPercent).toBe(80)
    expect(await repos.audit.recent()).toEqual([])
  })
})
