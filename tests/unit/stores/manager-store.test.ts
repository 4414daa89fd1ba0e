/**
 * Manager mode on a fake IndexedDB: setting the PIN, unlocking, the lockout (which survives a
 * reload), the idle timeout, permissions on other learners' records, settings changes with their
 * audit lines, and importing records (passports and certificate PDFs) from other PCs.
 */
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { buildCertificatePayload, certificateDigest, type CertificatePayload } from '../../../src/domain/certificate'
import { renderCertificatePdf } from '../../../src/domain/certificate-pdf'
import { formFromSettings, checkPracticeSettings } from '../../../src/domain/practice-settings'
import { serialisePassport } from '../../../src/domain/passport'
import type { PlatformApi } from '../../../src/platform'
import { setServices } from '../../../src/stores/services'
import { useAppStore } from '../../../src/stores/use-app-store'
import { useContentStore } from '../../../src/stores/use-content-store'
import { useLearnersStore } from '../../../src/stores/use-learners-store'
import { useManagerSessionStore } from '../../../src/stores/use-manager-session-store'
import { useManagerStore } from '../../../src/stores/use-manager-store'
import { freshFactory, testRepositories } from '../db/test-db'
import { certificateFonts } from '../support/fonts'

const PIN = '482916'
const saved: Array<{ name: string; bytes: Uint8Array }> = []
const platform: PlatformApi = {
  kind: 'browser',
  saveFile: async (name, bytes) => {
    saved.push({ name, bytes })
    return { saved: true, location: 'Downloads' }
  },
  openFiles: async () => [],
  appVersion: async () => '1.0.0-test',
  openExternal: async () => false,
}

/** A fresh app session on the given "disk": like reloading the window. */
async function session(factory: ReturnType<typeof freshFactory>) {
  setActivePinia(createPinia())
  const repos = await testRepositories(factory)
  setServices({ repos, platform })
  await useAppStore().start()
  await useLearnersStore().load()
  return { repos, app: useAppStore(), manager: useManagerSessionStore(), data: useManagerStore(), learners: useLearnersStore() }
}

const at = (iso: string): void => void vi.setSystemTime(new Date(iso))

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  at('2026-03-02T09:00:00.000Z')
  saved.length = 0
})
afterEach(() => vi.useRealTimers())

