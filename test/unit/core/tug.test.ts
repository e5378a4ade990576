// The Timed Up and Go analyser on the stick body's TUG (test/helpers/tug-motion.ts), whose events
// are known: the time from the first lean to rise to the buttocks on the seat, within a frame;
// the person out of the picture (or someone else in it) at the turn; never sitting down again; a
// slow test; the live states.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TUG_SEATED_CONFIRM_MS,
  tugReplay,
  tugRunCreate,
  type TugLiveState,
  type TugPhase,
} from '../../../src/core/functional-tests/tug';
import { CAMERA_16_9, renderPose, STANDING } from '../../helpers/stick-body';
import {
  TUG_PLAN,
  tugFrames,
  tugPlanScaled,
  tugTruth,
  type TugPlan,
} from '../../helpers/tug-motion';
import { TUG_AT_RISK_S, tugFindings } from '../../../src/core/functional-tests/norms';

const FRAME_MS = 1000 / 30;
const phase = (phases: readonly TugPhase[], key: TugPhase['key']): TugPhase | undefined =>
  phases.find((p) => p.key === key);

describe('tugRunCreate', () => {
  const truth = tugTruth();

  it('times a walk-turn-walk-sit from the first lean to the seat, within a frame', () => {
    const result = tugReplay(tugFrames());
    expect(result.incomplete).toBeNull();
    expect(result.startMs).not.toBeNull();
    expect(Math.abs((result.startMs ?? NaN) - truth.startMs)).toBeLessThanOrEqual(FRAME_MS);
    expect(Math.abs((result.endMs ?? NaN) - truth.endMs)).toBeLessThanOrEqual(FRAME_MS);
    expect(Math.abs((result.timeMs ?? NaN) - (truth.endMs - truth.startMs))).toBeLessThanOrEqual(
      FRAME_MS,
    );
    expect(result.observations).toEqual([]);
    expect(result.unseenMs).toBe(0);
  });

  it('reports the five phases in order, the turn where the body turned', () => {
    const { phases } = tugReplay(tugFrames());
    expect(phases.map((p) => p.key)).toEqual(['rise', 'walk_out', 'turn', 'walk_back', 'sit']);
    expect(phases.every((p) => p.visibility === 'seen')).toBe(true);
    // Each phase ends where the next begins, from the start to the end.
    for (let i = 1; i < phases.length; i += 1) {
      expect(phases[i]?.startMs).toBe(phases[i - 1]?.endMs);
    }
    const turn = phase(phases, 'turn');
    // The turn (yaw 180° at an even speed) is 45° to 135° from the outward heading: its middle
    // half, by the definition of a turn (TUG_TURN_LEFT_HEADING_DEG).
    const quarter = (truth.turnEndMs - truth.turnStartMs) / 4;
    expect(Math.abs((turn?.startMs ?? NaN) - (truth.turnStartMs + quarter))).toBeLessThanOrEqual(
      FRAME_MS,
    );
    expect(Math.abs((turn?.endMs ?? NaN) - (truth.turnEndMs - quarter))).toBeLessThanOrEqual(
      FRAME_MS,
    );
    // The rise ends standing, before the walk; the sit starts after the turn to the chair.
    const rise = phase(phases, 'rise');
    expect(rise?.endMs ?? NaN).toBeGreaterThan(truth.startMs + TUG_PLAN.leanMs);
    expect(rise?.endMs ?? NaN).toBeLessThanOrEqual(
      truth.startMs + TUG_PLAN.leanMs + TUG_PLAN.riseMs,
    );
    const sit = phase(phases, 'sit');
    expect(sit?.startMs ?? NaN).toBeGreaterThan(truth.endMs - TUG_PLAN.descentMs);
  });

  it('keeps the clock running while the person is out of the picture at the turn', () => {
    const gapFrom = truth.turnStartMs - 300;
    const gapTo = truth.turnEndMs + 300;
    const frames = tugFrames(TUG_PLAN, { absent: (t) => t >= gapFrom && t < gapTo });
    const result = tugReplay(frames);
    expect(Math.abs((result.timeMs ?? NaN) - (truth.endMs - truth.startMs))).toBeLessThanOrEqual(
      FRAME_MS,
    );
    expect(Math.abs(result.unseenMs - (gapTo - gapFrom))).toBeLessThanOrEqual(FRAME_MS);
    const turn = phase(result.phases, 'turn');
    expect(turn).toEqual({ key: 'turn', startMs: null, endMs: null, visibility: 'not_seen' });
    const out = phase(result.phases, 'walk_out');
    const back = phase(result.phases, 'walk_back');
    // The walk out ends at the last frame seen, the walk back starts at the first one after.
    expect(out?.endMs ?? NaN).toBeLessThan(gapFrom);
    expect(gapFrom - (out?.endMs ?? NaN)).toBeLessThanOrEqual(FRAME_MS);
    expect(back?.startMs ?? NaN).toBeGreaterThanOrEqual(gapTo);
    expect((back?.startMs ?? NaN) - gapTo).toBeLessThanOrEqual(FRAME_MS);
  });

  it('takes someone else in view at the turn (the model jumps to them) as the person not seen', () => {
    const gapFrom = truth.turnStartMs - 300;
    const gapTo = truth.turnEndMs + 300;
    // An assessor standing still farther back: a smaller body, where the patient was not.
    const far = { ...CAMERA_16_9, distance: 8, height: -0.4 };
    const frames = tugFrames().map((f) =>
      f.timestampMs >= gapFrom && f.timestampMs < gapTo
        ? renderPose(STANDING, f.timestampMs, { camera: far })
        : f,
    );
    const result = tugReplay(frames);
    expect(Math.abs((result.timeMs ?? NaN) - (truth.endMs - truth.startMs))).toBeLessThanOrEqual(
      FRAME_MS,
    );
    expect(Math.abs(result.unseenMs - (gapTo - gapFrom))).toBeLessThanOrEqual(FRAME_MS);
    expect(phase(result.phases, 'turn')?.visibility).toBe('not_seen');
  });

  it('gives no time when the person never sits down again, saying why', () => {
    const frames = tugFrames().filter((f) => f.timestampMs < truth.endMs - TUG_PLAN.descentMs);
    const result = tugReplay(frames);
    expect(result.timeMs).toBeNull();
    expect(result.incomplete).toBe('not_seated_again');
    expect(phase(result.phases, 'sit')).toBeUndefined();
  });

  it('gives no time when the person never sat, or never rose', () => {
    const standingOnly = tugFrames().filter(
      (f) => f.timestampMs > truth.startMs + 2000 && f.timestampMs < truth.turnStartMs,
    );
    expect(tugReplay(standingOnly).incomplete).toBe('never_seated');
    const seatedOnly = tugFrames().filter((f) => f.timestampMs < truth.startMs);
    expect(tugReplay(seatedOnly).incomplete).toBe('never_rose');
    expect(tugReplay([]).incomplete).toBe('never_seated');
  });

  it('calls a slow test at risk and its walk slow, as observations apart from the time', () => {
    const slow = tugPlanScaled(2);
    const t = tugTruth(slow);
    const result = tugReplay(tugFrames(slow));
    expect(Math.abs((result.timeMs ?? NaN) - (t.endMs - t.startMs))).toBeLessThanOrEqual(FRAME_MS);
    expect(result.timeMs ?? 0).toBeGreaterThanOrEqual(TUG_AT_RISK_S * 1000);
    // The norm (norms.ts) reads the time for a person of 65 or more.
    expect(tugFindings((result.timeMs ?? 0) / 1000, { ageYears: 70, sex: null })).toEqual([
      { norm: 'cdc_steadi_tug', code: 'increased_fall_risk', threshold: TUG_AT_RISK_S },
    ]);
    expect(result.observations).toEqual(['slow_pace']);
  });

  it('runs live: waiting, then running with the elapsed time, then done', () => {
    const run = tugRunCreate();
    const states: { t: number; state: TugLiveState }[] = [];
    for (const frame of tugFrames()) states.push({ t: frame.timestampMs, state: run.push(frame) });
    const firstOf = (kind: TugLiveState['kind']) => states.find((s) => s.state.kind === kind);
    expect(states[0]?.state.kind).toBe('waiting');
    const running = firstOf('running');
    // Running once standing is confirmed, the start back-dated to the lean.
    expect(running?.t ?? NaN).toBeLessThanOrEqual(
      truth.startMs + TUG_PLAN.leanMs + TUG_PLAN.riseMs,
    );
    if (running?.state.kind !== 'running') throw new Error('never running');
    expect(running.state.elapsedMs).toBeCloseTo(running.t - running.state.startMs, 6);
    const done = firstOf('done');
    expect(done?.t ?? NaN).toBeGreaterThanOrEqual(truth.endMs + TUG_SEATED_CONFIRM_MS - FRAME_MS);
    expect(done?.t ?? NaN).toBeLessThanOrEqual(truth.endMs + TUG_SEATED_CONFIRM_MS + 200);
    // Between them, running all the way; done stays done, with finish()'s result.
    const between = states.filter((s) => s.t >= (running.t ?? 0) && s.t < (done?.t ?? 0));
    expect(between.every((s) => s.state.kind === 'running')).toBe(true);
    expect(states.at(-1)?.state.kind).toBe('done');
    if (done?.state.kind !== 'done') throw new Error('never done');
    expect(run.finish()).toEqual(done.state.result);
  });

  it('times any pace of test within a frame, never beyond the frames it saw, phases in order', () => {
    const part = fc.double({ min: 0.6, max: 2.5, noNaN: true });
    const plans = fc
      .array(part, {
        minLength: Object.keys(TUG_PLAN).length,
        maxLength: Object.keys(TUG_PLAN).length,
      })
      .map(
        (ks) =>
          Object.fromEntries(
            Object.entries(TUG_PLAN).map(([key, v], i) => [key, v * (ks[i] ?? 1)]),
          ) as unknown as TugPlan,
      );
    fc.assert(
      fc.property(plans, fc.boolean(), (plan, isLostAtTurn) => {
        const t = tugTruth(plan);
        const frames = tugFrames(
          plan,
          isLostAtTurn ? { absent: (ms) => ms >= t.turnStartMs && ms < t.turnEndMs } : {},
        );
        const result = tugReplay(frames);
        const first = frames[0]?.timestampMs ?? NaN;
        const last = frames.at(-1)?.timestampMs ?? NaN;
        expect(Math.abs((result.timeMs ?? NaN) - (t.endMs - t.startMs))).toBeLessThanOrEqual(
          FRAME_MS,
        );
        expect(result.timeMs ?? Infinity).toBeLessThanOrEqual(last - first);
        const times = result.phases.flatMap((p) => [p.startMs, p.endMs]).filter((x) => x !== null);
        expect(times).toEqual([...times].sort((a, b) => a - b));
        expect(phase(result.phases, 'turn')?.visibility).toBe(isLostAtTurn ? 'not_seen' : 'seen');
      }),
      { numRuns: 12, seed: 14 },
    );
  });
});
