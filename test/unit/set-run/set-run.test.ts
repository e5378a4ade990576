// The set run on synthetic sets: completion by target, by time box and by stage, frames outside
// the set, the reps kept at the end, and that it gives exactly what its analyzer gives.
import { describe, expect, it } from 'vitest';
import { createExerciseAnalyzer } from '../../../src/core/analyzer';
import { getExercise } from '../../../src/core/exercises/library';
import type { ExerciseDefinition, FormRule } from '../../../src/core/exercises/types';
import type { PartialRecord } from '../../../src/core/analysis-types';
import type { PoseFrame } from '../../../src/core/landmarks';
import { traceQuantiseFrame } from '../../../src/core/trace-codec';
import {
  OPEN_PROTOCOL,
  protocolOfSet,
  protocolProblems,
  setRunCreate,
  setRunReplay,
  type SetProtocol,
  type SetRunUpdate,
} from '../../../src/core/set-run';
import { repSet, SQUAT_BOTTOM } from '../../helpers/exercise-sets';
import { frameStream } from '../../helpers/motion';
import { seededRandom, STANDING, type Pose } from '../../helpers/stick-body';

const SLOW = { leadMs: 1000, count: 5, outMs: 1200, backMs: 1200, restMs: 700, holdMs: 300 };
const squat = getExercise('squat');
const squats = repSet(STANDING, [SQUAT_BOTTOM], SLOW, { view: 'side', seed: 3 });
const ruleOf = (def: ExerciseDefinition, id: string): FormRule => {
  const rule = def.formRules.find((r) => r.id === id);
  if (rule === undefined) throw new Error(`${def.id} has no rule ${id}`);
  return rule;
};

function pushAll(
  protocol: SetProtocol,
  frames: readonly PoseFrame[],
  options = {},
): { updates: (SetRunUpdate | null)[]; run: ReturnType<typeof setRunCreate> } {
  const run = setRunCreate(squat, protocol, options);
  return { updates: frames.map((f) => run.push(f)), run };
}

