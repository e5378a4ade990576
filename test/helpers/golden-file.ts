// The golden replay of a file analysis, in the Node test process: the frames the app exported are
// cut into chunks and encoded exactly as the trace recorder stores them, decoded as a replay reads
// them, run through the set run again and compared with what the app's file analysis returned.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalysisSummary } from '../../src/core/analysis-types';
import { getExercise } from '../../src/core/exercises/library';
import type { PoseFrame } from '../../src/core/landmarks';
import {
  OPEN_PROTOCOL,
  setRunCompare,
  setRunReplay,
  traceFrameMs,
  type SetComparison,
} from '../../src/core/set-run';
import { traceDecode, traceDecodeErrorLine, traceEncode } from '../../src/core/trace-codec';
import { ms } from '../../src/core/units';
import { TRACE_CHUNK_MS, traceChunkFrames } from '../../src/platform/storage/trace-chunks';
import type { PoseTrace } from './app-driver';
import { CACHE_DIR } from './paths';

/** Encoded and decoded chunk by chunk, as stored and read back. */
export function framesThroughStorage(frames: readonly PoseFrame[]): PoseFrame[][] {
  return traceChunkFrames(frames, TRACE_CHUNK_MS).map((chunk) => {
    const decoded = traceDecode(traceEncode(chunk));
    if (!decoded.ok) throw new Error(traceDecodeErrorLine(decoded.error));
    return decoded.value;
  });
}

/** The chunks from the one holding `atMs` on, moved later by `byMs` (a deliberately bad trace). */
export function chunksShifted(chunks: readonly PoseFrame[][], atMs: number, byMs: number) {
  const from = chunks.findIndex((c) => (c.at(-1)?.timestampMs ?? -Infinity) >= atMs);
  return chunks.map((chunk, i) =>
    i < from || from < 0
      ? chunk
      : chunk.map((f) => ({ ...f, timestampMs: ms(f.timestampMs + byMs) })),
  );
}

export interface GoldenFileReplay {
  readonly comparison: SetComparison;
  readonly replayed: AnalysisSummary;
  /** One frame of the trace (traceFrameMs): the time tolerance. */
  readonly frameMs: number;
}

/**
 * Replays stored chunks of a file's frames as `exerciseId` and compares with `analysis`: times
 * within one frame of the trace.
 */
export function goldenFileReplay(
  chunks: readonly PoseFrame[][],
  exerciseId: string,
  analysis: AnalysisSummary,
): GoldenFileReplay {
  const frames = chunks.flat();
  const replayed = setRunReplay(getExercise(exerciseId), OPEN_PROTOCOL, frames).summary;
  const frameMs = traceFrameMs(frames) ?? 0;
  return { comparison: setRunCompare(analysis, replayed, frameMs), replayed, frameMs };
}

/**
 * Keeps the app's export of a clip (its frames and the file analysis) in .cache/landmarks, where
 * the offline eval scripts and the live-path golden replay (a browser test) read real landmarks.
 */
export function landmarkDumpWrite(file: string, exercise: string, trace: PoseTrace): void {
  const dir = join(CACHE_DIR, 'landmarks');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${file}.json`), JSON.stringify({ ...trace, exercise }));
}
