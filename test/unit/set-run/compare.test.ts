// setRunCompare: a set replayed from its encoded trace matches what was analysed from the original
// frames; a trace whose times moved, a rep lost or a changed ROM target does not.
import { describe, expect, it } from 'vitest';
import type { RepRecord } from '../../../src/core/analysis-types';
import { exerciseMergeOverride } from '../../../src/core/exercises/override';
import { getExercise } from '../../../src/core/exercises/library';
import type { PoseFrame } from '../../../src/core/landmarks';
import {
  OPEN_PROTOCOL,
  setRunCompare,
  setRunReplay,
  traceFrameMs,
} from '../../../src/core/set-run';
import { traceDecode, traceEncode } from '../../../src/core/trace-codec';
import { degrees, ms } from '../../../src/core/units';
import { repSet, SQUAT_BOTTOM } from '../../helpers/exercise-sets';
import { STANDING } from '../../helpers/stick-body';
import { setComparisonProblems } from '../../helpers/set-comparison';

const FRAME_MS = 1000 / 30;
const squat = getExercise('squat');
const squats = repSet(
  STANDING,
  [SQUAT_BOTTOM],
  { leadMs: 1000, count: 4, outMs: 1200, backMs: 1200, restMs: 700, holdMs: 300 },
  { view: 'side', seed: 5 },
);
const live = setRunReplay(squat, OPEN_PROTOCOL, squats.frames).summary;

function decoded(frames: readonly PoseFrame[]): PoseFrame[] {
  const result = traceDecode(traceEncode(frames));
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

const rep = (index: number, at: number, peakRom: number | null): RepRecord => ({
  index,
  side: null,
  startMs: ms(at),
  peakMs: ms(at + 1000),
  endTimestampMs: ms(at + 2000),
  quality: {
    peakRomDeg: peakRom === null ? null : degrees(peakRom),
    targetDeg: null,
    romPercent: null,
    upMs: ms(1000),
    downMs: ms(1000),
    tempoUpRatio: null,
    tempoDownRatio: null,
    symmetryPercent: null,
    velocityPeaks: 2,
    smoothness: 1,
    faults: [],
    score: 90,
  },
});

describe('setRunCompare', () => {
  it('a replay of the encoded and decoded trace is the same set', () => {
    expect(live.repCount).toBe(4);
    const replayed = setRunReplay(squat, OPEN_PROTOCOL, decoded(squats.frames)).summary;
    const comparison = setRunCompare(live, replayed, FRAME_MS);
    expect(setComparisonProblems(comparison)).toEqual([]);
    expect(comparison.isSame).toBe(true);
    expect(comparison.reps).toHaveLength(4);
    for (const r of comparison.reps) expect(Math.abs(r.peakRomDeltaDeg ?? 99)).toBeLessThan(1);
  });

  it('replays its trace to exactly the records analysed live, not only within tolerance', () => {
    // The synthetic squat's times are off the microsecond grid (30 fps) and its world
    // landmarks off the codec's 1/256 m steps: the set run analyses each frame as stored.
    const replayed = setRunReplay(squat, OPEN_PROTOCOL, decoded(squats.frames)).summary;
    expect(replayed).toStrictEqual(live);
  });

  it('fails when the trace from the second rep on is shifted by two frames', () => {
    const from = live.reps[1]?.startMs ?? 0;
    const shifted = squats.frames.map((f) =>
      f.timestampMs < from ? f : { ...f, timestampMs: ms(f.timestampMs + 2 * FRAME_MS) },
    );
    const replayed = setRunReplay(squat, OPEN_PROTOCOL, decoded(shifted)).summary;
    const comparison = setRunCompare(live, replayed, FRAME_MS);
    expect(comparison.isSame).toBe(false);
    expect(comparison.reps[0]?.isWithin).toBe(true);
    expect(comparison.reps.slice(1).every((r) => !r.isWithin)).toBe(true);
    expect(setComparisonProblems(comparison)[0]).toMatch(/^rep 2: peak ROM Δ/);
  });

  it('fails on a rep count that differs, naming both counts', () => {
    const comparison = setRunCompare(live, { reps: live.reps.slice(0, 3) }, FRAME_MS);
    expect(comparison.isSame).toBe(false);
    expect(comparison.reps.every((r) => r.isWithin)).toBe(true);
    expect(setComparisonProblems(comparison)).toEqual(['4 reps stored, 3 replayed']);
  });

  it('a peak ROM 1° off passes, just over it fails; one frame passes, just over it fails', () => {
    const stored = { reps: [rep(1, 0, 60)] };
    const check = (r: RepRecord) => setRunCompare(stored, { reps: [r] }, FRAME_MS).isSame;
    expect(check(rep(1, 0, 61))).toBe(true);
    expect(check(rep(1, 0, 61.01))).toBe(false);
    expect(check(rep(1, FRAME_MS, 60))).toBe(true);
    expect(check(rep(1, FRAME_MS + 0.01, 60))).toBe(false);
    expect(check(rep(1, 0, null))).toBe(false);
    expect(setRunCompare({ reps: [rep(1, 0, null)] }, { reps: [rep(1, 0, null)] }, 33).isSame).toBe(
      true,
    );
  });

  it('re-scoring with a lower ROM target gives other records from the same trace', () => {
    const lower = exerciseMergeOverride(squat, { romTargetDeg: 60 });
    if (!lower.ok) throw new Error('override rejected');
    const rescored = setRunReplay(lower.value, OPEN_PROTOCOL, decoded(squats.frames)).summary;
    expect(rescored.repCount).toBe(live.repCount);
    // Same movement, same peaks; only what they are measured against changed.
    expect(setRunCompare(live, rescored, FRAME_MS).isSame).toBe(true);
    rescored.reps.forEach((r, i) => {
      expect(r.quality.targetDeg).toBe(60);
      expect(r.quality.romPercent).toBeGreaterThan(live.reps[i]?.quality.romPercent ?? Infinity);
    });
  });
});

describe('traceFrameMs', () => {
  const at = (times: number[]): PoseFrame[] =>
    times.map((t) => ({ ...squats.frames[0]!, timestampMs: ms(t) }));
  it('is the mean step without dropped frames, rounded up to the whole millisecond', () => {
    // 23.976 fps in whole milliseconds: steps of 42, 41, 42, 42.
    expect(traceFrameMs(at([0, 42, 83, 125, 167]))).toBe(42);
    // 30 fps in whole milliseconds: steps of 33 and 34 (median 33), and a dropped frame (67).
    expect(traceFrameMs(at([0, 33, 67, 100, 133, 167, 234, 267]))).toBe(34);
    expect(traceFrameMs(at([0, 40, 80, 120]))).toBe(40);
    expect(traceFrameMs(at([0, 33.3667, 66.7334, 100.1001]))).toBe(34);
    expect(traceFrameMs(at([0]))).toBeNull();
  });
});
