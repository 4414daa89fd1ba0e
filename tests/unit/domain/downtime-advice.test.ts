import { describe, expect, it } from 'vitest'
import contactsData from '../../../content/reference/contacts.yaml'
import downtimeData from '../../../content/reference/downtime.yaml'
import { contactsSchema, downtimeProtocolSchema, type Contact } from '../../../src/content/schema'
import { adviceAddresses, DOWNTIME_STAGES, downtimeAdvice as adviceFrom, type DowntimeStage } from '../../../src/domain/downtime-advice'

const contacts = contactsSchema.parse(contactsData).contacts
const protocol = downtimeProtocolSchema.parse(downtimeData)
const downtimeAdvice = (stage: DowntimeStage, from: Contact[]) => adviceFrom(stage, protocol, from)

/** The choices as the learner sees them: "How long has e-RS been down?" */
const STAGE_LABELS: Record<DowntimeStage, string> = {
  'first-24h': 'Less than 24 hours',
  'after-24h': 'More than 24 hours (up to 5 working days)',
  'after-5wd': 'More than 5 working days',
  restored: 'e-RS is back (restored)',
  local: 'Only our practice, or a few practices (local issue)',
  wider: 'Wider incident (for example, a cyber-attack or power outage)',
  'web-based': 'e-RS is working, but will not open from our clinical system (Optum or Vision)',
}

/** Every address the pack's e-RS Downtime Protocol lists, stage by stage, copied from the pack. */
const PACK_ADDRESSES: Record<DowntimeStage, string[]> = {
  'web-based': [],
  'first-24h': [],
  'after-24h': [
    'gstt.2wwgstt@nhs.net',
    'gstt.2wwoffice@nhs.net',
    'gstt.gstters@nhs.net',
    'kch-tr.2weekwaitopacdh@nhs.net',
    'kch-tr.br-2weekwait@nhs.net',
    'LG.2WWLGT@nhs.net',
    'Dgn-tr.cancerreferral-dvh@nhs.net',
    'Kelly.loftman@nhs.net',
  ],
  'after-5wd': [
    'kch-tr.kchreferrals@nhs.net',
    'kch-tr.br-referrals@nhs.net',
    'lg.qereferrals@nhs.net',
    'lg.lewishamreferrals@nhs.net',
    'dgn-tr.bcpersreferral@nhs.net',
  ],
  restored: [],
  local: [],
  wider: [],
}

const sorted = (list: string[]): string[] => [...list].sort()

describe('downtime advice: addresses per stage', () => {
  for (const stage of DOWNTIME_STAGES) {
    it(`${stage}: shows exactly the addresses the pack lists for that stage, character for character`, () => {
      const advice = downtimeAdvice(stage, contacts)
      expect(advice.missingContactIds).toEqual([])
      expect(sorted(adviceAddresses(advice))).toEqual(sorted(PACK_ADDRESSES[stage]))
    })
  }

  it('no address from one stage leaks into another', () => {
    for (const stage of DOWNTIME_STAGES) {
      const shown = new Set(adviceAddresses(downtimeAdvice(stage, contacts)))
      for (const other of DOWNTIME_STAGES) {
        if (other === stage) continue
        for (const address of PACK_ADDRESSES[other]) expect(shown.has(address), `${address} (${other}) shown for ${stage}`).toBe(false)
      }
    }
  })

  it('after 5 working days shows no 2WW address: the pack lists none for that stage', () => {
    const advice = downtimeAdvice('after-5wd', contacts)
    for (const address of PACK_ADDRESSES['after-24h']) expect(adviceAddresses(advice)).not.toContain(address)
    expect(advice.email?.heading).toBe('Email addresses for urgent and routine referrals')
  })

  it('GSTT 2WW: sent to two addresses with gstt.gstters@nhs.net copied in', () => {
    const gstt = downtimeAdvice('after-24h', contacts).email?.routes.find((r) => r.contactId === 'downtime-2ww-gstt')
    expect(gstt).toMatchObject({ provider: 'GSTT', to: ['gstt.2wwgstt@nhs.net', 'gstt.2wwoffice@nhs.net'], cc: ['gstt.gstters@nhs.net'] })
  })

  it('Darent Valley 2WW: both addresses are "to", with the pack\'s "send to both"', () => {
    const dvh = downtimeAdvice('after-24h', contacts).email?.routes.find((r) => r.contactId === 'downtime-2ww-dvh')
    expect(dvh).toMatchObject({
      to: ['Dgn-tr.cancerreferral-dvh@nhs.net', 'Kelly.loftman@nhs.net'],
      cc: [],
      instruction: 'Send to both addresses.',
    })
  })

  it('GSTT after 5 working days: no address, but where to find one (specialty pages on the GSTT and Evelina websites)', () => {
    const gstt = downtimeAdvice('after-5wd', contacts).email?.routes.find((r) => r.contactId === 'downtime-referrals-gstt')
    expect(gstt?.to).toEqual([])
    expect(gstt?.instruction).toMatch(/specialty pages of the GSTT and Evelina websites/)
  })

  it('names every provider route with its site, in the pack order', () => {
    expect(downtimeAdvice('after-24h', contacts).email?.routes.map((r) => r.provider)).toEqual([
      'GSTT',
      'KCH (Denmark Hill)',
      'KCH (PRUH & South Sites)',
      'LGT (QEH and UHL sites)',
      'Darent Valley Hospital',
    ])
    expect(downtimeAdvice('after-5wd', contacts).email?.routes.map((r) => r.provider)).toEqual([
      'GSTT',
      'KCH (Denmark Hill)',
      'KCH (PRUH & South Sites)',
      'LGT (QEH)',
      'LGT (UHL)',
      'Darent Valley Hospital',
    ])
  })
})