describe('manager session', () => {
  it('a wrong PIN is audited with the learner chosen in the menu, or none', async () => {
    const s = await session(freshFactory())
    await s.manager.setFirstPin(PIN)
    await s.manager.lock()
    await s.manager.unlock('000001')
    const ann = await s.learners.create({ name: 'Ann Example', role: 'admin', practice: 'P' })
    await s.learners.switchTo(ann.id)
    await s.manager.unlock('000002')
    const failures = (await s.repos.audit.recent()).filter((e) => e.action === 'manager-unlock-failed').map((e) => e.detail)
    expect(failures.sort()).toEqual([
      'Wrong PIN to unlock manager mode (1 of 5 tries; no learner selected in the menu)',
      'Wrong PIN to unlock manager mode (2 of 5 tries; learner selected in the menu: Ann Example)',
    ])
  })

  it('the first time, sets the PIN as a salted hash, opens manager mode and audits it', async () => {
    const s = await session(freshFactory())
    expect(s.manager.hasPin).toBe(false)
    expect(s.manager.sessionActive()).toBe(false)
    expect(await s.manager.unlock(PIN)).toEqual({ ok: false, reason: 'no-pin' })
    await expect(s.manager.setFirstPin('123456')).rejects.toThrow(/straight run/)
    await s.manager.setFirstPin(PIN)
    expect(s.manager.hasPin).toBe(true)
    expect(s.manager.sessionActive()).toBe(true)
    const stored = (await s.repos.settings.read()).settings.managerPin
    expect(stored).toMatchObject({ algorithm: 'PBKDF2-SHA256' })
    expect(JSON.stringify(stored)).not.toContain(PIN)
    await expect(s.manager.setFirstPin('739251')).rejects.toMatchObject({ reason: 'pin-already-set', code: 'conflict' })
    expect((await s.repos.audit.recent()).map((e) => e.action)).toEqual(['manager-pin-set'])
  })

  it('locks after five wrong PINs, keeps the lock across a reload, and opens after five minutes', async () => {
    const factory = freshFactory()
    const first = await session(factory)
    await first.manager.setFirstPin(PIN)
    await first.manager.lock()
    expect(first.manager.sessionActive()).toBe(false)

    for (let left = 4; left >= 1; left--) expect(await first.manager.unlock('000001')).toEqual({ ok: false, reason: 'wrong', triesLeft: left })
    expect(await first.manager.unlock('000001')).toEqual({ ok: false, reason: 'locked', minutesLeft: 5, justLocked: true })
    // The right PIN is not even tried while locked.
    expect(await first.manager.unlock(PIN)).toEqual({ ok: false, reason: 'locked', minutesLeft: 5, justLocked: false })

    at('2026-03-02T09:02:30.000Z')
    const reloaded = await session(factory)
    expect(reloaded.manager.sessionActive()).toBe(false)
    expect(reloaded.manager.lockNow()).toEqual({ locked: true, minutesLeft: 3 })
    expect(await reloaded.manager.unlock(PIN)).toEqual({ ok: false, reason: 'locked', minutesLeft: 3, justLocked: false })

    at('2026-03-02T09:05:01.000Z')
    expect(await reloaded.manager.unlock(PIN)).toEqual({ ok: true })
    expect(reloaded.manager.sessionActive()).toBe(true)
    expect((await reloaded.repos.settings.read()).settings.managerLockout).toEqual({ failedAttempts: 0, lockedUntil: null })

    const actions = (await reloaded.repos.audit.recent()).map((e) => e.action)
    expect(actions).toEqual([
      'manager-unlock',
      'manager-lockout',
      'manager-unlock-failed',
      'manager-unlock-failed',
      'manager-unlock-failed',
      'manager-unlock-failed',
      'manager-unlock-failed',
      'manager-lock',
      'manager-pin-set',
    ])
  })

  it('wrong tries count across reloads (a reload does not reset the count)', async () => {
    const factory = freshFactory()
    const first = await session(factory)
    await first.manager.setFirstPin(PIN)
    for (let i = 0; i < 3; i++) await first.manager.unlock('000001')
    const reloaded = await session(factory)
    expect(await reloaded.manager.unlock('000001')).toEqual({ ok: false, reason: 'wrong', triesLeft: 1 })
    expect(await reloaded.manager.unlock('000001')).toMatchObject({ ok: false, reason: 'locked', justLocked: true })
  })

  it('the session is memory only: a reload ends it', async () => {
    const factory = freshFactory()
    const first = await session(factory)
    await first.manager.setFirstPin(PIN)
    expect(first.manager.sessionActive()).toBe(true)
    const reloaded = await session(factory)
    expect(reloaded.manager.hasPin).toBe(true)
    expect(reloaded.manager.sessionActive()).toBe(false)
  })

  it('ends after 15 minutes without use; any use before then keeps it open', async () => {
    const s = await session(freshFactory())
    await s.manager.setFirstPin(PIN)
    at('2026-03-02T09:14:00.000Z')
    s.manager.touch()
    at('2026-03-02T09:28:59.000Z')
    expect(s.manager.sessionActive()).toBe(true)
    at('2026-03-02T09:29:00.000Z')
    expect(s.manager.sessionActive()).toBe(false)
    expect(s.manager.lockedBecause).toBe('idle')
    await vi.waitFor(async () => expect((await s.repos.audit.recent())[0]?.detail).toMatch(/15 minutes without use/))
  })

  it('changes the PIN only with the current one', async () => {
    const s = await session(freshFactory())
    await s.manager.setFirstPin(PIN)
    expect(await s.manager.changePin('000001', '739251')).toEqual({ ok: false, reason: 'wrong', triesLeft: 4 })
    expect(await s.manager.changePin(PIN, '739251')).toEqual({ ok: true })
    await s.manager.lock()
    expect(await s.manager.unlock(PIN)).toMatchObject({ ok: false, reason: 'wrong' })
    expect(await s.manager.unlock('739251')).toEqual({ ok: true })
    expect((await s.repos.audit.recent()).map((e) => e.action)).toContain('manager-pin-changed')
  })
})

