// What the two sit-to-stand tests share: the sit-to-stand exercise watched for the arms leaving
// the chest (both tests are done with the arms crossed on the chest; rising with their help
// stops the test), and how a result's stage is read.
import { distance, rule } from '../exercises/builders';
import { sitToStand } from '../exercises/library-squat-family';
import type { ExerciseDefinition } from '../exercises/types';
import type { SetRunResult, StageResult } from '../set-run/set-run';
import type { StopReason } from './types';

/** The form rule whose fault is "the arms were used to rise". */
export const ARMS_USED_RULE = 'arms_used';

/**
 * The wrist's distance from the middle of the shoulders, in torso lengths, above which the arms
 * are off the chest. Crossed on the chest the wrists are 0.35–0.5 torso lengths from it (upright
 * and leaning 40° to rise: the stick body's adult proportions); hands pushing on the thighs or
 * the seat, or hanging, put them 1.05–1.45 away. 0.8 sits between with room for landmark noise.
 */
export const ARMS_OFF_CHEST_TORSO = 0.8;

/**
 * The sit-to-stand, arms crossed: the library's exercise plus the wrists' distance from the chest
 * and the rule that fires when either wrist leaves it during a rise for 300 ms (a hand pushing on
 * a thigh or the seat takes longer than that; a fumble of the landmarks for a frame or two not).
 * The id stays the exercise's: a test's reps are sit-to-stands.
 */
export const sitToStandArmsCrossed: ExerciseDefinition = {
  ...sitToStand,
  measures: [
    ...sitToStand.measures,
    distance('wrist_to_chest', 'wrist', 'mid_shoulder', 'xy', 'both_max'),
  ],
  formRules: [
    ...sitToStand.formRules,
    rule(ARMS_USED_RULE, 'wrist_to_chest', 'above', ARMS_OFF_CHEST_TORSO, {
      phase: 'rep',
      persistMs: 300,
      severity: 'safety',
    }),
  ],
};

/** The single stage of a sit-to-stand test's run (a run that saw no frame has an empty one). */
export function testStage(result: SetRunResult): StageResult {
  const stage = result.stages[0];
  if (stage === undefined) throw new Error('a set run result has at least one stage');
  return stage;
}

/** Why a sit-to-stand test stopped early, or null when it ran to its end. */
export function sitToStandStopReason(stage: StageResult): StopReason | null {
  const failure = stage.failure;
  if (failure?.kind === 'fault' && failure.ruleId === ARMS_USED_RULE) return 'arms_used';
  if (failure?.kind === 'target_not_reached') return 'stands_not_completed';
  if (stage.outcome === 'ended') return 'ended_early';
  return null;
}