describe('downtime advice: what to do', () => {
  it('first 24 hours: hold all referrals and keep a log; nothing goes by email', () => {
    const advice = downtimeAdvice('first-24h', contacts)
    expect(advice.email).toBeUndefined()
    expect(advice.practice.join(' ')).toMatch(/Hold all referrals until e-RS is restored/)
    expect(advice.practice.join(' ')).toMatch(/log of all referrals/)
    expect(advice.icb.join(' ')).toMatch(/GSTT, KCH, LGT, Oxleas/)
  })

  it('after 24 hours: 2WW by email, urgent and routine still held, reason in the email body', () => {
    const advice = downtimeAdvice('after-24h', contacts)
    expect(advice.practice.join(' ')).toMatch(/Continue to hold urgent and routine referrals/)
    expect(advice.practice.join(' ')).toMatch(/pan London cancer referral forms/)
    expect(advice.email?.bodyNote).toMatch(/e-RS downtime for over 24 hours/)
  })

  it('after 5 working days: the reason names 5 working days', () => {
    expect(downtimeAdvice('after-5wd', contacts).email?.bodyNote).toMatch(/e-RS downtime for over 5 working days/)
  })

  it('restored: back to e-RS; emailed referrals are no longer accepted', () => {
    const text = downtimeAdvice('restored', contacts).practice.join(' ')
    expect(text).toMatch(/Go back to making referrals through e-RS/)
    expect(text).toMatch(/will now not be accepted/)
  })

  it('local issue: the Primary Care IT Facilitator, a role with no address', () => {
    const advice = downtimeAdvice('local', contacts)
    expect(advice.roleContacts).toEqual([
      expect.objectContaining({ contactId: 'primary-care-it-facilitator', name: 'Primary Care IT Facilitator' }),
    ])
    expect(advice.practice.join(' ')).toMatch(/NHS England/)
  })

  it('wider incident: the business continuity plans', () => {
    expect(downtimeAdvice('wider', contacts).practice.join(' ')).toMatch(
      /ICB's business continuity plan.*practice's business continuity plan.*providers' business continuity plans/,
    )
  })

  it('web-based: use web e-RS and record the UBRN by hand', () => {
    const text = downtimeAdvice('web-based', contacts).practice.join(' ')
    expect(text).toMatch(/https:\/\/ers\.nhs\.uk\/main/)
    expect(text).toMatch(/Record the UBRN in the patient's record by hand/)
  })

  it('every stage has a label and cites a pack section', () => {
    for (const stage of DOWNTIME_STAGES) {
      const advice = downtimeAdvice(stage, contacts)
      expect(advice.label).toBe(STAGE_LABELS[stage])
      expect(advice.packSections.length).toBeGreaterThan(0)
      expect(advice.practice.length).toBeGreaterThan(0)
    }
  })
})

describe('downtime advice: takes its addresses from the contacts it is given', () => {
  it('uses the contact list passed in, not a copy of its own', () => {
    const edited: Contact[] = contacts.map((c) => (c.id === 'downtime-2ww-kch-dh' ? { ...c, email: ['changed@nhs.net'] } : c))
    expect(adviceAddresses(downtimeAdvice('after-24h', edited))).toContain('changed@nhs.net')
    expect(adviceAddresses(downtimeAdvice('after-24h', edited))).not.toContain('kch-tr.2weekwaitopacdh@nhs.net')
  })

  it('reports contact ids it needs but cannot find, and leaves those routes out', () => {
    const withoutLgt = contacts.filter((c) => c.id !== 'downtime-referrals-lgt-qeh')
    const advice = downtimeAdvice('after-5wd', withoutLgt)
    expect(advice.missingContactIds).toEqual(['downtime-referrals-lgt-qeh'])
    expect(adviceAddresses(advice)).not.toContain('lg.qereferrals@nhs.net')
  })

  it('refuses a stage the protocol it is given does not have', () => {
    expect(() => adviceFrom('wider', { ...protocol, stages: protocol.stages.filter((s) => s.id !== 'wider') }, contacts)).toThrow(/no stage "wider"/)
  })

  it('does not share arrays between calls', () => {
    const a = downtimeAdvice('after-24h', contacts)
    a.practice.push('changed')
    expect(downtimeAdvice('after-24h', contacts).practice).not.toContain('changed')
  })
})