describe('learners and manager mode', () => {
  it('a learner may edit only their own profile; archiving needs manager mode and is audited', async () => {
    const s = await session(freshFactory())
    const other = await s.learners.create({ name: 'Other Testperson', role: 'admin', practice: 'P' })
    const me = await s.learners.create({ name: 'Me Testperson', role: 'admin', practice: 'P' })
    await s.learners.update(me.id, { name: 'Me Renamed' })
    await expect(s.learners.update(other.id, { name: 'Hacked' })).rejects.toMatchObject({ reason: 'manager-locked', code: 'locked' })
    await expect(s.learners.setArchived(other.id, true)).rejects.toMatchObject({ reason: 'manager-locked', code: 'locked' })
    expect((await s.repos.learners.get(other.id))?.name).toBe('Other Testperson')
    expect(await s.repos.audit.recent()).toEqual([])

    await s.manager.setFirstPin(PIN)
    await s.learners.update(other.id, { name: 'Other Renamed' })
    await s.learners.setArchived(other.id, true)
    await s.learners.setArchived(other.id, false)
    const audit = await s.repos.audit.recent()
    expect(audit.map((e) => e.action)).toEqual(['learner-restore', 'learner-archive', 'learner-edit', 'manager-pin-set'])
    expect(audit[2]?.detail).toContain('“Other Testperson” → “Other Renamed”')
  })
})

describe('manager data', () => {
  it('refuses to read the team, export or change settings while locked', async () => {
    const s = await session(freshFactory())
    await expect(s.data.loadTeam()).rejects.toMatchObject({ reason: 'manager-locked', code: 'locked' })
    await expect(s.data.importRecordFiles([])).rejects.toMatchObject({ reason: 'manager-locked', code: 'locked' })
    await expect(s.data.loadAuditLog()).rejects.toMatchObject({ reason: 'manager-locked', code: 'locked' })
  })

  it('saves changed settings with one audit line each, old → new, and leaves the rest alone', async () => {
    const s = await session(freshFactory())
    await s.manager.setFirstPin(PIN)
    const bundle = await useContentStore().ensureLoaded()
    if (!bundle) throw new Error('content did not load')
    const form = formFromSettings(s.app.settings)
    form.practiceName = 'Synthetic Surgery'
    form.passMark = '85'
    form.mandatory.admin = { mode: 'chosen', modules: ['m09-access-codes', 'm01-smartcards'] }
    const check = checkPracticeSettings(
      form,
      bundle.modules.map((m) => m.id),
    )
    if (!check.ok) throw new Error(JSON.stringify(check.errors))
    const lines = await s.data.saveSettings(check.settings)
    expect(lines).toEqual([
      'Practice name: (blank) → “Synthetic Surgery”',
      'Pass mark: 80% → 85%',
      'Mandatory modules for admin: all modules for the role → Getting started: smartcards and access; Patient access codes',
    ])
    expect(s.app.settings).toMatchObject({ practiceName: 'Synthetic Surgery', passMarkPercent: 85, refresherIntervalMonths: 12 })
    expect(s.app.settings.mandatoryModules.admin).toEqual(['m01-smartcards', 'm09-access-codes'])
    const reloaded = (await s.repos.settings.read()).settings
    expect(reloaded.passMarkPercent).toBe(85)
    const audit = (await s.repos.audit.recent()).filter((e) => e.action === 'settings-change')
    expect(audit.map((e) => e.detail).sort()).toEqual([...lines].sort())
    expect(await s.data.saveSettings(check.settings)).toEqual([])
  })

  it('builds the dashboard from the whole tables and exports the filtered rows as CSV', async () => {
    const s = await session(freshFactory())
    await s.learners.create({ name: 'Ann Testperson', role: 'admin', practice: 'Synthetic Surgery' })
    await s.learners.create({ name: 'Ben Testperson', role: 'locum', practice: 'Synthetic Surgery' })
    await s.manager.setFirstPin(PIN)
    await s.data.loadTeam()
    expect(s.data.dashboard?.rows.map((r) => r.name)).toEqual(['Ann Testperson', 'Ben Testperson'])
    const message = await s.data.exportCsv(s.data.dashboard?.rows.slice(0, 1) ?? [])
    expect(message).toMatch(/^Saved ers-trainer-dashboard-practice-\d{4}-\d{2}-\d{2}\.csv to Downloads\.$/)
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(saved[0]?.bytes)
    expect(text.startsWith('\uFEFFName,Role,')).toBe(true)
    expect(text).toContain('Ann Testperson')
    expect(text).not.toContain('Ben Testperson')
    expect((await s.repos.audit.recent())[0]).toMatchObject({ action: 'export-dashboard' })
  })
})

