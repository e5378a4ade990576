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
