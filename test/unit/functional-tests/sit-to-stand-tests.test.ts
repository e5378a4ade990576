// The 30-Second Chair Stand and the Five Times Sit-to-Stand on the stick body: stands counted
// exactly at three speeds, a stand cut by the 30-s bell counted only when more than halfway up,
// the arms used to rise → 0 with the reason, the 5×STS time from Go to the fifth stand's end;
// and, over random paces, no count beyond what 30 s allow.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chairStand30s,
  chairStandScore,
  fiveTimesSitToStand,
  fiveTimesSitToStandScore,
  type FunctionalTestResult,
  type FunctionalTestSpec,
  type PatientFacts,
} from '../../../src/core/functional-tests';
import type { SetRunResult } from '../../../src/core/set-run';
import { setRunReplay } from '../../../src/core/set-run';
import { FPS, sitToStandFrames } from '../../helpers/functional-tests';
import type { RepPlan } from '../../helpers/motion';

/** "Go": the person sits still before it; the first frame after it starts the test. */
const GO_MS = 990;
const FIRST_FRAME_MS = 1000;
const BELL_MS = FIRST_FRAME_MS + 30_000;
const WOMAN_67: PatientFacts = { ageYears: 67, sex: 'female' };
const UNKNOWN: PatientFacts = { ageYears: null, sex: null };

function run(spec: FunctionalTestSpec, plan: RepPlan, armsUsedOn: number[] = []): SetRunResult {
  const { frames } = sitToStandFrames(plan, { seed: 7, armsUsedOn });
  return setRunReplay(spec.definition, spec.protocol, frames, { fromMs: GO_MS });
}
const chairStand = (plan: RepPlan, facts = WOMAN_67, armsUsedOn: number[] = []) =>
  chairStandScore(run(chairStand30s, plan, armsUsedOn), facts);
const countOf = (r: FunctionalTestResult): number | null =>
  r.score.kind === 'count' ? r.score.count : null;

// Each plan puts the bell (31.0 s) while the person sits between stands, unless said otherwise.
const SLOW: RepPlan = { leadMs: 2000, count: 9, outMs: 1500, backMs: 1500, restMs: 1200 };
const MEDIUM: RepPlan = { leadMs: 2650, count: 13, outMs: 1000, backMs: 1000, restMs: 600 };
const FAST: RepPlan = { leadMs: 2700, count: 18, outMs: 700, backMs: 700, restMs: 500 };

describe('the 30-second chair stand', () => {
  it('counts every full stand inside the 30 s at three paces, and none after', () => {
    // Slow: stands start every 4.2 s from 2.0 s; the 7th ends at 30.2 s, the 8th starts at 31.4.
    expect(countOf(chairStand(SLOW))).toBe(7);
    // Medium: every 2.6 s from 2.65 s; the 11th ends at 30.65 s, the 12th starts at 31.25.
    expect(countOf(chairStand(MEDIUM))).toBe(11);
    // Fast: every 1.9 s from 2.7 s; the 15th ends at 30.7 s, the 16th starts at 31.2.
    expect(countOf(chairStand(FAST))).toBe(15);
  });

  it('ends at the bell, 30 s after Go', () => {
    const result = run(chairStand30s, MEDIUM);
    expect(result.completion?.reason).toBe('time_up');
    expect(result.completion?.atMs).toBeGreaterThanOrEqual(BELL_MS);
    expect(result.completion?.atMs).toBeLessThan(BELL_MS + 1000 / FPS);
  });

  it('counts a stand the bell cuts more than halfway up, not one just begun', () => {
    // Stands every 2.6 s; the 12th starts 0.8 s before the bell (eased 90% of the way up at it)
    // or 0.2 s before (10% up).
    const nearlyUp = { ...MEDIUM, leadMs: 1600 };
    const justBegun = { ...MEDIUM, leadMs: 2200 };
    expect(countOf(chairStand(nearlyUp))).toBe(12);
    expect(countOf(chairStand(justBegun))).toBe(11);
  });

  it('counts a stand completed before the bell while the person sits back down at it', () => {
    // The 11th stand is up at 30.6 s (0.4 s before the bell) and back down at 31.6: counted,
    // with the 10 before it.
    expect(countOf(chairStand({ ...MEDIUM, leadMs: 3600 }))).toBe(11);
  });

  it('stops at once with 0 when the arms are used to rise, saying why', () => {
    const result = run(chairStand30s, MEDIUM, [4]);
    const score = chairStandScore(result, WOMAN_67);
    expect(score.score).toEqual({ kind: 'count', count: 0 });
    expect(score.stopReason).toBe('arms_used');
    expect(score.loinc).toBe('66247-8');
    // The 4th stand rises from 10.45 s: the test stops during it, long before the bell.
    expect(result.completion?.atMs).toBeGreaterThan(10_450);
    expect(result.completion?.atMs).toBeLessThan(11_450);
  });

  it('compares with the CDC table only with age and sex', () => {
    // Woman, 65–69: below average under 11.
    expect(chairStand(MEDIUM).interpretation).toEqual([
      { norm: 'cdc_steadi_chair_stand_30s', code: 'average_or_better', threshold: 11 },
    ]);
    expect(chairStand(SLOW).interpretation).toEqual([
      { norm: 'cdc_steadi_chair_stand_30s', code: 'below_average', threshold: 11 },
    ]);
    expect(chairStand(MEDIUM, UNKNOWN).interpretation).toBeNull();
    expect(chairStand(MEDIUM, { ageYears: 67, sex: null }).interpretation).toBeNull();
  });

  it('never counts more stands than 30 s allow (random paces)', () => {
    // A stand takes at least the sit-to-stand's minRepMs (0.8 s): at most 30 / 0.8 of them, and
    // one the bell cuts.
    const maxStands = Math.floor(30_000 / 800) + 1;
    fc.assert(
      fc.property(
        fc.integer({ min: 450, max: 2000 }),
        fc.integer({ min: 450, max: 2000 }),
        fc.integer({ min: 0, max: 1500 }),
        fc.integer({ min: 1000, max: 4000 }),
        (outMs, backMs, restMs, leadMs) => {
          const plan = { leadMs, count: 40, outMs, backMs, restMs };
          const count = countOf(chairStand(plan)) ?? -1;
          const truth = Math.ceil((BELL_MS - leadMs) / (outMs + backMs + restMs));
          expect(count).toBeGreaterThanOrEqual(0);
          expect(count).toBeLessThanOrEqual(Math.min(maxStands, truth));
        },
      ),
      { numRuns: 10, seed: 14 },
    );
  }, 60_000);
});

