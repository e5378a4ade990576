// The graph clock on every path the app feeds one landmarker, judged as MediaPipe judges it: the
// graph truncates `timestampMs * 1000` to whole microseconds and throws "Packet timestamp
// mismatch" unless each one is above the last (measured: see src/core/clock.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  graphClockCreate,
  graphClockNext,
  GRAPH_CLOCK_STEP_MS,
  type GraphClock,
} from '../../src/core/clock';
import { ms } from '../../src/core/units';

/** What the graph compares: whole microseconds. */
const graphMicros = (timestampMs: number): number => Math.trunc(timestampMs * 1000);

/** Feeds source times through one clock; returns the clock and the graph timestamps given. */
function feed(times: readonly number[], from: GraphClock = graphClockCreate()) {
  let clock = from;
  const out: number[] = [];
  for (const t of times) {
    const next = graphClockNext(clock, ms(t));
    out.push(next.lastMs);
    clock = next;
  }
  return { clock, out };
}

/** True when MediaPipe would accept the sequence: microseconds strictly increasing. */
const isAccepted = (timestamps: readonly number[], afterMs: number | null = null): boolean =>
  timestamps.every((t, i) => {
    const previous = i === 0 ? afterMs : (timestamps[i - 1] ?? null);
    return previous === null || graphMicros(t) > graphMicros(previous);
  });

/** A camera's capture times on the page clock (30 fps, with float noise like performance.now). */
const cameraTimes = (startMs: number, frames: number): number[] =>
  Array.from({ length: frames }, (_, i) => startMs + (i * 1000) / 30 + 0.0001 * ((i * 7) % 3));

describe('graphClockNext', () => {
  it('gives a steady source its own times, floored to whole ms', () => {
    expect(feed([0, 33.3, 66.7, 100]).out).toEqual([0, 33, 66, 100]);
  });

  it('moves a restarted source past the last timestamp and keeps its spacing', () => {
    const first = graphClockNext({ lastMs: ms(5000), offsetMs: ms(0) }, ms(0));
    expect(first.lastMs).toBe(5000 + GRAPH_CLOCK_STEP_MS);
    const second = graphClockNext(first, ms(40));
    expect(second.lastMs).toBe(5040 + GRAPH_CLOCK_STEP_MS);
  });

  it('separates two frames less than a microsecond apart (the field failure)', () => {
    const { out } = feed([1000, 1000.0005]);
    expect(isAccepted(out)).toBe(true);
  });

  it('separates a repeated source time after a step, where float rounding lands one ulp above', () => {
    // With these values s + ((L + 1) - s) is one ulp above L + 1 but the same microsecond.
    const lastMs = 837767.930639157;
    const source = 633.5531227532192;
    const { out } = feed([source, source], { lastMs: ms(lastMs), offsetMs: ms(0) });
    expect(isAccepted(out, lastMs)).toBe(true);
  });

  it('pause and resume: a new pump may send the last frame again, or one in the same tick', () => {
    const before = cameraTimes(10_000, 90);
    const last = before.at(-1) ?? 0;
    const after = [last, last + 0.05, ...cameraTimes(last + 2_000, 90)];
    const { out } = feed([...before, ...after]);
    expect(isAccepted(out)).toBe(true);
  });

  it('camera switch: the new camera’s times start below the old one’s', () => {
    const { out } = feed([...cameraTimes(50_000, 60), ...cameraTimes(1_000, 60)]);
    expect(isAccepted(out)).toBe(true);
    // The new camera keeps its 33 ms spacing (give or take the flooring).
    expect((out[61] ?? 0) - (out[60] ?? 0)).toBeGreaterThanOrEqual(32);
  });

  it('set change and exercise change: the clock runs on through a new analysis', () => {
    // Nothing resets the clock between sets or exercises: one camera, one landmarker.
    const sets = [cameraTimes(0, 40), cameraTimes(1_400, 40), cameraTimes(3_000, 40)];
    const { out } = feed(sets.flat());
    expect(isAccepted(out)).toBe(true);
  });

  it('landmarker recovery in the same worker: the new landmarker continues the same clock', () => {
    const before = feed(cameraTimes(0, 30));
    // The failed frame consumed a timestamp; the frames after the new landmarker are later.
    const failed = graphClockNext(before.clock, ms(1_000));
    const after = feed(cameraTimes(1_000, 30), failed);
    expect(isAccepted(after.out, failed.lastMs)).toBe(true);
  });

  it('worker restart: a new worker’s clock starts fresh with its fresh landmarker', () => {
    const { out } = feed([...cameraTimes(7_000, 10), 7_000, 0, ...cameraTimes(0, 10)]);
    expect(isAccepted(out)).toBe(true);
  });

  it('a time that is not a number takes one step', () => {
    const { out } = feed([5, Number.NaN, 6, Number.POSITIVE_INFINITY, 7]);
    expect(out).toEqual([5, 6, 7, 8, 9]);
  });

  it('is accepted by the graph for any sequence of source times', () => {
    const time = fc.oneof(
      fc.double({ min: -1e6, max: 1e9, noNaN: true }),
      fc.integer({ min: 0, max: 1e6 }).map((n) => n / 1000),
    );
    // Runs of frames close together (sub-microsecond to a few ms), at any base.
    const run = fc
      .tuple(time, fc.array(fc.double({ min: 0, max: 5, noNaN: true }), { maxLength: 20 }))
      .map(([base, gaps]) => gaps.reduce((acc, gap) => [...acc, (acc.at(-1) ?? 0) + gap], [base]));
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 20 }), (runs) => {
        const { out } = feed(runs.flat());
        return out.every(Number.isInteger) && isAccepted(out);
      }),
    );
  });
});
