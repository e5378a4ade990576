// Order statistics shared by the rep counter, the set run and the summaries: one median, so "the
// typical rep" means the same thing everywhere.

/** The median of `values` (the mean of the two middle ones for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return null;
  const upper = sorted[n >> 1] ?? 0;
  return n % 2 === 1 ? upper : ((sorted[(n >> 1) - 1] ?? 0) + upper) / 2;
}

/** The arithmetic mean of `values`; null when empty. */
export const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
