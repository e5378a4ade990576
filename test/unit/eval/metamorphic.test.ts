// The landmark transformations of the metamorphic suite, checked against the stick body's own
// geometry, and the suite itself on a synthetic clip whose manifest entry comes from its schedule.
import { describe, expect, it } from 'vitest';
import type { PoseFrame } from '../../../src/core/landmarks';
import type { ClipEntry } from '../../helpers/clips';
import { HIP_ABD_LEFT, HIP_ABD_RIGHT, repSet } from '../../helpers/exercise-sets';
import { planClip } from '../../helpers/eval-metrics';
import { findExercise } from '../../../src/core/exercises/library';
import {
  framesMirrored,
  framesStillAfter,
  framesStillBefore,
  framesTrimmed,
} from '../../helpers/landmark-transforms';
import { metamorphicRun } from '../../helpers/metamorphic';
import type { RepPlan } from '../../helpers/motion';
import { renderPose, STANDING } from '../../helpers/stick-body';

const PLAN: RepPlan = { leadMs: 1000, count: 4, outMs: 700, backMs: 700, restMs: 600 };

function maxDifference(a: PoseFrame, b: PoseFrame): number {
  let worst = 0;
  for (const key of ['landmarks', 'worldLandmarks'] as const) {
    const pa = a[key] ?? [];
    const pb = b[key] ?? [];
    pa.forEach((p, i) => {
      const q = pb[i];
      if (q === undefined) throw new Error(`landmark ${i} missing`);
      worst = Math.max(worst, Math.abs(p.x - q.x), Math.abs(p.y - q.y), Math.abs(p.z - q.z));
    });
  }
  return worst;
}

describe('landmark transformations', () => {
  it('mirrors a body raising its left leg into the same body raising its right leg', () => {
    const left = renderPose(HIP_ABD_LEFT, 0);
    const right = renderPose(HIP_ABD_RIGHT, 0);
    const [mirrored] = framesMirrored([left]);
    if (mirrored === undefined) throw new Error('no frame');
    expect(maxDifference(left, right)).toBeGreaterThan(0.01);
    expect(maxDifference(mirrored, right)).toBeLessThan(1e-9);
  });

  it('trims to the frames inside the bounds and adds still frames at either end', () => {
    const frames = [0, 40, 80, 120].map((t) => renderPose(STANDING, t));
    expect(framesTrimmed(frames, 40, 80).map((f) => f.timestampMs)).toEqual([40, 80]);
    expect(framesStillBefore(frames, 120).map((f) => f.timestampMs)).toEqual([
      0, 40, 80, 120, 160, 200, 240,
    ]);
    expect(framesStillAfter(frames, 80).map((f) => f.timestampMs)).toEqual([
      0, 40, 80, 120, 160, 200,
    ]);
  });
});

/** A manifest entry for a synthetic set: its rep times from the schedule. */
function clipOf(reps: number, schedule: ReturnType<typeof repSet>['schedule']): ClipEntry {
  return {
    file: 'synthetic.webm',
    exercise: 'hip_abduction_standing',
    view: 'front',
    reps,
    rep_times: schedule.reps.map((r) => ({
      start: r.startMs / 1000,
      peak: r.peakMs / 1000,
      end: r.endMs / 1000,
    })),
    fps: 30,
    duration_s: schedule.durationMs / 1000,
    width: 640,
    height: 360,
  };
}

describe('the metamorphic suite', () => {
  const { frames, schedule } = repSet(STANDING, [HIP_ABD_LEFT, HIP_ABD_RIGHT], PLAN, { seed: 41 });

  it('finds every relation kept on a set the counter gets right', () => {
    const plan = planClip(clipOf(PLAN.count, schedule), findExercise);
    if (plan.kind !== 'evaluate') throw new Error('hip abduction is in the library');
    const results = metamorphicRun(plan, frames);
    // Per rep: a trim at each end at its peak, and half- and three-quarters of the way out and
    // back; plus the mirror and two still poses at each end.
    expect(results).toHaveLength(6 * PLAN.count + 1 + 4);
    expect(results.flatMap((r) => r.problems)).toEqual([]);
  });

  it('reports the count of every variant when the truth is wrong', () => {
    const plan = planClip(clipOf(PLAN.count + 1, schedule), findExercise);
    if (plan.kind !== 'evaluate') throw new Error('hip abduction is in the library');
    const results = metamorphicRun(plan, frames);
    const wrong = results.filter((r) => r.problems.some((p) => p.startsWith('count')));
    // The mirror and the still poses expect the manifest's (wrong) total.
    expect(wrong.map((r) => r.transformation).sort()).toEqual(
      ['mirror', 'still_end', 'still_end', 'still_start', 'still_start'].sort(),
    );
  });
});
