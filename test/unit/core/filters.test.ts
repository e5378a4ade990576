import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneEuroStep, type OneEuroParams, type OneEuroState } from '../../../src/core/filters';
import { ms } from '../../../src/core/units';

const params: OneEuroParams = { minCutoff: 1, beta: 0.02, dCutoff: 1 };

function run(p: OneEuroParams, samples: readonly { t: number; v: number }[]): number[] {
  let state: OneEuroState | null = null;
  return samples.map((s) => {
    state = oneEuroStep(p, state, s.v, ms(s.t));
    return state.value;
  });
}

describe('oneEuroStep', () => {
  it('passes a constant through unchanged', () => {
    const out = run(
      params,
      Array.from({ length: 50 }, (_, i) => ({ t: i * 33, v: 42 })),
    );
    for (const v of out) expect(v).toBe(42);
  });

  it('smooths jitter at rest and follows a fast move with less lag when beta is larger', () => {
    const step = Array.from({ length: 30 }, (_, i) => ({ t: i * 33, v: i < 10 ? 0 : 100 }));
    const slow = run({ ...params, beta: 0 }, step);
    const fast = run({ ...params, beta: 0.05 }, step);
    expect(fast[14]).toBeGreaterThan(slow[14] ?? 0);
    const jitter = run(
      params,
      Array.from({ length: 60 }, (_, i) => ({ t: i * 33, v: i % 2 === 0 ? 1 : -1 })),
    );
    expect(Math.max(...jitter.slice(30).map(Math.abs))).toBeLessThan(0.5);
  });

  it('uses the timestamps: a dropped frame is a longer step, a repeated timestamp is ignored', () => {
    let s = oneEuroStep(params, null, 0, ms(0));
    const repeated = oneEuroStep(params, s, 100, ms(0));
    expect(repeated).toBe(s);
    s = oneEuroStep(params, s, 10, ms(33));
    const shortStep = oneEuroStep(params, s, 10, ms(66)).value;
    const longStep = oneEuroStep(params, s, 10, ms(300)).value;
    expect(longStep).toBeGreaterThan(shortStep);
  });

  it('never leaves the range of the inputs seen so far (property)', () => {
    const samples = fc.array(
      fc.record({
        dt: fc.integer({ min: 1, max: 500 }),
        v: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
      }),
      { minLength: 1, maxLength: 200 },
    );
    const p = fc.record({
      minCutoff: fc.double({ min: 0.01, max: 20, noNaN: true }),
      beta: fc.double({ min: 0, max: 10, noNaN: true }),
      dCutoff: fc.double({ min: 0.01, max: 20, noNaN: true }),
    });
    fc.assert(
      fc.property(p, samples, (filter, raw) => {
        let t = 0;
        let lo = Infinity;
        let hi = -Infinity;
        let state: OneEuroState | null = null;
        for (const s of raw) {
          t += s.dt;
          lo = Math.min(lo, s.v);
          hi = Math.max(hi, s.v);
          state = oneEuroStep(filter, state, s.v, ms(t));
          const eps = 1e-9 * Math.max(1, Math.abs(lo), Math.abs(hi));
          if (state.value < lo - eps || state.value > hi + eps) return false;
        }
        return true;
      }),
    );
  });
});
