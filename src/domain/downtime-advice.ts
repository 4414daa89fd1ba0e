/**
 * The Reference screen's downtime helper: what to do now, stage by stage, as the e-RS Information
 * Pack v4.1 "e-RS Downtime Protocol" section gives it. Pure data and logic: the email addresses
 * are not written here but picked from the contacts list (content/reference/contacts.yaml) by id,
 * so there is one copy of every address in the app.
 *
 * Deliberately says no more than the pack. In particular, "After 5 working days" lists addresses
 * for urgent and routine referrals only: the pack says 2WW referrals go by email at that stage but
 * lists no 2WW addresses under it, so none are added here.
 */
import type { ContentBundle } from '../content/validate'

/** In the order the helper offers them: how long e-RS has been down, then the other situations the protocol covers. */
export const DOWNTIME_STAGES = ['first-24h', 'after-24h', 'after-5wd', 'restored', 'local', 'wider', 'web-based'] as const
export type DowntimeStage = (typeof DOWNTIME_STAGES)[number]

/** The choices as the learner sees them: "How long has e-RS been down?" */
export const DOWNTIME_STAGE_LABELS: Readonly<Record<DowntimeStage, string>> = {
  'first-24h': 'Less than 24 hours',
  'after-24h': 'More than 24 hours (up to 5 working days)',
  'after-5wd': 'More than 5 working days',
  restored: 'e-RS is back (restored)',
  local: 'Only our practice, or a few practices (local issue)',
  wider: 'Wider incident (for example, a cyber-attack or power outage)',
  'web-based': 'e-RS is working, but will not open from our clinical system (Optum or Vision)',
}

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

interface RouteSpec {
  contactId: string
  /** Addresses in the contact that are copied in rather than sent to (matched ignoring case). */
  cc?: string[]
  instruction?: string
}

interface StageSpec {
  packSections: string[]
  icb: string[]
  practice: string[]
  email?: { heading: string; routes: RouteSpec[]; bodyNote: string }
  roleContactIds?: string[]
  notes?: string[]
}

