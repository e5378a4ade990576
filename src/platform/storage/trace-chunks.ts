// How a set's pose trace is cut into stored chunks (pure).
import type { PoseFrame } from '../../core/landmarks';

/** Chunk length: a crash loses at most this much trace (the reps themselves are saved at once). */
export const TRACE_CHUNK_MS = 5000;

/** Splits frames (in time order) into runs spanning less than `chunkMs` each. */
export function traceChunkFrames(frames: readonly PoseFrame[], chunkMs: number): PoseFrame[][] {
  const chunks: PoseFrame[][] = [];
  let current: PoseFrame[] = [];
  for (const frame of frames) {
    const first = current[0];
    if (first !== undefined && frame.timestampMs - first.timestampMs >= chunkMs) {
      chunks.push(current);
      current = [];
    }
    current.push(frame);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
