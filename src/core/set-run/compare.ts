// Stored records against a replay of the same trace: whether a set analysed again (from its
// stored trace, in another thread, by a newer build) gives what was stored live. Per rep: peak ROM
// within a degree (the trace codec's quantisation moves a joint angle by hundredths of a degree)
// and its start, peak and end within one frame (a rep edge may move by a frame when a filtered
// value sits on a threshold); and the same number of reps.
import type { RepRecord } from '../analysis-types';
import type { PoseFrame } from '../landmarks';
import { mean, median } from '../stats';

export interface CompareTolerances {
  readonly peakRomDeg: number;
  readonly timeMs: number;
}

export interface RepDifference {
  /** The rep's 1-based number (in both lists). */
  readonly index: number;
  /** Replayed − stored; null when neither has a peak ROM (no ROM measure). */
  readonly peakRomDeltaDeg: number | null;
  readonly startDeltaMs: number;
  readonly peakDeltaMs: number;
  readonly endDeltaMs: number;
  readonly isWithin: boolean;
}

export interface SetComparison {
  readonly storedCount: number;
  readonly replayedCount: number;
  /** The reps both have, in order. */
  readonly reps: readonly RepDifference[];
  readonly tolerances: CompareTolerances;
  /** Same count and every rep within the tolerances. */
  readonly isSame: boolean;
}

// The trace codec keeps times to the microsecond: a time equal to one frame may read back a
// microsecond over it.
const TIME_SLACK_MS = 0.001;

function repDifference(stored: RepRecord, replayed: RepRecord, tol: CompareTolerances) {
  const a = stored.quality.peakRomDeg;
  const b = replayed.quality.peakRomDeg;
  // One with a peak ROM and the other without is a difference no tolerance covers.
  const peakRomDeltaDeg = a === null && b === null ? null : (b ?? NaN) - (a ?? NaN);
  const startDeltaMs = replayed.startMs - stored.startMs;
  const peakDeltaMs = replayed.peakMs - stored.peakMs;
  const endDeltaMs = replayed.endTimestampMs - stored.endTimestampMs;
  const isTimeWithin = (d: number): boolean => Math.abs(d) <= tol.timeMs + TIME_SLACK_MS;
  const isWithin =
    (peakRomDeltaDeg === null || Math.abs(peakRomDeltaDeg) <= tol.peakRomDeg) &&
    isTimeWithin(startDeltaMs) &&
    isTimeWithin(peakDeltaMs) &&
    isTimeWithin(endDeltaMs);
  return { peakRomDeltaDeg, startDeltaMs, peakDeltaMs, endDeltaMs, isWithin };
}

/**
 * The length of one frame of a trace, for "within one frame": the mean step between its frame
 * times (steps over 1.5 × the median, dropped frames, left out), rounded up to the whole
 * millisecond. Files and cameras give times in whole (or nearly whole) milliseconds, so at 30 fps
 * a frame comes 33 or 34 ms after the one before (the median is 33) and an edge moved by one frame
 * may move 34 ms; at 23.976 fps, 41 or 42 ms. Null under two frames.
 */
export function traceFrameMs(frames: readonly PoseFrame[]): number | null {
  const steps: number[] = [];
  for (let i = 1; i < frames.length; i += 1) {
    steps.push((frames[i]?.timestampMs ?? 0) - (frames[i - 1]?.timestampMs ?? 0));
  }
  const typical = median(steps);
  if (typical === null) return null;
  const step = mean(steps.filter((s) => s <= 1.5 * typical)) ?? typical;
  return Math.ceil(step - TIME_SLACK_MS);
}

/**
 * Compares a set's stored reps with a replay's. `frameMs` is the trace's frame interval: times
 * within one frame pass; `peakRomDeg` tolerance 1° unless given.
 */
export function setRunCompare(
  stored: { readonly reps: readonly RepRecord[] },
  replayed: { readonly reps: readonly RepRecord[] },
  frameMs: number,
  tolerances: Partial<CompareTolerances> = {},
): SetComparison {
  const tol: CompareTolerances = { peakRomDeg: 1, timeMs: frameMs, ...tolerances };
  const count = Math.min(stored.reps.length, replayed.reps.length);
  const reps: RepDifference[] = [];
  for (let i = 0; i < count; i += 1) {
    const a = stored.reps[i];
    const b = replayed.reps[i];
    if (a === undefined || b === undefined) break;
    reps.push({ index: i + 1, ...repDifference(a, b, tol) });
  }
  return {
    storedCount: stored.reps.length,
    replayedCount: replayed.reps.length,
    reps,
    tolerances: tol,
    isSame: stored.reps.length === replayed.reps.length && reps.every((r) => r.isWithin),
  };
}
