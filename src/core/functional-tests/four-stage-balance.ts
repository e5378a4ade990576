// The 4-Stage Balance Test (CDC STEADI): feet side by side, semi-tandem (the instep of one foot
// touching the big toe of the other), tandem (heel to toe), one foot; 10 s each without moving the
// feet or needing support (arms may move to keep balance); the test stops at the first stance not
// held for 10 s. Seen from the front.
//
// What the camera can tell: whether both feet are down and close together side to side (stances
// 1–3) or one foot is off the floor (stance 4), and when that stops being so — a foot stepped
// out, lifted or put down: "feet moved". From the front the three two-footed stances look alike
// (their difference is along the line of sight), so the patient is guided into each and the
// camera checks the feet stay put. "Reached for support": a wrist held far out to the side
// (beyond REACH_TORSO) for a second — a hand on a chair back or a wall. A known limit: it cannot
// tell a grab from an arm held out wide for balance, which the test allows.
import { distance, height, rule } from '../exercises/builders';
import { singleLegStance, tandemStance } from '../exercises/library-holds';
import type { ExerciseDefinition, MeasureSpec } from '../exercises/types';
import type { SetProtocol, SetStage } from '../set-run/protocol';
import type { SetRunResult, StageResult } from '../set-run/set-run';
import { fourStageBalanceFindings } from './norms';
import {
  LOINC,
  type FunctionalTestResult,
  type FunctionalTestSpec,
  type PatientFacts,
  type StageSeconds,
  type StopReason,
} from './types';

export const BALANCE_STAGE_KEYS = ['feet_together', 'semi_tandem', 'tandem', 'one_foot'] as const;
export type BalanceStageKey = (typeof BALANCE_STAGE_KEYS)[number];

export const STANCE_HOLD_MS = 10_000;
/** Time to take a stance and hold it; a stance not held by then has not been taken. */
export const STANCE_BOX_MS = 30_000;

export const REACHED_FOR_SUPPORT_RULE = 'reached_for_support';
/**
 * A wrist's sideways distance from the middle of the hips, in torso lengths, beyond which the arm
 * is reaching out: arms by the sides put the wrists 0.4 away; an arm 60° out to the side 1.5.
 */
export const REACH_TORSO = 1.2;

const withReach = (def: ExerciseDefinition, id: string): ExerciseDefinition => ({
  ...def,
  id,
  measures: [...def.measures, distance('wrist_reach', 'wrist', 'mid_hip', 'x', 'both_max')],
  formRules: [
    ...def.formRules,
    rule(REACHED_FOR_SUPPORT_RULE, 'wrist_reach', 'above', REACH_TORSO, {
      phase: 'hold',
      persistMs: 1000,
      severity: 'safety',
    }),
  ],
});

const withHoldSeconds = (def: ExerciseDefinition): ExerciseDefinition => {
  if (def.hold === null) throw new Error(`${def.id} is a hold`);
  return { ...def, hold: { ...def.hold, targetSeconds: STANCE_HOLD_MS / 1000 } };
};

const FOOT_LIFT_WORLD: MeasureSpec = {
  ...height('foot_lift', 'ankle', 'opposite_ankle', 'both_max'),
  space: 'world',
};

/**
 * Both feet down, close together side to side. The feet's heights are compared in world space:
 * seen from the front, the back foot of a tandem stance (a foot length further away) shows
 * 0.15 torso lengths higher in the image than the front one from perspective alone, which the
 * library's tandem stance (image space, at most 0.12 + 0.05) takes for a lifted foot.
 */
const twoFeet = (id: BalanceStageKey): ExerciseDefinition =>
  withReach(
    {
      ...tandemStance,
      measures: [
        distance('feet_gap_x', 'ankle', 'opposite_ankle', 'x', 'both_mean'),
        FOOT_LIFT_WORLD,
      ],
      startPosition: { conditions: [{ measure: 'feet_gap_x', max: 0.3 }] },
      hold: {
        conditions: [
          { measure: 'feet_gap_x', max: 0.3, tolerance: 0.08 },
          { measure: 'foot_lift', max: 0.12, tolerance: 0.05 },
        ],
        targetSeconds: STANCE_HOLD_MS / 1000,
        graceMs: 400,
      },
      formRules: [],
    },
    `balance_${id}`,
  );

