import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  REP_COUNTER_DEFAULTS,
  repCounterCreate,
  repCounterFinish,
  repCounterStep,
  type RepCounterConfig,
  type RepCounterEvent,
} from '../../../src/core/rep-counter';
import { ms } from '../../../src/core/units';
import { repSchedule, type RepPlan } from '../../helpers/motion';

const config: RepCounterConfig = {
  ...REP_COUNTER_DEFAULTS,
  minExcursion: 30,
  minRomFraction: 0.5,
  minRepMs: 500,
  maxRepMs: 15_000,
};

interface Run {
  events: RepCounterEvent[];
  count: number;
}

/** Feeds a progress signal sampled at `fps` from `fromMs` to `toMs`; `valueAt` null = no reading. */
function feed(valueAt: (t: number) => number | null, toMs: number, fps = 30, fromMs = 0): Run {
  const state = repCounterCreate();
  const events: RepCounterEvent[] = [];
  for (let t = fromMs; t <= toMs; t += 1000 / fps)
    events.push(...repCounterStep(state, config, ms(t), valueAt(t)));
  events.push(...repCounterFinish(state, config));
  return { events, count: state.count };
}

const plan: RepPlan = { leadMs: 1000, count: 5, outMs: 1000, backMs: 1000, restMs: 800 };
const scheduled = (p: RepPlan, amplitude = 90) => {
  const s = repSchedule(p);
  return { ...s, valueAt: (t: number) => amplitude * s.fraction(t) };
};
const reps = (r: Run) => r.events.filter((e) => e.kind === 'rep');
const partials = (r: Run) => r.events.flatMap((e) => (e.kind === 'partial' ? [e.reason] : []));

describe('repCounterStep', () => {
  it('counts every whole rep once, ending near the true end', () => {
    const s = scheduled(plan);
    const run = feed(s.valueAt, s.durationMs);
    expect(run.count).toBe(5);
    expect(partials(run)).toEqual([]);
    reps(run).forEach((e, i) => {
      const truth = s.reps[i];
      expect(e.window.endMs).toBeGreaterThan((truth?.endMs ?? 0) - 500);
      expect(e.window.endMs).toBeLessThanOrEqual((truth?.endMs ?? 0) + 100);
      expect(e.window.peakMs).toBeCloseTo(truth?.peakMs ?? 0, -2);
    });
  });

  it('does not count a rep already under way when tracking begins', () => {
    const s = scheduled(plan);
    // Tracking starts half-way down the first rep.
    const run = feed(s.valueAt, s.durationMs, 30, (s.reps[0]?.startMs ?? 0) + 500);
    expect(run.count).toBe(4);
    expect(partials(run)).toEqual(['started_mid_movement']);
  });

  it('does not count a return seen without its start (tracking begins at the bottom)', () => {
    const s = scheduled(plan);
    const run = feed(s.valueAt, s.durationMs, 30, s.reps[0]?.peakMs ?? 0);
    expect(run.count).toBe(4);
    expect(partials(run)).toEqual(['started_mid_movement']);
  });

  it('reports a return seen without its start even when the stream ends before it settles', () => {
    const s = scheduled(plan);
    const last = s.reps[4];
    // Tracking begins at the last rep's deepest point and stops 100 ms after it is back.
    const run = feed(s.valueAt, (last?.endMs ?? 0) + 100, 30, last?.peakMs ?? 0);
    expect(run.count).toBe(0);
    expect(partials(run)).toEqual(['started_mid_movement']);
  });

  it('reports a rep cut off by the end of the set as partial', () => {
    const s = scheduled(plan);
    const run = feed(s.valueAt, s.reps[4]?.peakMs ?? 0);
    expect(run.count).toBe(4);
    expect(partials(run)).toEqual(['not_completed']);
  });

  it('reports a shallow rep among full ones as not deep enough', () => {
    const s = scheduled({ ...plan, depths: [1, 1, 0.3, 1, 1] });
    const run = feed(s.valueAt, s.durationMs);
    expect(run.count).toBe(4);
    expect(partials(run)).toEqual(['not_deep_enough']);
  });

  it('ignores movements smaller than the minimum excursion', () => {
    const s = scheduled(plan, 20);
    const run = feed(s.valueAt, s.durationMs);
    expect(run.count).toBe(0);
  });

  it('reports too-fast and too-slow reps', () => {
    const fast = scheduled({ ...plan, outMs: 150, backMs: 150 });
    expect(partials(feed(fast.valueAt, fast.durationMs))).toEqual(Array(5).fill('too_fast'));
    const slow = scheduled({ ...plan, count: 1, outMs: 12_000, backMs: 12_000 });
    expect(partials(feed(slow.valueAt, slow.durationMs))).toEqual(['too_slow']);
  });

  it('bridges brief gaps and dropped frames but ends a rep when tracking is lost', () => {
    const s = scheduled(plan);
    const r2 = s.reps[1];
    const brief = feed(
      (t) => (t > (r2?.peakMs ?? 0) && t < (r2?.peakMs ?? 0) + 300 ? null : s.valueAt(t)),
      s.durationMs,
    );
    expect(brief.count).toBe(5);
    const dropped = feed(s.valueAt, s.durationMs, 12);
    expect(dropped.count).toBe(5);
    const lost = feed(
      (t) => (t > (r2?.peakMs ?? 0) && t < (r2?.peakMs ?? 0) + 2000 ? null : s.valueAt(t)),
      s.durationMs,
    );
    expect(lost.count).toBe(4);
    expect(partials(lost)).toContain('lost_tracking');
  });

  it('never decreases its count, whatever the input (property)', () => {
    const sample = fc.record({
      dt: fc.integer({ min: 1, max: 1500 }),
      v: fc.option(fc.double({ min: -500, max: 500, noNaN: true }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(sample, { maxLength: 300 }), (samples) => {
        const state = repCounterCreate();
        let t = 0;
        let last = 0;
        for (const s of samples) {
          t += s.dt;
          repCounterStep(state, config, ms(t), s.v);
          if (state.count < last) return false;
          last = state.count;
        }
        repCounterFinish(state, config);
        return state.count >= last;
      }),
    );
  });
});
