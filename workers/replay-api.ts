// The replay API: a stored set's trace chunks (deflated trace-codec bytes, as IndexedDB keeps
// them) inflated, decoded and run through the set run. The same object runs inside the replay
// worker (behind comlink) or, when no worker can start, on the main thread. Its type is derived
// from this implementation (ReplayApi below).
import type { ExerciseDefinition } from '../src/core/exercises/types';
import { validateExerciseDefinition } from '../src/core/exercises/validate';
import type { PoseFrame } from '../src/core/landmarks';
import {
  protocolProblems,
  setRunReplay,
  traceFrameMs,
  type SetProtocol,
  type SetRunResult,
} from '../src/core/set-run';
import { traceDecode, traceDecodeErrorLine } from '../src/core/trace-codec';

/** One stored chunk: its id (named in errors) and its deflate-raw bytes (transferred). */
export interface ReplayChunk {
  readonly id: string;
  readonly data: ArrayBuffer;
}

export interface ReplayRequest {
  /** In chunk order. */
  readonly chunks: readonly ReplayChunk[];
  /** The definition to score with (the library's, the prescription's override, a re-scoring). */
  readonly definition: ExerciseDefinition;
  readonly protocol: SetProtocol;
  /** Keep only the first `keepReps` reps (the reps a live set showed and stored). */
  readonly keepReps?: number;
}

export interface ReplayTiming {
  readonly frames: number;
  /** The trace's own span: last frame time − first. */
  readonly mediaMs: number;
  /** Inflate, decode and set run, on the thread that ran them. */
  readonly wallMs: number;
}

export interface ReplayValue {
  readonly result: SetRunResult;
  readonly timing: ReplayTiming;
  /** One frame of the trace (traceFrameMs), for comparing times; null under 2 frames. */
  readonly frameMs: number | null;
}

export interface ReplayError {
  readonly stage: 'Replay';
  readonly code: 'bad-chunk' | 'bad-exercise' | 'bad-protocol' | 'no-trace';
  readonly message: string;
  /** The chunk that could not be read (bad-chunk). */
  readonly chunkId?: string;
}

export type ReplayOutcome =
  | { readonly ok: true; readonly value: ReplayValue }
  | { readonly ok: false; readonly error: ReplayError };

// deflate-raw through the platform's DecompressionStream (the page's storage writes it with
// CompressionStream, src/platform/storage/compression.ts); no package.
async function inflateRaw(data: ArrayBuffer): Promise<Uint8Array> {
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const fail = (code: ReplayError['code'], message: string, chunkId?: string): ReplayOutcome => ({
  ok: false,
  error: { stage: 'Replay', code, message, ...(chunkId === undefined ? {} : { chunkId }) },
});

export function createReplayApi() {
  return {
    /** Replays one stored set. Bad input is a typed outcome naming what is wrong, never a throw. */
    async replay(request: ReplayRequest): Promise<ReplayOutcome> {
      const startedAt = performance.now();
      const problem = protocolProblems(request.protocol)[0];
      if (problem !== undefined) {
        return fail(
          'bad-protocol',
          `the set's protocol is not valid (stage ${problem.stage + 1}: ${problem.code})`,
        );
      }
      const checked = validateExerciseDefinition(request.definition);
      if (!checked.ok) {
        const first = checked.error[0];
        return fail(
          'bad-exercise',
          `the exercise definition is not valid (${first ? `${first.path}: ${first.code}` : 'unknown error'})`,
        );
      }
      if (request.chunks.length === 0) return fail('no-trace', 'the set has no stored trace');
      const frames: PoseFrame[] = [];
      for (const chunk of request.chunks) {
        let bytes: Uint8Array;
        try {
          bytes = await inflateRaw(chunk.data);
        } catch {
          return fail('bad-chunk', `trace chunk ${chunk.id} is not valid deflate data`, chunk.id);
        }
        const decoded = traceDecode(bytes);
        if (!decoded.ok) {
          return fail(
            'bad-chunk',
            `trace chunk ${chunk.id}: ${traceDecodeErrorLine(decoded.error)}`,
            chunk.id,
          );
        }
        const last = frames.at(-1)?.timestampMs ?? -Infinity;
        if ((decoded.value[0]?.timestampMs ?? Infinity) <= last) {
          return fail(
            'bad-chunk',
            `trace chunk ${chunk.id} starts before the one before it ends`,
            chunk.id,
          );
        }
        for (const frame of decoded.value) frames.push(frame);
      }
      const result = setRunReplay(
        checked.value,
        request.protocol,
        frames,
        request.keepReps === undefined ? {} : { keepReps: request.keepReps },
      );
      return {
        ok: true,
        value: {
          result,
          frameMs: traceFrameMs(frames),
          timing: {
            frames: frames.length,
            mediaMs: (frames.at(-1)?.timestampMs ?? 0) - (frames[0]?.timestampMs ?? 0),
            wallMs: performance.now() - startedAt,
          },
        },
      };
    },

    /** Answers once the API is loaded (the client's start check). */
    ping(): true {
      return true;
    },
  };
}

export type ReplayApi = ReturnType<typeof createReplayApi>;
