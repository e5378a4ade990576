// MediaPipe's VIDEO mode needs strictly increasing timestamps across everything one landmarker
// sees, while sources (a camera, then a file; a file analysed twice) each start their own clock.
import { ms, type Ms } from './units';

/** Smallest step the graph clock advances by when a source's time does not move forward. */
export const GRAPH_CLOCK_STEP_MS = 1;

/**
 * The graph timestamp for a frame: the source time shifted by `offsetMs`, or, if that would not be
 * later than the last graph timestamp, the last one plus one step (and the offset grows to match,
 * so later frames of the same source keep their spacing).
 */
export function graphClockNext(
  state: { readonly lastMs: Ms | null; readonly offsetMs: Ms },
  sourceMs: Ms,
): { lastMs: Ms; offsetMs: Ms } {
  const candidate = sourceMs + state.offsetMs;
  if (state.lastMs === null || candidate > state.lastMs) {
    return { lastMs: ms(candidate), offsetMs: state.offsetMs };
  }
  const next = state.lastMs + GRAPH_CLOCK_STEP_MS;
  return { lastMs: ms(next), offsetMs: ms(next - sourceMs) };
}
