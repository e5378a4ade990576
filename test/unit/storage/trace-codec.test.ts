import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PoseFrame, PoseLandmark } from '../../../src/core/landmarks';
import {
  TRACE_MAX_ERROR,
  TRACE_STEPS,
  traceDecode,
  traceDecodeErrorLine,
  traceEncode,
  traceQuantiseFrame,
} from '../../../src/core/trace-codec';
import { ms } from '../../../src/core/units';
import { traceChunkFrames } from '../../../src/platform/storage/trace-chunks';

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const landmark = (range: number): fc.Arbitrary<PoseLandmark> =>
  fc.record({
    x: fc.double({ min: -range, max: range, noNaN: true }),
    y: fc.double({ min: -range, max: range, noNaN: true }),
    z: fc.double({ min: -range, max: range, noNaN: true }),
    visibility: unit,
    presence: unit,
  });
const set = (range: number) =>
  fc.option(fc.array(landmark(range), { minLength: 33, maxLength: 33 }), { nil: null });
const frames: fc.Arbitrary<PoseFrame[]> = fc
  .array(
    fc.record({
      dt: fc.double({ min: 0, max: 200, noNaN: true }),
      imageWidth: fc.integer({ min: 1, max: 4096 }),
      imageHeight: fc.integer({ min: 1, max: 4096 }),
      landmarks: set(3),
      worldLandmarks: set(2),
    }),
    { maxLength: 40 },
  )
  .chain((rows) =>
    fc.double({ min: 0, max: 1e7, noNaN: true }).map((start) => {
      let t = start;
      return rows.map(({ dt, ...rest }) => {
        t += dt;
        return { ...rest, timestampMs: ms(t) };
      });
    }),
  );

const close = (a: number, b: number, max: number) => Math.abs(a - b) <= max + 1e-9;

describe('trace codec', () => {
  it('round-trips any frames within half a quantisation step', () => {
    fc.assert(
      fc.property(frames, (input) => {
        const out = traceDecode(traceEncode(input));
        if (!out.ok) throw new Error(traceDecodeErrorLine(out.error));
        expect(out.value.length).toBe(input.length);
        // Checked as plain comparisons, one expect per frame: thousands of expect() calls per
        // run made this property take ~4.5 s of its 5 s budget on this machine.
        out.value.forEach((f, i) => {
          const g = input[i]!;
          const wrong: string[] = [];
          const check = (what: string, a: number, b: number, max: number): void => {
            if (!close(a, b, max)) wrong.push(`${what}: ${a} vs ${b}`);
          };
          check('timestampMs', f.timestampMs, g.timestampMs, TRACE_MAX_ERROR.timeMs);
          if (f.imageWidth !== g.imageWidth || f.imageHeight !== g.imageHeight) wrong.push('size');
          if ((f.landmarks === null) !== (g.landmarks === null)) wrong.push('landmarks null');
          if ((f.worldLandmarks === null) !== (g.worldLandmarks === null)) wrong.push('world null');
          g.landmarks?.forEach((lm, l) => {
            const d = f.landmarks![l]!;
            check(`image ${l} x`, d.x, lm.x, TRACE_MAX_ERROR.image);
            check(`image ${l} y`, d.y, lm.y, TRACE_MAX_ERROR.image);
            check(`image ${l} z`, d.z, lm.z, TRACE_MAX_ERROR.imageZ);
            check(`image ${l} visibility`, d.visibility, lm.visibility, TRACE_MAX_ERROR.confidence);
            check(`image ${l} presence`, d.presence, lm.presence, TRACE_MAX_ERROR.confidence);
          });
          g.worldLandmarks?.forEach((lm, l) => {
            const d = f.worldLandmarks![l]!;
            check(`world ${l} x`, d.x, lm.x, TRACE_MAX_ERROR.world);
            check(`world ${l} z`, d.z, lm.z, TRACE_MAX_ERROR.world);
            check(`world ${l} visibility`, d.visibility, lm.visibility, TRACE_MAX_ERROR.confidence);
          });
          expect(wrong, `frame ${i}`).toEqual([]);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('reads back exactly the frames traceQuantiseFrame gives, which it leaves as they are', () => {
    fc.assert(
      fc.property(frames, (input) => {
        const out = traceDecode(traceEncode(input));
        if (!out.ok) throw new Error(traceDecodeErrorLine(out.error));
        const quantised = input.map(traceQuantiseFrame);
        // One comparison per run, not per value (see above).
        expect(out.value).toStrictEqual(quantised);
        expect(quantised.map(traceQuantiseFrame)).toStrictEqual(quantised);
      }),
      { numRuns: 200 },
    );
  });

  it('clamps values beyond the int16 range and turns NaN into 0', () => {
    const lm = { x: 1000, y: -1000, z: Number.NaN, visibility: 2, presence: -1 };
    const frame: PoseFrame = {
      timestampMs: ms(0),
      imageWidth: 640,
      imageHeight: 480,
      landmarks: Array.from({ length: 33 }, () => lm),
      worldLandmarks: null,
    };
    const out = traceDecode(traceEncode([frame]));
    expect(out.ok && out.value[0]?.landmarks?.[0]).toEqual({
      x: 32767 / TRACE_STEPS.image,
      y: -32767 / TRACE_STEPS.image,
      z: 0,
      visibility: 1,
      presence: 0,
    });
  });

  it('reports truncated or corrupted bytes as a typed failure, never a throw', () => {
    const bytes = traceEncode(
      Array.from({ length: 5 }, (_, i) => ({
        timestampMs: ms(i * 33),
        imageWidth: 640,
        imageHeight: 480,
        landmarks: Array.from({ length: 33 }, () => ({
          x: 0.5,
          y: 0.5,
          z: 0,
          visibility: 1,
          presence: 1,
        })),
        worldLandmarks: null,
      })),
    );
    for (let cut = 0; cut < bytes.length; cut += 1) {
      expect(traceDecode(bytes.slice(0, cut)).ok).toBe(false);
    }
    expect(traceDecode(new Uint8Array([9, 0])).ok).toBe(false);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (junk) => {
        const out = traceDecode(junk);
        expect(typeof out.ok).toBe('boolean');
      }),
    );
  });

  it('cuts frames into chunks shorter than the chunk length', () => {
    const input = Array.from({ length: 100 }, (_, i) => ({
      timestampMs: ms(i * 100),
      imageWidth: 1,
      imageHeight: 1,
      landmarks: null,
      worldLandmarks: null,
    }));
    const chunks = traceChunkFrames(input, 1000);
    expect(chunks.map((c) => c.length)).toEqual(Array.from({ length: 10 }, () => 10));
    expect(chunks.flat()).toEqual(input);
  });
});
