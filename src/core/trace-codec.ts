// Compact pose traces: a run of PoseFrames quantised and delta-coded into bytes, for replay as a
// skeleton and for re-scoring (the analyzer reads image and world landmarks, visibility and
// presence). Pure: the storage layer compresses the bytes (deflate) and keeps them in chunks.
//
// Quantisation (round to the nearest step, clamped to the int16 range). The steps sit below the
// model's own frame-to-frame jitter (about a pixel, about a centimetre), so replay and re-scoring
// see the same motion; the deltas of finer steps are mostly coded noise (halving these steps from
// 1/2048 and 1/512 took the 14 real clips from 233 to 193 KB per minute at 30 fps).
//   image x, y      1/1024 of the frame (0.63 px at 640 px), range ±32 frame widths
//   image z         1/256 (MediaPipe's rough relative depth, x's scale), range ±128
//   world x, y, z   1/256 m (≈4 mm), range ±128 m
//   visibility, presence   1/255 (uint8), clamped to 0..1
//   timestampMs     1 µs, relative to the chunk's first frame (float64 in the header)
//   NaN becomes 0.
//
// Layout v1 (little-endian; "varint" = unsigned LEB128 of a zig-zag signed integer):
//   u8 version (1) · varint frameCount · f64 baseTimestampMs
//   per frame: varint Δtime(µs) · varint ΔimageWidth · varint ΔimageHeight · u8 flags
//              (bit 0: image landmarks present, bit 1: world landmarks present)
//   then one stream per (set image/world, channel x/y/z/visibility/presence, landmark 0..32):
//   over the frames where that set is present, the quantised value minus its prediction:
//   coordinates: previous + ⌊(previous − the one before) / 2⌋ (previous alone for the second
//   value, 0 for the first); confidences: the previous value, except world confidences, which
//   are predicted by the same frame's image confidences (MediaPipe gives both the same). Grouping a channel's 33 streams together is what lets deflate shrink them.
import { LANDMARK_COUNT, type PoseFrame, type PoseLandmark } from './landmarks';
import { ms } from './units';
import type { Result } from './result';

export const TRACE_CODEC_VERSION = 1;
export const TRACE_STEPS = {
  image: 1024,
  imageZ: 256,
  world: 256,
  confidence: 255,
  microsPerMs: 1000,
} as const;

const INT16_MAX = 32767;
const CHANNELS = ['x', 'y', 'z', 'visibility', 'presence'] as const;
type Channel = (typeof CHANNELS)[number];
const SETS = ['landmarks', 'worldLandmarks'] as const;

/** The frames, or why the bytes are not a trace. */
export type TraceDecodeResult = Result<PoseFrame[], TraceDecodeError>;

/** Why bytes are not a trace: a code with its numbers (the caller words it, if anyone reads it). */
export type TraceDecodeError =
  | { readonly code: 'unknown_version'; readonly version: number }
  | { readonly code: 'count_too_large'; readonly count: number; readonly bytes: number }
  | { readonly code: 'bytes_left_over'; readonly bytes: number }
  /** Cut short, or a number that runs past its encoding. */
  | { readonly code: 'malformed' };

/** A one-line description of a decode failure for logs and thrown errors, e.g. "malformed". */
export const traceDecodeErrorLine = (e: TraceDecodeError): string =>
  Object.entries(e)
    .map(([k, v]) => (k === 'code' ? String(v) : `${k}=${String(v)}`))
    .join(' ');

const quantise = (value: number, steps: number, min: number, max: number): number => {
  if (Number.isNaN(value)) return 0;
  return Math.min(max, Math.max(min, Math.round(value * steps)));
};

/** A time in whole microseconds; a trace keeps times on that grid (exact below 2^53 µs). */
const micros = (timeMs: number): number => Math.round(timeMs * TRACE_STEPS.microsPerMs);

const stepsOf = (set: (typeof SETS)[number], channel: Channel): number => {
  if (channel === 'visibility' || channel === 'presence') return TRACE_STEPS.confidence;
  if (set === 'worldLandmarks') return TRACE_STEPS.world;
  return channel === 'z' ? TRACE_STEPS.imageZ : TRACE_STEPS.image;
};

const quantiseChannel = (
  set: (typeof SETS)[number],
  channel: Channel,
  lm: PoseLandmark,
): number => {
  const steps = stepsOf(set, channel);
  return channel === 'visibility' || channel === 'presence'
    ? quantise(lm[channel], steps, 0, steps)
    : quantise(lm[channel], steps, -INT16_MAX, INT16_MAX);
};

