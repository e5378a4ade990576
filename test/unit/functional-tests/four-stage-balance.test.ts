// The 4-stage balance test on the stick body, seen from the front: the four stances held 10 s
// each; a foot stepped out of the tandem stance at a known time (its seconds exact within a frame,
// "feet moved"); an arm reaching out in the one-foot stance ("reached for support"); a stance
// never taken; and, over random step times, no stage above 10 s.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BALANCE_STANCES,
  balanceStageProtocol,
  fourStageBalance,
  fourStageBalanceScore,
  fourStageBalanceScoreOfStages,
  type BalanceStageKey,
  type FunctionalTestResult,
  type PatientFacts,
  type StageSeconds,
} from '../../../src/core/functional-tests';
import type { PoseFrame } from '../../../src/core/landmarks';
import { setRunReplay, type SetRunResult } from '../../../src/core/set-run';
import {
  FEET_TOGETHER,
  FPS,
  ONE_FOOT,
  reaching,
  SEMI_TANDEM,
  TANDEM,
  TANDEM_STEPPED_OUT,
  timelineFrames,
} from '../../helpers/functional-tests';
import { STANDING } from '../../helpers/stick-body';

const FRAME_S = 1 / FPS;
const MAN_72: PatientFacts = { ageYears: 72, sex: 'male' };

const run = (frames: readonly PoseFrame[]): SetRunResult =>
  setRunReplay(fourStageBalance.definition, fourStageBalance.protocol, frames);
const stagesOf = (r: FunctionalTestResult): readonly StageSeconds[] =>
  r.score.kind === 'stages' ? r.score.stages : [];

// Stance 1 from 0 s (held 0–10 s), the next stance taken at 10.5 s and 21 s (stances 1–3 share
// their conditions, so the hold goes on: stage 2 runs 10.03–20.03 s, stage 3 20.07–30.07 s), the
// foot lifted at 31 s (stage 4 from 30.1 s, held from 31 s).
const ALL_HELD = [
  { fromMs: 0, pose: FEET_TOGETHER },
  { fromMs: 10_500, pose: SEMI_TANDEM },
  { fromMs: 21_000, pose: TANDEM },
  { fromMs: 31_000, pose: ONE_FOOT },
];

