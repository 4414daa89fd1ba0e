/**
 * Who acts in manager mode, as plain values: the actors the audit log names, and how a wrong PIN
 * names the learner chosen in the menu. Stores share these, so none needs another for them.
 */
export const MANAGER_ACTOR = 'Practice manager'
export const SOMEONE_AT_THIS_PC = 'Someone at this PC'

/** How an audit line names who was at the keyboard when a PIN was tried. */
export function pinAttempterText(learnerName: string | null): string {
  return learnerName ? `learner selected in the menu: ${learnerName}` : 'no learner selected in the menu'
}
