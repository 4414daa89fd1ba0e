/** Small statistics for the bench: medians and percentiles of timing samples. */

/** The median (the mean of the two middle values for an even count); NaN for no samples. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2
}

/** Nearest-rank percentile (p in 0–100): the smallest sample at or above p percent of them. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)))
  return sorted[rank - 1] ?? NaN
}

/** Rounded for display and JSON: fewer decimals as values grow. */
export function tidy(value: number): number {
  if (!Number.isFinite(value)) return value
  const decimals = Math.abs(value) >= 100 ? 1 : 2
  return Number(value.toFixed(decimals))
}