describe('the five times sit-to-stand', () => {
  const fiveSts = (plan: RepPlan, facts = WOMAN_67, armsUsedOn: number[] = []) =>
    fiveTimesSitToStandScore(run(fiveTimesSitToStand, plan, armsUsedOn), facts);
  const secondsOf = (r: FunctionalTestResult): number | null =>
    r.score.kind === 'seconds' ? r.score.seconds : null;

  it('times Go to the end of the fifth stand at three paces', () => {
    for (const plan of [SLOW, MEDIUM, FAST]) {
      const { schedule } = sitToStandFrames(plan);
      const truth = ((schedule.reps[4]?.endMs ?? 0) - FIRST_FRAME_MS) / 1000;
      const seconds = secondsOf(fiveSts(plan));
      expect(seconds).not.toBeNull();
      expect(Math.abs((seconds ?? 0) - truth)).toBeLessThanOrEqual(0.2);
    }
  });

  it('completes on the fifth stand and scores against the references by age', () => {
    const result = run(fiveTimesSitToStand, SLOW);
    expect(result.completion?.reason).toBe('target_reached');
    expect(result.summary.repCount).toBe(5);
    // Slow: the fifth stand ends at 21.8 s, 20.8 s after Go: worse than 11.4 s (60–69) and at
    // or over the 15-s recurrent-falls cut-off.
    expect(fiveTimesSitToStandScore(result, WOMAN_67).interpretation).toEqual([
      { norm: 'bohannon_2006_five_times_sts', code: 'worse_than_average', threshold: 11.4 },
      { norm: 'buatois_2008_five_times_sts', code: 'increased_fall_risk', threshold: 15 },
    ]);
    // Fast: 5 × 1.9 s from 2.7 s, ends at 10.2 s, 9.2 s after Go.
    expect(fiveSts(FAST, { ageYears: 75, sex: 'male' }).interpretation).toEqual([
      { norm: 'bohannon_2006_five_times_sts', code: 'not_worse_than_average', threshold: 12.6 },
      { norm: 'buatois_2008_five_times_sts', code: 'no_increased_fall_risk', threshold: 15 },
    ]);
    expect(fiveSts(FAST, UNKNOWN).interpretation).toBeNull();
  });

  it('has no time when the arms were used, or the five stands never came', () => {
    const armsUsed = fiveSts(MEDIUM, WOMAN_67, [2]);
    expect(armsUsed.score).toEqual({ kind: 'seconds', seconds: null });
    expect(armsUsed.stopReason).toBe('arms_used');
    expect(armsUsed.interpretation).toBeNull();
    const four = fiveSts({ ...MEDIUM, count: 4 });
    expect(four.score).toEqual({ kind: 'seconds', seconds: null });
    expect(four.stopReason).toBe('ended_early');
  });
});