export const BALANCE_STANCES: Readonly<Record<BalanceStageKey, ExerciseDefinition>> = {
  feet_together: twoFeet('feet_together'),
  semi_tandem: twoFeet('semi_tandem'),
  tandem: twoFeet('tandem'),
  // The library's single-leg stance, its foot lift in world space too (the tandem stance's
  // perspective alone would pass its image-space 0.15).
  one_foot: withReach(
    withHoldSeconds({
      ...singleLegStance,
      measures: singleLegStance.measures.map((m) => (m.id === 'foot_lift' ? FOOT_LIFT_WORLD : m)),
    }),
    'balance_one_foot',
  ),
};

const stage = (key: BalanceStageKey): SetStage => ({
  key,
  definition: BALANCE_STANCES[key],
  target: { kind: 'hold', holdMs: STANCE_HOLD_MS },
  timeBoxMs: STANCE_BOX_MS,
  failOnHoldBreak: true,
  stopOnFaults: [REACHED_FOR_SUPPORT_RULE],
});

/**
 * The whole test as one run: each stage starts on the frame after the previous one's 10 s. For a
 * stored trace's replay. Live, the person needs time to move into the next stance — a foot moved
 * on the way would end the test (stances 1–3 look alike to the camera, so the next stage's hold
 * starts at once) — and the CDC protocol says "Ready, begin" for each: the live flow runs each
 * stage as its own set run (balanceStageProtocol), started when the person is in position, and
 * scores the stages together (fourStageBalanceScoreOfStages).
 */
export const fourStageBalance: FunctionalTestSpec = {
  id: 'four_stage_balance',
  definition: BALANCE_STANCES.feet_together,
  protocol: { stages: BALANCE_STAGE_KEYS.map(stage) },
};

/** One stage as its own run (its stance's definition is the stage's). */
export const balanceStageProtocol = (key: BalanceStageKey): SetProtocol => ({
  stages: [stage(key)],
});

/**
 * A stage's seconds: the time its stance was held, at most 10; when the stage stopped for a
 * reach, the hold up to the reach's start (its timer ran on while the reach lasted long enough to
 * be one).
 */
function stageSeconds(s: StageResult): number {
  const held = s.summary.holdSeconds ?? 0;
  const failure = s.failure;
  const reach =
    failure?.kind === 'fault'
      ? s.summary.faults.find((f) => f.ruleId === failure.ruleId)
      : undefined;
  const during = reach === undefined || s.endMs === null ? 0 : (s.endMs - reach.startMs) / 1000;
  return Math.min(STANCE_HOLD_MS / 1000, Math.max(0, held - during));
}

function stageStopReason(s: StageResult): StopReason | null {
  if (s.outcome === 'ended') return 'ended_early';
  const failure = s.failure;
  if (failure === null) return null;
  if (failure.kind === 'fault') return 'reached_for_support';
  if (failure.kind === 'hold_broken') return 'feet_moved';
  return 'stance_not_taken';
}

/**
 * The score: seconds per stage attempted, in order, up to the first not held for 10 s; the reason
 * it stopped there. The norm looks at the tandem stance (stage 3): 0 s when the test stopped
 * before it.
 */
export function fourStageBalanceScore(
  result: SetRunResult,
  facts: PatientFacts,
): FunctionalTestResult {
  return fourStageBalanceScoreOfStages(result.stages, facts);
}

/** The score of the stages run so far, in order, one run each or one run for all. */
export function fourStageBalanceScoreOfStages(
  results: readonly StageResult[],
  facts: PatientFacts,
): FunctionalTestResult {
  const stopAt = results.findIndex((s) => s.outcome !== 'target_reached');
  const run = stopAt === -1 ? results : results.slice(0, stopAt + 1);
  const stages: StageSeconds[] = run.map((s) => ({ key: s.key, seconds: stageSeconds(s) }));
  const stopped = stopAt === -1 ? undefined : results[stopAt];
  const stopReason = stopped === undefined ? null : stageStopReason(stopped);
  const tandem = stages.find((s) => s.key === 'tandem')?.seconds ?? 0;
  // The tandem stance is decided when held, or when the test stopped at or before it for a reason
  // of the test's; not when the person ended it (or stages are still to come).
  const isTandemDecided =
    run.some((s) => s.key === 'tandem' && s.outcome === 'target_reached') ||
    (stopReason !== null && stopReason !== 'ended_early');
  return {
    testId: 'four_stage_balance',
    loinc: LOINC.fourStageBalance,
    score: { kind: 'stages', stages },
    stopReason,
    interpretation: isTandemDecided ? fourStageBalanceFindings(tandem, facts) : null,
  };
}