class ByteWriter {
  bytes = new Uint8Array(4096);
  length = 0;
  #ensure(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const next = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }
  u8(value: number): void {
    this.#ensure(1);
    this.bytes[this.length++] = value;
  }
  f64(value: number): void {
    this.#ensure(8);
    new DataView(this.bytes.buffer).setFloat64(this.length, value, true);
    this.length += 8;
  }
  /** Zig-zag then unsigned LEB128; exact for |value| < 2^52. */
  varint(value: number): void {
    let z = value >= 0 ? value * 2 : -value * 2 - 1;
    this.#ensure(8);
    while (z >= 0x80) {
      this.bytes[this.length++] = (z % 0x80) | 0x80;
      z = Math.floor(z / 0x80);
    }
    this.bytes[this.length++] = z;
  }
}

class ByteReader {
  offset = 0;
  constructor(readonly bytes: Uint8Array) {}
  get remaining(): number {
    return this.bytes.length - this.offset;
  }
  u8(): number {
    const v = this.bytes[this.offset];
    if (v === undefined) throw new RangeError('truncated');
    this.offset += 1;
    return v;
  }
  f64(): number {
    if (this.remaining < 8) throw new RangeError('truncated');
    const v = new DataView(this.bytes.buffer, this.bytes.byteOffset).getFloat64(this.offset, true);
    this.offset += 8;
    return v;
  }
  varint(): number {
    let z = 0;
    let scale = 1;
    for (let i = 0; i < 8; i += 1) {
      const b = this.u8();
      z += (b & 0x7f) * scale;
      if (b < 0x80) return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
      scale *= 0x80;
    }
    throw new RangeError('varint');
  }
}

const hasSet = (frame: PoseFrame, set: (typeof SETS)[number]): boolean =>
  frame[set]?.length === LANDMARK_COUNT;

interface Predictor {
  p1: number;
  p2: number;
  seen: number;
}
const predictorCreate = (): Predictor => ({ p1: 0, p2: 0, seen: 0 });
const predictorPush = (p: Predictor, q: number): void => {
  p.p2 = p.p1;
  p.p1 = q;
  p.seen += 1;
};
/**
 * Coordinates: the last value plus half the last step (damped linear motion; a full step would
 * double the noise of still joints). Confidences: the last value.
 */
const predictorNext = (p: Predictor, channel: Channel): number => {
  if (p.seen < 2 || channel === 'visibility' || channel === 'presence') return p.p1;
  return p.p1 + ((p.p1 - p.p2) >> 1);
};

const sharesConfidence = (set: (typeof SETS)[number], channel: Channel, f: PoseFrame): boolean =>
  set === 'worldLandmarks' &&
  (channel === 'visibility' || channel === 'presence') &&
  hasSet(f, 'landmarks');

/** Encodes frames (in time order) into trace-codec v1 bytes. */
export function traceEncode(frames: readonly PoseFrame[]): Uint8Array {
  const w = new ByteWriter();
  const base = frames[0]?.timestampMs ?? 0;
  w.u8(TRACE_CODEC_VERSION);
  w.varint(frames.length);
  w.f64(base);
  let prevT = 0;
  let prevW = 0;
  let prevH = 0;
  const baseMicros = micros(base);
  for (const f of frames) {
    const t = micros(f.timestampMs) - baseMicros;
    w.varint(t - prevT);
    w.varint(f.imageWidth - prevW);
    w.varint(f.imageHeight - prevH);
    w.u8((hasSet(f, 'landmarks') ? 1 : 0) | (hasSet(f, 'worldLandmarks') ? 2 : 0));
    prevT = t;
    prevW = f.imageWidth;
    prevH = f.imageHeight;
  }
  for (const set of SETS) {
    const present = frames.filter((f) => hasSet(f, set));
    for (const channel of CHANNELS) {
      for (let l = 0; l < LANDMARK_COUNT; l += 1) {
        const history = predictorCreate();
        for (const f of present) {
          const lm = f[set]?.[l];
          if (lm === undefined) continue;
          const q = quantiseChannel(set, channel, lm);
          const imageLm = sharesConfidence(set, channel, f) ? f.landmarks?.[l] : undefined;
          // MediaPipe gives world landmarks the image landmarks' confidences: code the difference.
          const predicted =
            imageLm === undefined
              ? predictorNext(history, channel)
              : quantiseChannel('landmarks', channel, imageLm);
          w.varint(q - predicted);
          predictorPush(history, q);
        }
      }
    }
  }
  return w.bytes.slice(0, w.length);
}

