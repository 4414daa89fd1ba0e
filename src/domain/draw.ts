/**
 * Drawing questions for checks, assessments and the refresher. Every draw is a pure function of
 * the bank and a seed, so an attempt stores only its seed and question ids and can be replayed.
 */
import type { Question, Role } from '../content/schema'
import { seededRandom, shuffle, type Random } from './random'

export function moduleOf(questionId: string): string {
  return questionId.slice(0, 3)
}

function forRole(bank: readonly Question[], role: Role | undefined): Question[] {
  const matching = role ? bank.filter((q) => q.roles.includes(role)) : [...bank]
  return matching.length ? matching : [...bank]
}

/**
 * A module's knowledge check. Questions the learner saw in their last try are drawn last, so a
 * retake gets fresh questions wherever the bank allows.
 */
export function drawModuleCheck(bank: readonly Question[], moduleId: string, count: number, seed: number, options: { role?: Role; avoid?: readonly string[] } = {}): string[] {
  const random = seededRandom(seed)
  const inModule = forRole(bank.filter((q) => moduleOf(q.id) === moduleId.slice(0, 3)), options.role)
  const avoid = new Set(options.avoid ?? [])
  const fresh = shuffle(inModule.filter((q) => !avoid.has(q.id)), random)
  const seen = shuffle(inModule.filter((q) => avoid.has(q.id)), random)
  return [...fresh, ...seen].slice(0, count).map((q) => q.id)
}

/** Spreads `total` across modules as evenly as possible, every module at least one. */
function allocate(moduleIds: readonly string[], total: number, available: ReadonlyMap<string, number>, random: Random): Map<string, number> {
  const counts = new Map(moduleIds.map((m) => [m, 0]))
  let remaining = Math.min(total, [...available.values()].reduce((a, b) => a + b, 0))
  const order = shuffle(moduleIds, random)
  while (remaining > 0) {
    let placed = false
    for (const m of order) {
      if (remaining === 0) break
      if ((counts.get(m) ?? 0) < (available.get(m) ?? 0)) {
        counts.set(m, (counts.get(m) ?? 0) + 1)
        remaining--
        placed = true
      }
    }
    if (!placed) break
  }
  return counts
}

/** The final assessment: stratified so every module is represented, then shuffled. */
export function drawStratified(bank: readonly Question[], moduleIds: readonly string[], total: number, seed: number, role?: Role): string[] {
  const random = seededRandom(seed)
  const keys = moduleIds.map((m) => m.slice(0, 3))
  const byModule = new Map(keys.map((k) => [k, shuffle(forRole(bank.filter((q) => moduleOf(q.id) === k), role), random)]))
  const counts = allocate(keys, Math.max(total, keys.length), new Map([...byModule].map(([k, qs]) => [k, qs.length])), random)
  const drawn = keys.flatMap((k) => (byModule.get(k) ?? []).slice(0, counts.get(k) ?? 0))
  return shuffle(drawn, random).map((q) => q.id)
}

/**
 * The locum refresher: weighted to the rules that matter most. `priorityModules` get `priorityShare`
 * of the questions; the rest come from every other module. Scenario questions are left out to keep
 * it to about 15 minutes.
 */
export function drawWeighted(bank: readonly Question[], priorityModules: readonly string[], otherModules: readonly string[], total: number, priorityShare: number, seed: number, role?: Role): string[] {
  const random = seededRandom(seed)
  const quick = bank.filter((q) => q.type !== 'scenario')
  const priorityCount = Math.round(total * priorityShare)
  const priority = drawStratified(quick, priorityModules, priorityCount, seed ^ 0x5bd1e995, role).slice(0, priorityCount)
  const rest = drawStratified(quick.filter((q) => !priority.includes(q.id)), otherModules, total - priority.length, seed ^ 0x1b873593, role).slice(0, total - priority.length)
  return shuffle([...priority, ...rest], random)
}
