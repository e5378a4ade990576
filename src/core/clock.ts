// MediaPipe's VIDEO mode needs strictly increasing timestamps across everything one landmarker
// sees, while sources (a camera, then a file; a file analysed twice; a camera opened again after a
// pause) each start their own clock.
//
// The graph compares whole microseconds: it truncates `timestampMs * 1000` to an integer. Measured
// here (tasks-vision 1.1.0, Chromium): 1000 ms then 1000.0005 ms throws "Packet timestamp mismatch
// on a calculator receiving from stream "norm_rect". Current minimum expected timestamp is 1000001
// but received 1000000", and every later frame of that landmarker throws too ("Graph has errors").
// Comparing the times as floats let such a pair through (two frames < 1 µs apart, or a repeated
// source time landing one float ulp above the stepped clock). So the graph clock runs on whole
// milliseconds, at least one apart: exact in floating point, unharmed by the truncation, and
// finer than any camera (30 fps is 33 ms). The analysis keeps the frame's own source time.
import { ms, type Ms } from './units';

/** Smallest step of the graph clock (its resolution): one whole millisecond. */
export const GRAPH_CLOCK_STEP_MS = 1;

export interface GraphClock {
  /** The last timestamp given to the graph (a whole number of ms), null before the first. */
  readonly lastMs: Ms | null;
  /** Whole ms added to the current source's (floored) time to put it on the graph clock. */
  readonly offsetMs: Ms;
}

/** The clock of a new landmarker: it has seen nothing yet. */
export const graphClockCreate = (): GraphClock => ({ lastMs: null, offsetMs: ms(0) });

/**
 * The graph timestamp for a frame: the source time floored to a whole ms and shifted by
 * `offsetMs`, or, if that would not be later than the last graph timestamp, the last one plus one
 * step (and the offset grows to match, so later frames of the same source keep their spacing). A
 * time that is not a finite number takes one step.
 */
export function graphClockNext(state: GraphClock, sourceMs: Ms): GraphClock & { lastMs: Ms } {
  const candidate = Number.isFinite(sourceMs) ? Math.floor(sourceMs) + state.offsetMs : null;
  if (candidate !== null && (state.lastMs === null || candidate > state.lastMs)) {
    return { lastMs: ms(candidate), offsetMs: state.offsetMs };
  }
  const next = state.lastMs === null ? 0 : state.lastMs + GRAPH_CLOCK_STEP_MS;
  return {
    lastMs: ms(next),
    offsetMs: candidate === null ? state.offsetMs : ms(state.offsetMs + next - candidate),
  };
}