/**
 * A frame exactly as its trace reads back: its time on the microsecond grid, each landmark value
 * on the codec's steps (the same numbers traceDecode gives, not nearly the same). The set run
 * analyses every frame through this, so a set replayed from its stored trace is the set analysed
 * live, and not within the codec's rounding of it (world coordinates move by up to 2 mm, a joint
 * angle by a few tenths of a degree: enough to move a rep's edge by a frame on a slow return).
 * Idempotent; image and world landmarks that are not whole sets are dropped, as encoding does.
 */
export function traceQuantiseFrame(frame: PoseFrame): PoseFrame {
  const quantiseSet = (set: (typeof SETS)[number]): PoseLandmark[] | null => {
    if (!hasSet(frame, set)) return null;
    return (frame[set] ?? []).map((lm) => {
      const out: MutableLandmark = { x: 0, y: 0, z: 0, visibility: 0, presence: 0 };
      for (const channel of CHANNELS) {
        // + 0 turns a -0 (a small negative rounded) into the 0 decoding gives.
        out[channel] = quantiseChannel(set, channel, lm) / stepsOf(set, channel) + 0;
      }
      return out;
    });
  };
  return {
    timestampMs: ms(micros(frame.timestampMs) / TRACE_STEPS.microsPerMs + 0),
    imageWidth: frame.imageWidth,
    imageHeight: frame.imageHeight,
    landmarks: quantiseSet('landmarks'),
    worldLandmarks: quantiseSet('worldLandmarks'),
  };
}

interface MutableLandmark {
  x: number;
  y: number;
  z: number;
  visibility: number;
  presence: number;
}

/** Decodes trace-codec v1 bytes; a malformed input is a typed failure, not an exception. */
export function traceDecode(bytes: Uint8Array): TraceDecodeResult {
  try {
    const r = new ByteReader(bytes);
    const version = r.u8();
    if (version !== TRACE_CODEC_VERSION) {
      return { ok: false, error: { code: 'unknown_version', version } };
    }
    const count = r.varint();
    // Every frame takes at least 4 bytes: refuse counts the input cannot hold.
    if (count < 0 || count * 4 > r.remaining) {
      return { ok: false, error: { code: 'count_too_large', count, bytes: bytes.length } };
    }
    const base = r.f64();
    const heads: { t: number; w: number; h: number; flags: number }[] = [];
    let t = 0;
    let w = 0;
    let h = 0;
    for (let i = 0; i < count; i += 1) {
      t += r.varint();
      w += r.varint();
      h += r.varint();
      heads.push({ t, w, h, flags: r.u8() });
    }
    const decoded: Map<number, MutableLandmark[]>[] = [];
    for (const [bit, set] of SETS.entries()) {
      const present = heads.flatMap((head, i) => ((head.flags >> bit) & 1 ? [i] : []));
      const landmarks = new Map<number, MutableLandmark[]>(
        present.map((i) => [
          i,
          Array.from({ length: LANDMARK_COUNT }, () => ({
            x: 0,
            y: 0,
            z: 0,
            visibility: 0,
            presence: 0,
          })),
        ]),
      );
      for (const channel of CHANNELS) {
        const steps = stepsOf(set, channel);
        for (let l = 0; l < LANDMARK_COUNT; l += 1) {
          const history = predictorCreate();
          for (const i of present) {
            const imageLm =
              bit === 1 && (channel === 'visibility' || channel === 'presence')
                ? decoded[0]?.get(i)?.[l]
                : undefined;
            const predicted =
              imageLm === undefined
                ? predictorNext(history, channel)
                : Math.round(imageLm[channel] * steps);
            const q = predicted + r.varint();
            predictorPush(history, q);
            const lm = landmarks.get(i)?.[l];
            if (lm !== undefined) lm[channel] = q / steps;
          }
        }
      }
      decoded.push(landmarks);
    }
    if (r.remaining !== 0) {
      return { ok: false, error: { code: 'bytes_left_over', bytes: r.remaining } };
    }
    const frames = heads.map((head, i): PoseFrame => ({
      timestampMs: ms((micros(base) + head.t) / TRACE_STEPS.microsPerMs),
      imageWidth: head.w,
      imageHeight: head.h,
      landmarks: decoded[0]?.get(i) ?? null,
      worldLandmarks: decoded[1]?.get(i) ?? null,
    }));
    return { ok: true, value: frames };
  } catch {
    return { ok: false, error: { code: 'malformed' } };
  }
}

/** The largest error quantisation leaves in each kind of value (half a step). */
export const TRACE_MAX_ERROR = {
  image: 0.5 / TRACE_STEPS.image,
  imageZ: 0.5 / TRACE_STEPS.imageZ,
  world: 0.5 / TRACE_STEPS.world,
  confidence: 0.5 / TRACE_STEPS.confidence,
  timeMs: 0.5 / TRACE_STEPS.microsPerMs,
} as const;