describe('the set run', () => {
  it('gives what its analyzer gives for an open-ended set (of the frames as a trace keeps them)', () => {
    const analyzer = createExerciseAnalyzer(squat);
    squats.frames.forEach((f) => analyzer.push(traceQuantiseFrame(f)));
    const expected = analyzer.finish();
    const result = setRunReplay(squat, OPEN_PROTOCOL, squats.frames);
    expect(result.summary).toEqual(expected);
    expect(result.summary.repCount).toBe(5);
    expect(result.completion).toBeNull();
    expect(result.frames).toBe(squats.frames.length);
    expect(result.stages.map((s) => s.outcome)).toEqual(['ended']);
  });

  it('completes on the frame of the target rep and analyses nothing after', () => {
    const { updates, run } = pushAll(protocolOfSet(squat, 3), squats.frames);
    const completing = updates.findIndex((u) => (u?.completion ?? null) !== null);
    const update = updates[completing];
    expect(update?.repCount).toBe(3);
    expect(update?.reps.map((r) => r.index)).toEqual([3]);
    expect(update?.completion).toEqual({
      reason: 'target_reached',
      atMs: squats.frames[completing]?.timestampMs,
      stageIndex: 0,
    });
    expect(updates.slice(completing + 1).every((u) => u === null)).toBe(true);
    const result = run.finish();
    expect(result.summary.repCount).toBe(3);
    expect(result.stages[0]?.outcome).toBe('target_reached');
    // The third rep ends within half a second of the schedule's third rep.
    const third = squats.schedule.reps[2]?.endMs ?? 0;
    expect(Math.abs((result.completion?.atMs ?? 0) - third)).toBeLessThan(500);
  });

  it('ends a time-boxed count when the box is over, counting only inside it', () => {
    // The box ends while the second squat is on its way down: one rep, and the second a partial.
    const boxMs = 5000;
    const protocol: SetProtocol = { stages: [{ key: 'count', target: null, timeBoxMs: boxMs }] };
    const { updates, run } = pushAll(protocol, squats.frames);
    const first = squats.frames[0]?.timestampMs ?? 0;
    const done = updates.find((u) => (u?.completion ?? null) !== null);
    expect(done?.completion?.reason).toBe('time_up');
    expect((done?.completion?.atMs ?? 0) - first).toBeGreaterThanOrEqual(boxMs);
    expect((done?.completion?.atMs ?? 0) - first).toBeLessThan(boxMs + 40);
    const result = run.finish();
    expect(result.summary.repCount).toBe(1);
    expect(result.summary.partials.map((p) => p.reason)).toEqual(['not_completed']);
    // The time left counts down from the box.
    expect(updates[0]?.stage.remainingMs).toBe(boxMs);
    expect(done?.stage.remainingMs).toBe(0);
  });

  it('runs staged protocols stage by stage, each with its own clock', () => {
    const protocol: SetProtocol = {
      stages: [
        { key: 'a', target: null, timeBoxMs: 3000 },
        { key: 'b', target: null, timeBoxMs: 3000 },
      ],
    };
    const { updates, run } = pushAll(protocol, squats.frames);
    const keys = updates.flatMap((u) => (u === null ? [] : [u.stage.key]));
    expect(keys[0]).toBe('a');
    expect(keys.at(-1)).toBe('b');
    const second = updates.find((u) => u?.stage.key === 'b');
    expect(second?.stage.elapsedMs).toBe(0);
    const result = run.finish();
    expect(result.completion?.reason).toBe('time_up');
    expect(result.completion?.stageIndex).toBe(1);
    expect(result.stages.map((s) => s.outcome)).toEqual(['time_up', 'time_up']);
  });

  it('fails a stage whose target is not reached in its box, ending the protocol', () => {
    const protocol: SetProtocol = {
      stages: [
        { key: 'first', target: { kind: 'reps', reps: 50 }, timeBoxMs: 3000 },
        { key: 'never', target: null, timeBoxMs: 3000 },
      ],
    };
    const result = setRunReplay(squat, protocol, squats.frames);
    expect(result.completion?.reason).toBe('stage_failed');
    expect(result.stages.map((s) => [s.key, s.outcome])).toEqual([['first', 'failed']]);
  });

  it('fails a balance stance let go before its target when the stage says so', () => {
    const tree: Pose = { ...STANDING, hipFlexL: 40, hipAbdL: 30, kneeFlexL: 110 };
    const frames = frameStream((t) => (t >= 1000 && t <= 4000 ? tree : STANDING), {
      fps: 30,
      durationMs: 9000,
      noisePx: 1,
      random: seededRandom(21),
    });
    const stance = getExercise('single_leg_stance');
    const protocol: SetProtocol = {
      stages: [
        {
          key: 'stance',
          target: { kind: 'hold', holdMs: 6000 },
          timeBoxMs: null,
          failOnHoldBreak: true,
        },
      ],
    };
    const failing = setRunReplay(stance, protocol, frames);
    expect(failing.completion?.reason).toBe('stage_failed');
    expect(failing.stages[0]?.failure).toEqual({ kind: 'hold_broken' });
    expect(failing.summary.holdSeconds).toBeGreaterThan(2.5);
    expect(failing.summary.holdSeconds).toBeLessThan(6);
    // Without failOnHoldBreak the same stream just ends without reaching the target.
    const open = setRunReplay(
      stance,
      {
        stages: [{ key: 'stance', target: { kind: 'hold', holdMs: 6000 }, timeBoxMs: null }],
      },
      frames,
    );
    expect(open.completion).toBeNull();
  });

  it('stops a stage at once when a fault it names starts, saying which', () => {
    // A squat whose trunk leans past a rule's threshold on every rep: the stage that names the
    // rule fails on the frame its fault starts; a stage that does not name it runs on.
    const leaning = { ...squat, formRules: [{ ...ruleOf(squat, 'trunk_lean'), threshold: 20 }] };
    const stopping: SetProtocol = {
      stages: [{ key: 'main', target: null, timeBoxMs: null, stopOnFaults: ['trunk_lean'] }],
    };
    const stopped = setRunReplay(leaning, stopping, squats.frames);
    expect(stopped.completion?.reason).toBe('stage_failed');
    expect(stopped.stages[0]?.failure).toEqual({ kind: 'fault', ruleId: 'trunk_lean' });
    expect(stopped.summary.repCount).toBe(0);
    const first = squats.schedule.reps[0];
    expect(stopped.completion?.atMs).toBeGreaterThan(first?.startMs ?? Infinity);
    expect(stopped.completion?.atMs).toBeLessThan(first?.peakMs ?? 0);
    const open = setRunReplay(leaning, OPEN_PROTOCOL, squats.frames);
    expect(open.completion).toBeNull();
    expect(open.summary.repCount).toBe(5);
    expect(open.stages[0]?.failure).toBeNull();
  });

  it('says why a stage failed: its hold broken, or its target missed in its box', () => {
    const protocol: SetProtocol = {
      stages: [{ key: 'first', target: { kind: 'reps', reps: 50 }, timeBoxMs: 3000 }],
    };
    const result = setRunReplay(squat, protocol, squats.frames);
    expect(result.stages[0]?.failure).toEqual({ kind: 'target_not_reached' });
  });

  it("keeps the movement a stage's end cut off, apart from the partials before it", () => {
    // The second squat runs from 4.4 s, bottom at 5.6 s, back up at 7.1 s: a box of 5 s cuts it
    // half-way down, a box of 6.2 s on its way up from the bottom. A set ending at rest cuts nothing.
    const second = squats.schedule.reps[1];
    const cutBy = (boxMs: number): PartialRecord | null | undefined =>
      setRunReplay(
        squat,
        { stages: [{ key: 'count', target: null, timeBoxMs: boxMs }] },
        squats.frames,
      ).stages[0]?.cut;
    const halfway = cutBy(5000);
    expect(halfway?.startMs).toBeGreaterThan((second?.startMs ?? 0) - 200);
    expect(halfway?.depthFraction).toBeGreaterThan(0.1);
    expect(halfway?.depthFraction).toBeLessThan(0.6);
    expect(cutBy(6200)?.depthFraction).toBeGreaterThan(0.9);
    expect(setRunReplay(squat, OPEN_PROTOCOL, squats.frames).stages[0]?.cut).toBeNull();
  });

  it('completes a hold set when the prescribed hold is reached', () => {
    const tree: Pose = { ...STANDING, hipFlexL: 40, hipAbdL: 30, kneeFlexL: 110 };
    const frames = frameStream(() => tree, {
      fps: 30,
      durationMs: 8000,
      noisePx: 1,
      random: seededRandom(5),
    });
    const stance = { ...getExercise('single_leg_stance') };
    const hold = stance.hold;
    if (hold === null) throw new Error('single_leg_stance is a hold');
    const def = { ...stance, hold: { ...hold, targetSeconds: 4 } };
    const result = setRunReplay(def, protocolOfSet(def, null), frames);
    expect(result.completion?.reason).toBe('target_reached');
    expect(result.summary.holdSeconds).toBeGreaterThanOrEqual(4);
    expect(result.summary.holdSeconds).toBeLessThan(4.1);
  });

  it('ignores frames at or before the start it is given', () => {
    const fromMs = squats.schedule.reps[1]?.endMs ?? 0;
    const { updates, run } = pushAll(OPEN_PROTOCOL, squats.frames, { fromMs });
    const analysed = updates.filter((u) => u !== null).length;
    expect(analysed).toBe(squats.frames.filter((f) => f.timestampMs > fromMs).length);
    expect(run.finish().summary.repCount).toBe(3);
  });

  it('keeps only the reps shown when asked', () => {
    const { run } = pushAll(OPEN_PROTOCOL, squats.frames);
    const result = run.finish({ keepReps: 2 });
    expect(result.summary.repCount).toBe(2);
    expect(result.summary.reps.map((r) => r.index)).toEqual([1, 2]);
  });

  it('measures a partial rep against the median counted rep, not the middle one in time', () => {
    // The same three counted depths in two orders: their median is the same, while the middle
    // one in time is the shallow rep in one order and the deep rep in the other.
    const depthOf = (depths: number[]): number | null => {
      const plan = { ...SLOW, count: 4, depths };
      const { frames } = repSet(STANDING, [SQUAT_BOTTOM], plan, { view: 'side', seed: 11 });
      const result = setRunReplay(squat, OPEN_PROTOCOL, frames);
      expect(result.summary.repCount).toBe(3);
      expect(result.summary.partials.map((p) => p.reason)).toEqual(['not_deep_enough']);
      return result.summary.partials[0]?.depthFraction ?? null;
    };
    const a = depthOf([1, 0.7, 0.8, 0.4]);
    const b = depthOf([0.7, 1, 0.8, 0.4]);
    expect(a).toBeGreaterThan(0.2);
    expect(a).toBeLessThan(0.8);
    expect(Math.abs((a ?? 0) - (b ?? 1))).toBeLessThan(0.03);
  });

  it('names the problems of a protocol it cannot run', () => {
    expect(protocolProblems({ stages: [] })).toEqual([{ stage: -1, code: 'no_stages' }]);
    expect(
      protocolProblems({
        stages: [
          { key: 'a', target: { kind: 'reps', reps: 0 }, timeBoxMs: -1 },
          { key: 'b', target: { kind: 'hold', holdMs: Number.NaN }, timeBoxMs: null },
        ],
      }),
    ).toEqual([
      { stage: 0, code: 'bad_time_box' },
      { stage: 0, code: 'bad_rep_target' },
      { stage: 1, code: 'bad_hold_target' },
    ]);
    expect(protocolProblems(protocolOfSet(squat, 10))).toEqual([]);
  });
});