describe('importing records from other PCs', () => {
  async function certificatePdf(payload: CertificatePayload): Promise<Uint8Array> {
    return renderCertificatePdf(payload, await certificateDigest(payload), certificateFonts())
  }
  const payload = buildCertificatePayload({
    code: '0123-4567-89AB-Y',
    kind: 'induction',
    learner: { id: 'learner-from-elsewhere', name: 'Łucja Testperson', role: 'clinician', practice: 'Other Surgery' },
    completedModules: ['Getting started: smartcards and access'],
    scorePercent: 92,
    issuedOn: '2026-01-05',
    contentVersion: '1.0.0',
    appVersion: '0.1.0',
  })

  it('imports a verified certificate PDF (creating the learner), then says "already present"; refuses a tampered one and writes nothing', async () => {
    const s = await session(freshFactory())
    await s.manager.setFirstPin(PIN)
    const good = await certificatePdf(payload)
    const tampered = good.slice()
    // Change the printed-record copy inside the PDF: the embedded record no longer reads back.
    const text = new TextDecoder('latin1').decode(tampered)
    const stream = text.indexOf('stream', text.indexOf('/Type /EmbeddedFile'))
    for (let offset = 20; offset < 30; offset++) tampered[stream + offset] = (tampered[stream + offset] ?? 0) ^ 0x5a

    const progress: string[] = []
    const refused = await s.data.importRecordFiles([{ name: 'tampered.pdf', bytes: tampered }], (d, t) => progress.push(`${d} of ${t}`))
    expect(refused).toEqual([expect.objectContaining({ fileName: 'tampered.pdf', outcome: 'refused', kind: 'certificate' })])
    expect(refused[0]?.reasons).toEqual(['This file is not an e-RS Trainer certificate (no embedded record).'])
    expect(progress).toEqual(['1 of 1'])
    expect(await s.repos.certificates.all()).toEqual([])
    expect(await s.repos.learners.list({ includeArchived: true })).toEqual([])
    expect((await s.repos.audit.recent()).map((e) => e.action)).toEqual(['manager-pin-set'])

    const results = await s.data.importRecordFiles([
      { name: 'certificate.pdf', bytes: good },
      { name: 'notes.txt', bytes: new TextEncoder().encode('hello') },
    ])
    expect(results.map((r) => [r.fileName, r.outcome])).toEqual([
      ['certificate.pdf', 'imported'],
      ['notes.txt', 'refused'],
    ])
    expect(results[0]?.message).toContain('Łucja Testperson was added to this PC')
    expect(s.learners.learners.map((l) => l.name)).toEqual(['Łucja Testperson'])
    await s.data.loadTeam()
    expect(s.data.dashboard?.rows[0]).toMatchObject({ name: 'Łucja Testperson', induction: 'completed', refreshBy: '2027-01-05' })

    const again = await s.data.importRecordFiles([{ name: 'certificate.pdf', bytes: good }])
    expect(again[0]?.outcome).toBe('already-present')
    expect(await s.repos.certificates.all()).toHaveLength(1)
  })

  it('imports passports as the practice manager, in the order given with the PDFs', async () => {
    const elsewhere = await session(freshFactory())
    const learner = await elsewhere.learners.create({ name: 'Passport Testperson', role: 'admin', practice: 'Other Surgery' })
    const passport = await elsewhere.repos.passports.exportPassport(learner.id, { exportedAt: new Date(), app: { name: 'e-RS Trainer', version: '1.0.0' }, contentVersion: '1.0.0' })
    const bytes = new TextEncoder().encode(serialisePassport(passport))

    const s = await session(freshFactory())
    await s.manager.setFirstPin(PIN)
    const results = await s.data.importRecordFiles([
      { name: 'bad.pdf', bytes: new TextEncoder().encode('not a pdf') },
      { name: 'passport.json', bytes },
      { name: 'passport-copy.json', bytes },
    ])
    expect(results.map((r) => [r.fileName, r.outcome])).toEqual([
      ['bad.pdf', 'refused'],
      ['passport.json', 'imported'],
      ['passport-copy.json', 'already-present'],
    ])
    expect(results[0]?.reasons).toEqual(['This file is not a PDF.'])
    const passportAudit = (await s.repos.audit.recent()).find((e) => e.action === 'import-passport')
    expect(passportAudit?.actor).toBe('Practice manager')
  })
})
