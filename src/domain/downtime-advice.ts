/**
 * The Reference screen's downtime helper: what to do at a stage of an e-RS outage. The wording comes
 * from content/reference/downtime.yaml (the pack's e-RS Downtime Protocol); the addresses are picked
 * from the contacts list by id, so there is one copy of every address in the app.
 */
import { DOWNTIME_STAGES, type DowntimeProtocol, type DowntimeStage } from '../content/schema'
import type { ContentBundle } from '../content/validate'

export { DOWNTIME_STAGES, type DowntimeStage }

type Contacts = ContentBundle['contacts']

/** One provider's email route for a stage. */
export interface EmailRoute {
  /** The contacts.yaml id the addresses come from. */
  contactId: string
  /** "KCH (Denmark Hill)". */
  provider: string
  to: string[]
  /** Addresses to copy in. */
  cc: string[]
  /** How to send, when the pack says more than "send to": both addresses, or where to find them. */
  instruction?: string
}

export interface EmailSection {
  /** Which referrals go by email at this stage. */
  heading: string
  routes: EmailRoute[]
  /** What to write in the body of the email. */
  bodyNote: string
}

/** A contact that is a role, not an address (for example the Primary Care IT Facilitator). */
export interface RoleContact {
  contactId: string
  name: string
  note?: string
}

export interface DowntimeAdvice {
  stage: DowntimeStage
  label: string
  /** pack.yaml section ids the advice comes from. */
  packSections: string[]
  /** What the ICB (and providers) do at this stage. */
  icb: string[]
  /** What the practice does now. */
  practice: string[]
  email?: EmailSection
  roleContacts: RoleContact[]
  notes: string[]
  /** Contact ids the advice needs but the contacts list does not have (content out of step). */
  missingContactIds: string[]
}

function providerName(organisation: string, scope: string | undefined): string {
  return scope ? `${organisation} (${scope})` : organisation
}

/** What to do at a stage of an e-RS outage, as `protocol` gives it, with the addresses taken from `contacts`. */
export function downtimeAdvice(stage: DowntimeStage, protocol: DowntimeProtocol, contacts: Contacts): DowntimeAdvice {
  const spec = protocol.stages.find((s) => s.id === stage)
  if (!spec) throw new RangeError(`the downtime protocol has no stage "${stage}"`)
  const byId = new Map(contacts.map((c) => [c.id, c]))
  const missingContactIds: string[] = []

  let email: EmailSection | undefined
  if (spec.email) {
    const routes: EmailRoute[] = []
    for (const r of spec.email.routes) {
      const contact = byId.get(r.contact)
      if (!contact) {
        missingContactIds.push(r.contact)
        continue
      }
      const ccWanted = new Set((r.cc ?? []).map((a) => a.toLowerCase()))
      const addresses = contact.email ?? []
      routes.push({
        contactId: contact.id,
        provider: providerName(contact.organisation, contact.scope),
        to: addresses.filter((a) => !ccWanted.has(a.toLowerCase())),
        cc: addresses.filter((a) => ccWanted.has(a.toLowerCase())),
        ...(r.instruction ? { instruction: r.instruction } : {}),
      })
    }
    email = { heading: spec.email.heading, routes, bodyNote: spec.email.bodyNote }
  }

  const roleContacts: RoleContact[] = []
  for (const id of spec.roleContacts ?? []) {
    const contact = byId.get(id)
    if (!contact) {
      missingContactIds.push(id)
      continue
    }
    roleContacts.push({
      contactId: contact.id,
      name: contact.name ?? contact.organisation,
      ...(contact.note ? { note: contact.note } : {}),
    })
  }

  return {
    stage,
    label: spec.label,
    packSections: [...spec.packSections],
    icb: [...(spec.icb ?? [])],
    practice: [...spec.practice],
    ...(email ? { email } : {}),
    roleContacts,
    notes: [...(spec.notes ?? [])],
    missingContactIds,
  }
}

/** Every email address the advice shows (to and cc), in order. */
export function adviceAddresses(advice: DowntimeAdvice): string[] {
  return advice.email ? advice.email.routes.flatMap((r) => [...r.to, ...r.cc]) : []
}