const STAGES: Readonly<Record<DowntimeStage, StageSpec>> = {
  'web-based': {
    packSections: ['downtime-web'],
    icb: [
      'When it becomes aware of this, the ICB tells practices to use the web-based version of e-RS, by email to all practice managers.',
      'The ICB also tells practices when the links with Optum and/or Vision have been restored.',
    ],
    practice: [
      'Use the web-based version of e-RS: https://ers.nhs.uk/main (log in with your smartcard).',
      "Record the UBRN in the patient's record by hand. Changes made in web-based e-RS do not sync back to the patient's record automatically.",
    ],
    notes: [
      'If e-RS itself has failed (true downtime), the ICB will contact GP practices to advise of next steps. Choose how long e-RS has been down instead.',
    ],
  },
  'first-24h': {
    packSections: ['downtime-first-24h'],
    icb: [
      'In a true e-RS downtime, the ICB contacts GP practices to advise of next steps.',
      'The ICB emails the practice manager distribution list to say that e-RS is down and to hold all referrals until the system is restored.',
      'ICB e-RS subject matter experts liaise with the Primary Care team so that support is there for GP practices if needed.',
      'The ICB liaises with local providers (GSTT, KCH, LGT, Oxleas) so that arrangements are in place should the downtime continue after 24 hours.',
    ],
    practice: [
      'Hold all referrals until e-RS is restored.',
      'Keep a log of all referrals that need to be made once e-RS becomes available.',
    ],
  },
  'after-24h': {
    packSections: ['downtime-after-24h'],
    icb: [
      'The ICB and the provider hold a daily call and agree joint communications.',
      'The ICB emails the practice manager to say that, because e-RS is still down, Urgent Suspected Cancer (2WW) referrals should be made by email, and urgent and routine referrals should still be held.',
    ],
    practice: [
      "Send Urgent Suspected Cancer (2WW) referrals by email to the provider's address below.",
      'Keep using the pan London cancer referral forms for Urgent Suspected Cancer (2WW) referrals.',
      'Continue to hold urgent and routine referrals.',
      'Local providers will contact patients to arrange and book appointments.',
    ],
    email: {
      heading: 'Email addresses for Urgent Suspected Cancer (2WW) referrals',
      routes: [
        {
          contactId: 'downtime-2ww-gstt',
          cc: ['gstt.gstters@nhs.net'],
          instruction: 'Send to both addresses and copy in (cc) gstt.gstters@nhs.net.',
        },
        { contactId: 'downtime-2ww-kch-dh' },
        { contactId: 'downtime-2ww-kch-pruh' },
        { contactId: 'downtime-2ww-lgt' },
        { contactId: 'downtime-2ww-dvh', instruction: 'Send to both addresses.' },
      ],
      bodyNote:
        'In the body of the email, state clearly why the referral is being sent by email, for example: e-RS downtime for over 24 hours.',
    },
  },
  'after-5wd': {
    packSections: ['downtime-after-5wd'],
    icb: [
      'The ICB and the provider hold a daily call in the morning and in the afternoon (AM and PM) and agree joint communications.',
      'The ICB emails the practice manager to say that, because e-RS is still down, Urgent Suspected Cancer (2WW), urgent and routine referrals should all be made by email.',
    ],
    practice: [
      "Send urgent and routine referrals by email to the provider's address below.",
      'Local providers will contact patients to arrange and book appointments.',
    ],
    email: {
      heading: 'Email addresses for urgent and routine referrals',
      routes: [
        {
          contactId: 'downtime-referrals-gstt',
          instruction: 'Use the email addresses given on the specialty pages of the GSTT and Evelina websites.',
        },
        { contactId: 'downtime-referrals-kch-dh' },
        { contactId: 'downtime-referrals-kch-pruh' },
        { contactId: 'downtime-referrals-lgt-qeh' },
        { contactId: 'downtime-referrals-lgt-uhl' },
        { contactId: 'downtime-referrals-dvh' },
      ],
      bodyNote:
        'In the body of the email, state clearly why the referral is being sent by email, for example: e-RS downtime for over 5 working days.',
    },
    notes: [
      "At this stage the pack lists addresses for urgent and routine referrals only. The only Urgent Suspected Cancer (2WW) addresses it gives are under 'After 24 hours'. Follow the ICB's email for this stage.",
    ],
  },
  restored: {
    packSections: ['downtime-restoration'],
    icb: [
      'The ICB emails all practice managers to say that e-RS has been restored and that practices should go back to using e-RS for referrals.',
      'Local providers are asked to set up automatic replies on the email addresses used during the downtime.',
    ],
    practice: [
      'Go back to making referrals through e-RS.',
      'Make the referrals on the log you kept during the downtime: these are the referrals that need to be made now e-RS is available.',
      'Referrals sent by email will now not be accepted. If you get an automatic reply, re-refer the patient through e-RS.',
    ],
  },
  local: {
    packSections: ['downtime-local-wider'],
    icb: [],
    practice: [
      'Notify your local Primary Care IT Facilitator. They will escalate as required, either to NHS England or to other subject matter experts within the ICB.',
    ],
    roleContactIds: ['primary-care-it-facilitator'],
  },
  wider: {
    packSections: ['downtime-local-wider'],
    icb: [],
    practice: [
      "Refer to the business continuity plans: the ICB's business continuity plan, your own practice's business continuity plan and the local providers' business continuity plans.",
    ],
  },
}

function providerName(organisation: string, scope: string | undefined): string {
  return scope ? `${organisation} (${scope})` : organisation
}

/** What to do at a stage of an e-RS outage, with the addresses for that stage taken from `contacts`. */
export function downtimeAdvice(stage: DowntimeStage, contacts: Contacts): DowntimeAdvice {
  const spec = STAGES[stage]
  const byId = new Map(contacts.map((c) => [c.id, c]))
  const missingContactIds: string[] = []

  let email: EmailSection | undefined
  if (spec.email) {
    const routes: EmailRoute[] = []
    for (const r of spec.email.routes) {
      const contact = byId.get(r.contactId)
      if (!contact) {
        missingContactIds.push(r.contactId)
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
  for (const id of spec.roleContactIds ?? []) {
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
    label: DOWNTIME_STAGE_LABELS[stage],
    packSections: [...spec.packSections],
    icb: [...spec.icb],
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
