// The eval's plan for each manifest clip and its hold truth for rep exercises with a pause at the
// target (pure; the e2e clips-eval spec and `npm run eval` use them on the real manifest).
import { describe, expect, it } from 'vitest';
import { findExercise } from '../../../src/core/exercises/library';
import type { ClipEntry } from '../../helpers/clips';
import {
  evalTotals,
  formatEvalTable,
  planClip,
  targetHoldTruthSeconds,
  type ClipResult,
} from '../../helpers/eval-metrics';

const clip = (extra: Partial<ClipEntry>): ClipEntry => ({
  file: 'x.webm',
  exercise: 'squat',
  view: 'side',
  reps: 0,
  rep_times: [],
  fps: 30,
  duration_s: 10,
  width: 640,
  height: 360,
  ...extra,
});

const HIP_EXTENSION = clip({
  file: 'hip-extension.webm',
  exercise: 'hip_extension_standing',
  reps: 1,
  rep_times: [
    { start: 5.6, peak: 6.6, end: 8.4 },
    { start: 10.2, peak: 11.5, end: 12.24, partial: true },
  ],
  hold_times: [
    { start: 6.0, end: 7.6 },
    { start: 10.8, end: 12.24 },
  ],
});

describe('the eval plan of a manifest clip', () => {
  it('compares reps and the pauses at the target of a rep exercise with hold_times', () => {
    expect(planClip(HIP_EXTENSION, findExercise)).toEqual({
      kind: 'evaluate',
      clip: HIP_EXTENSION,
      countsReps: true,
      hold: 'at_target',
    });
  });

  it('compares the total held of a hold exercise, and no reps', () => {
    const plank = clip({ exercise: 'plank', hold_times: [{ start: 0, end: 6.92 }] });
    expect(planClip(plank, findExercise)).toMatchObject({ countsReps: false, hold: 'total' });
  });

  it('lists a Timed Up and Go clip as not evaluated, saying why', () => {
    const tug = clip({ exercise: 'timed_up_and_go', tug_s: 5.5 });
    expect(planClip(tug, findExercise)).toEqual({
      kind: 'not_evaluated',
      clip: tug,
      reason: 'not evaluated: Timed Up and Go is a functional test (its protocol is not built yet)',
    });
  });

  it('refuses an exercise that is neither in the library nor a known functional test', () => {
    const odd = clip({ file: 'odd.webm', exercise: 'moonwalk' });
    expect(planClip(odd, findExercise)).toEqual({
      kind: 'unknown_exercise',
      clip: odd,
      reason:
        'odd.webm: exercise "moonwalk" is neither in the exercise library nor a known functional test',
    });
  });
});

describe('hold truth at the target of the reps', () => {
  it('counts only the holds inside complete reps (the one cut off by the end is not a rep)', () => {
    expect(targetHoldTruthSeconds(HIP_EXTENSION)).toBeCloseTo(1.6, 6);
  });

  it('puts a rep exercise with holds in both the rep and the hold figures', () => {
    const result: ClipResult = {
      file: HIP_EXTENSION.file,
      exercise: HIP_EXTENSION.exercise,
      counts_reps: true,
      truth: 1,
      count: 2,
      rep_end_times_s: [8.6, 12.0],
      reps_in_window: 1,
      hold_truth_s: 1.6,
      hold_s: 3.1,
      frames_processed: 306,
      frames_in_file: 306,
    };
    const totals = evalTotals([result]);
    expect(totals).toMatchObject({ exact: 0, obo: 1, reps_counted: 2, reps_in_window: 1 });
    expect(totals.max_hold_err_s).toBeCloseTo(1.5, 6);
    const tug = planClip(clip({ file: 'tug.webm', exercise: 'timed_up_and_go' }), findExercise);
    const table = formatEvalTable([result], totals, [tug]);
    expect(table).toContain('tug.webm');
    expect(table).toContain('Timed Up and Go is a functional test');
  });
});
