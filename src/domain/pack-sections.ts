/** The pack sections a question cites, as their titles, for "From the pack:" lines. */
import type { PackSection } from '../content/schema'

/** Titles in the order cited; an id the pack list no longer has is shown as it is. */
export function packSectionTitles(sections: readonly PackSection[], ids: readonly string[]): string[] {
  return ids.map((id) => sections.find((s) => s.id === id)?.title ?? id)
}

/** "A", or "A; B; C" for a rule that spans several sections. */
export function packSectionsText(sections: readonly PackSection[], ids: readonly string[]): string {
  return packSectionTitles(sections, ids).join('; ')
}
