import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphClockNext, GRAPH_CLOCK_STEP_MS } from '../../src/core/clock';
import { ms, type Ms } from '../../src/core/units';

describe('graphClockNext', () => {
  it('passes increasing source times through unchanged', () => {
    let state: { lastMs: Ms | null; offsetMs: Ms } = { lastMs: null, offsetMs: ms(0) };
    const out: number[] = [];
    for (const t of [0, 33.3, 66.7, 100]) {
      const next = graphClockNext(state, ms(t));
      out.push(next.lastMs);
      state = next;
    }
    expect(out).toEqual([0, 33.3, 66.7, 100]);
  });

  it('moves a restarted source past the last timestamp and keeps its spacing', () => {
    const first = graphClockNext({ lastMs: ms(5000), offsetMs: ms(0) }, ms(0));
    expect(first.lastMs).toBe(5000 + GRAPH_CLOCK_STEP_MS);
    const second = graphClockNext(first, ms(40));
    expect(second.lastMs).toBe(5040 + GRAPH_CLOCK_STEP_MS);
  });

  it('is strictly increasing for any sequence of source times', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 }),
        (times) => {
          let state: { lastMs: Ms | null; offsetMs: Ms } = { lastMs: null, offsetMs: ms(0) };
          let previous = -Infinity;
          for (const t of times) {
            const next = graphClockNext(state, ms(t));
            if (!(next.lastMs > previous)) return false;
            previous = next.lastMs;
            state = next;
          }
          return true;
        },
      ),
    );
  });
});