describe('the 4-stage balance test', () => {
  it('holds each stance 10 s and completes', () => {
    const result = run(timelineFrames(ALL_HELD, 43_000, 3));
    expect(result.completion?.reason).toBe('target_reached');
    const score = fourStageBalanceScore(result, MAN_72);
    expect(stagesOf(score)).toEqual([
      { key: 'feet_together', seconds: 10 },
      { key: 'semi_tandem', seconds: 10 },
      { key: 'tandem', seconds: 10 },
      { key: 'one_foot', seconds: 10 },
    ]);
    expect(score.stopReason).toBeNull();
    expect(score.interpretation).toEqual([
      { norm: 'cdc_steadi_four_stage_balance', code: 'no_increased_fall_risk', threshold: 10 },
    ]);
    // The one-foot stage starts after the tandem one and its hold from the foot's lift at 31 s.
    expect(result.stages[3]?.startMs).toBeLessThan(31_000);
    expect(result.completion?.atMs).toBeGreaterThanOrEqual(41_000);
    expect(result.completion?.atMs).toBeLessThan(41_000 + 2000 / FPS);
  });

  it('stops at a foot stepped out of the tandem stance, its seconds exact within a frame', () => {
    const stepMs = 25_000;
    const frames = timelineFrames(
      [...ALL_HELD.slice(0, 3), { fromMs: stepMs, pose: TANDEM_STEPPED_OUT }],
      40_000,
      4,
    );
    const result = run(frames);
    expect(result.completion?.reason).toBe('stage_failed');
    const score = fourStageBalanceScore(result, MAN_72);
    const stages = stagesOf(score);
    expect(stages.map((s) => s.key)).toEqual(['feet_together', 'semi_tandem', 'tandem']);
    // The tandem stage started on the first frame after the semi-tandem's 10 s.
    const tandemStart = result.stages[2]?.startMs ?? 0;
    const truth = (stepMs - tandemStart) / 1000;
    expect(Math.abs((stages[2]?.seconds ?? 0) - truth)).toBeLessThanOrEqual(FRAME_S + 1e-9);
    expect(score.stopReason).toBe('feet_moved');
    expect(score.interpretation).toEqual([
      { norm: 'cdc_steadi_four_stage_balance', code: 'increased_fall_risk', threshold: 10 },
    ]);
    expect(
      fourStageBalanceScore(result, { ageYears: null, sex: 'male' }).interpretation,
    ).toBeNull();
  });

  it('stops when an arm reaches out for support, counting the stance up to the reach', () => {
    const reachMs = 35_000;
    const frames = timelineFrames(
      [...ALL_HELD, { fromMs: reachMs, pose: reaching(ONE_FOOT) }],
      43_000,
      5,
    );
    const result = run(frames);
    const score = fourStageBalanceScore(result, MAN_72);
    const stages = stagesOf(score);
    expect(stages).toHaveLength(4);
    // Held from the lift at 31 s to the reach at 35 s.
    expect(Math.abs((stages[3]?.seconds ?? 0) - 4)).toBeLessThanOrEqual(FRAME_S + 1e-9);
    expect(score.stopReason).toBe('reached_for_support');
    // The tandem stance was held: no increased risk by the CDC's criterion.
    expect(score.interpretation?.[0]?.code).toBe('no_increased_fall_risk');
  });

  it('stops a stance never taken when its time is up', () => {
    // Feet hip-width apart throughout: not the first stance.
    const result = run(timelineFrames([{ fromMs: 0, pose: STANDING }], 32_000, 6));
    const score = fourStageBalanceScore(result, MAN_72);
    expect(stagesOf(score)).toEqual([{ key: 'feet_together', seconds: 0 }]);
    expect(score.stopReason).toBe('stance_not_taken');
    expect(score.interpretation?.[0]?.code).toBe('increased_fall_risk');
  });

  it('has no finding when the person ends it before the tandem stance is decided', () => {
    const result = run(timelineFrames(ALL_HELD, 15_000, 7));
    const score = fourStageBalanceScore(result, MAN_72);
    expect(stagesOf(score).map((s) => s.key)).toEqual(['feet_together', 'semi_tandem']);
    expect(score.stopReason).toBe('ended_early');
    expect(score.interpretation).toBeNull();
  });

  it('scores stages run one by one, each begun in position, as the live flow runs them', () => {
    // The person steps between stances (a foot lifted 12–13 s and 25–26 s). As one run, the
    // second stage's hold starts at once in the first stance and the step ends the test there;
    // one run per stage, each begun once in position, the step is between runs.
    const lifted = { ...FEET_TOGETHER, hipFlexL: 40, kneeFlexL: 80 };
    const frames = timelineFrames(
      [
        { fromMs: 0, pose: FEET_TOGETHER },
        { fromMs: 12_000, pose: lifted },
        { fromMs: 13_000, pose: SEMI_TANDEM },
        { fromMs: 25_000, pose: lifted },
        { fromMs: 26_000, pose: TANDEM },
        { fromMs: 33_000, pose: TANDEM_STEPPED_OUT },
      ],
      40_000,
      8,
    );
    const whole = fourStageBalanceScore(run(frames), MAN_72);
    expect(stagesOf(whole).map((s) => s.key)).toEqual(['feet_together', 'semi_tandem']);
    expect(whole.stopReason).toBe('feet_moved');

    const stageRun = (key: BalanceStageKey, beginMs: number) =>
      setRunReplay(BALANCE_STANCES[key], balanceStageProtocol(key), frames, { fromMs: beginMs })
        .stages;
    const runs = [
      ...stageRun('feet_together', -1),
      ...stageRun('semi_tandem', 14_000),
      ...stageRun('tandem', 27_000),
    ];
    const score = fourStageBalanceScoreOfStages(runs, MAN_72);
    const stages = stagesOf(score);
    expect(stages.slice(0, 2).map((s) => s.seconds)).toEqual([10, 10]);
    // Tandem from its first frame after 27 s to the step at 33 s.
    const truth = (33_000 - (runs[2]?.startMs ?? 0)) / 1000;
    expect(Math.abs((stages[2]?.seconds ?? 0) - truth)).toBeLessThanOrEqual(FRAME_S + 1e-9);
    expect(score.stopReason).toBe('feet_moved');
    // Two stages held and none stopped yet: no finding until the tandem stance is decided.
    expect(fourStageBalanceScoreOfStages(runs.slice(0, 2), MAN_72).interpretation).toBeNull();
  });

  it('never gives a stage more than 10 s, nor a stage after a failed one (random steps)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 40_000 }),
        fc.integer({ min: 1, max: 99 }),
        (stepMs, seed) => {
          const frames = timelineFrames(
            [...ALL_HELD.slice(0, 3), { fromMs: stepMs, pose: TANDEM_STEPPED_OUT }],
            42_000,
            seed,
          );
          const stages = stagesOf(fourStageBalanceScore(run(frames), MAN_72));
          for (const s of stages) {
            expect(s.seconds).toBeGreaterThanOrEqual(0);
            expect(s.seconds).toBeLessThanOrEqual(10);
          }
          expect(stages.slice(0, -1).every((s) => s.seconds === 10)).toBe(true);
        },
      ),
      { numRuns: 8, seed: 4 },
    );
  }, 60_000);
});
