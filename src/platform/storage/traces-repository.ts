// Pose traces: chunks of trace-codec bytes, deflated, one record per chunk (see trace-chunks.ts).
import type { PoseFrame } from '../../core/landmarks';
import { traceDecode, traceDecodeErrorLine, traceEncode } from '../../core/trace-codec';
import type { Result } from '../../core/result';
import { deflateRaw, inflateRaw } from './compression';
import type { Db } from './database';
import { storageErrorFromException, type StorageError } from './errors';
import type { TraceChunkRecord } from './schema';
import { TRACE_CHUNK_MS } from './trace-chunks';

export const traceChunkId = (setId: string, chunkIndex: number): string =>
  `${setId}/${String(chunkIndex).padStart(5, '0')}`;

/** Encodes and compresses frames into a chunk record (outside any transaction). */
export async function traceChunkFromFrames(
  sessionId: string,
  setId: string,
  chunkIndex: number,
  frames: readonly PoseFrame[],
): Promise<TraceChunkRecord> {
  const bytes = await deflateRaw(traceEncode(frames));
  return {
    id: traceChunkId(setId, chunkIndex),
    sessionId,
    setId,
    chunkIndex,
    startMs: frames[0]?.timestampMs ?? 0,
    endMs: frames[frames.length - 1]?.timestampMs ?? 0,
    frameCount: frames.length,
    encoding: 'fct1+deflate-raw',
    data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  };
}

/** A set's frames, or which chunk is damaged and how. */
export type TraceReadResult = Result<PoseFrame[], string>;

/** One stored chunk of a set's trace: its id and its deflate-raw trace-codec bytes. */
export interface StoredTraceChunk {
  readonly id: string;
  readonly data: ArrayBuffer;
}

// A put is `void`ed: its failure aborts the transaction, and `await tx.done` rejects with it.
export function createTraceRepository(db: Db) {
  /**
   * A set's stored chunks in order, as stored (deflated trace-codec bytes): for a replay off the
   * main thread, which inflates and decodes them itself.
   */
  const readSetChunks = async (sessionId: string, setId: string): Promise<StoredTraceChunk[]> =>
    (await db.getAllFromIndex('traces', 'by-session', sessionId))
      .filter((c) => c.setId === setId)
      .sort((a, b) => a.chunkIndex - b.chunkIndex)
      .map((c) => ({ id: c.id, data: c.data }));

  return {
    async saveTraceChunk(chunk: TraceChunkRecord): Promise<void> {
      const tx = db.transaction('traces', 'readwrite');
      void tx.store.put(chunk);
      await tx.done;
    },

    readSetChunks,

    /** Every frame of a set's trace, in time order, decoded on this thread. */
    async readSetTrace(sessionId: string, setId: string): Promise<TraceReadResult> {
      const chunks = await readSetChunks(sessionId, setId);
      const frames: PoseFrame[] = [];
      for (const chunk of chunks) {
        let bytes: Uint8Array;
        try {
          bytes = await inflateRaw(new Uint8Array(chunk.data));
        } catch {
          return { ok: false, error: `trace chunk ${chunk.id} is not valid deflate data` };
        }
        const decoded = traceDecode(bytes);
        if (!decoded.ok) {
          return {
            ok: false,
            error: `trace chunk ${chunk.id}: ${traceDecodeErrorLine(decoded.error)}`,
          };
        }
        frames.push(...decoded.value);
      }
      return { ok: true, value: frames };
    },
  };
}

export type TraceRepository = ReturnType<typeof createTraceRepository>;

/**
 * Collects a live set's frames and stores them every TRACE_CHUNK_MS of media time, so a crash
 * loses at most that much trace. `push` never throws: a failed write is reported once through
 * `onError` and the recorder stops writing (the reps themselves are saved by the sink).
 */
export function createTraceRecorder(
  repo: Pick<TraceRepository, 'saveTraceChunk'>,
  sessionId: string,
  setId: string,
  onError: (error: StorageError) => void = () => undefined,
) {
  let frames: PoseFrame[] = [];
  let chunkIndex = 0;
  let failed = false;
  let writing: Promise<void> = Promise.resolve();
  const write = (batch: PoseFrame[]): void => {
    const index = chunkIndex;
    chunkIndex += 1;
    writing = writing.then(async () => {
      if (failed) return;
      try {
        await repo.saveTraceChunk(await traceChunkFromFrames(sessionId, setId, index, batch));
      } catch (e) {
        failed = true;
        onError(storageErrorFromException(e));
      }
    });
  };
  return {
    push(frame: PoseFrame): void {
      const first = frames[0];
      if (first !== undefined && frame.timestampMs - first.timestampMs >= TRACE_CHUNK_MS) {
        write(frames);
        frames = [];
      }
      frames.push(frame);
    },
    /** Stores the frames not yet written (call when the set ends); resolves when all are written. */
    async flush(): Promise<void> {
      if (frames.length > 0) write(frames);
      frames = [];
      await writing;
    },
  };
}

export type TraceRecorder = ReturnType<typeof createTraceRecorder>;
