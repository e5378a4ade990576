// A comparison of stored and replayed reps as lines, for a test's failure message (the app words
// its own in the text module).
import type { SetComparison } from '../../src/core/set-run';

/** One line per rep that differs, and the counts: for a test's failure message or a log. */
export function setComparisonProblems(comparison: SetComparison): string[] {
  const { storedCount, replayedCount, tolerances: tol } = comparison;
  const lines =
    storedCount === replayedCount ? [] : [`${storedCount} reps stored, ${replayedCount} replayed`];
  for (const r of comparison.reps) {
    if (r.isWithin) continue;
    const rom =
      r.peakRomDeltaDeg === null ? 'no ROM' : `peak ROM Δ ${r.peakRomDeltaDeg.toFixed(2)}°`;
    lines.push(
      `rep ${r.index}: ${rom}, start Δ ${r.startDeltaMs.toFixed(1)} ms, peak Δ ${r.peakDeltaMs.toFixed(1)} ms, end Δ ${r.endDeltaMs.toFixed(1)} ms (tolerance ${tol.peakRomDeg}°, ${tol.timeMs.toFixed(1)} ms)`,
    );
  }
  return lines;
}

/**
 * The leaves of two plain records that differ, as `path: a → b` (at most `limit`). Numbers within
 * a relative 1e-9 are the same: Chromium's and Node's V8 may round Math functions differently in
 * the last bit (seen: 108.49610737918533 live, …532 replayed in Node).
 */
export function recordDifferences(a: unknown, b: unknown, limit = 6, path = ''): string[] {
  if (Object.is(a, b)) return [];
  if (typeof a === 'number' && typeof b === 'number') {
    if (Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a))) return [];
  }
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null;
  if (!isObject(a) || !isObject(b)) return [`${path || '(root)'}: ${String(a)} → ${String(b)}`];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const out: string[] = [];
  for (const key of keys) {
    if (out.length >= limit) break;
    out.push(
      ...recordDifferences(a[key], b[key], limit - out.length, path ? `${path}.${key}` : key),
    );
  }
  return out;
}
