// The one owner of the replay worker: starts it on the first replay, falls back to running the
// same API on the main thread when it cannot start, transfers each set's chunks to it, and
// terminates it when its signal aborts (calls in flight then answer `aborted`). A worker that
// fails while replaying (an uncaught error, a crash) or stops answering is terminated, the call
// in flight answers `worker-failed`, and the next replay starts a new worker.
import { transfer, wrap, type Remote } from 'comlink';
import type { ReplayApi, ReplayOutcome, ReplayRequest } from '../../workers/replay-api';
import { workerAnswers } from './worker-start';

export type ReplayRuntime = 'worker' | 'main-thread';

/** The client gave up: its signal aborted, or the worker failed while replaying. */
export interface ReplayClientError {
  readonly stage: 'Replay';
  readonly code: 'aborted' | 'worker-failed';
  readonly message: string;
}

export type ReplayClientOutcome =
  ReplayOutcome | { readonly ok: false; readonly error: ReplayClientError };

export interface ReplayClient {
  readonly runtime: () => ReplayRuntime;
  /** Why the worker is not in use, when it is not. */
  readonly runtimeNote: () => string | null;
  /** Replays one set; the chunks' buffers are transferred (unusable by the caller afterwards). */
  replay(request: ReplayRequest): Promise<ReplayClientOutcome>;
}

/**
 * How long one replay may take before the worker is taken for hung. A replay runs hundreds of
 * times faster than real time (`npm run bench:replay`: ~9,000 frames/s here), so an hour-long set
 * (~110,000 frames at 30 fps) takes seconds; a minute is far beyond any healthy replay.
 */
const REPLAY_STALL_MS = 60_000;

export interface ReplayClientOptions {
  readonly signal: AbortSignal;
  /** Default true. false runs the replay on the main thread (the benchmark compares both). */
  readonly useWorker?: boolean;
  /** Default REPLAY_STALL_MS. */
  readonly stallMs?: number;
  /** The worker to start (tests give one that fails); default the replay worker. */
  readonly createWorker?: () => Worker;
}

interface Started {
  readonly replay: (request: ReplayRequest) => Promise<ReplayOutcome>;
  readonly worker: Worker | null;
  /** Rejects when the worker reports an uncaught error after it started (never for the main thread). */
  readonly failed: Promise<never>;
}

const replayWorker = () =>
  new Worker(new URL('../../workers/replay.worker.ts', import.meta.url), {
    type: 'module',
    name: 'replay',
  });

async function startWorker(createWorker: () => Worker): Promise<Started> {
  const worker = createWorker();
  const api: Remote<ReplayApi> = wrap<ReplayApi>(worker);
  await workerAnswers(worker, () => api.ping());
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => {
      reject(new Error(event.message || 'the replay worker failed'));
    });
  });
  failed.catch(() => undefined); // Observed by the replay in flight, if any.
  return {
    worker,
    failed,
    replay: (request) =>
      api.replay(
        transfer(
          request,
          request.chunks.map((c) => c.data),
        ),
      ),
  };
}

async function startMainThread(): Promise<Started> {
  const { createReplayApi } = await import('../../workers/replay-api');
  const api = createReplayApi();
  return {
    worker: null,
    failed: new Promise<never>(() => undefined),
    replay: (r) => api.replay(r),
  };
}

const workerFailed = (reason: string): ReplayClientOutcome => ({
  ok: false,
  error: { stage: 'Replay', code: 'worker-failed', message: `the replay failed (${reason}).` },
});

const aborted: ReplayClientOutcome = {
  ok: false,
  error: { stage: 'Replay', code: 'aborted', message: 'the replay was stopped.' },
};

export function createReplayClient({
  signal,
  useWorker = true,
  stallMs = REPLAY_STALL_MS,
  createWorker = replayWorker,
}: ReplayClientOptions): ReplayClient {
  let runtime: ReplayRuntime = useWorker ? 'worker' : 'main-thread';
  let runtimeNote: string | null = useWorker ? null : 'worker disabled';
  let started: Promise<Started> | null = null;

  const start = async (): Promise<Started> => {
    if (useWorker && typeof Worker !== 'undefined') {
      try {
        return await startWorker(createWorker);
      } catch (error) {
        runtime = 'main-thread';
        runtimeNote = `the replay worker could not start (${error instanceof Error ? error.message : String(error)}); replaying on the main thread`;
      }
    }
    return startMainThread();
  };

  signal.addEventListener(
    'abort',
    () => {
      void started?.then(({ worker }) => worker?.terminate());
    },
    { once: true },
  );

  /** Resolves with `aborted` when the signal aborts first. */
  const untilAborted = new Promise<ReplayClientOutcome>((resolve) => {
    if (signal.aborted) resolve(aborted);
    signal.addEventListener('abort', () => resolve(aborted), { once: true });
  });

  return {
    runtime: () => runtime,
    runtimeNote: () => runtimeNote,
    async replay(request) {
      if (signal.aborted) return aborted;
      const current = (started ??= start());
      const call = current.then(async ({ replay, worker, failed }) => {
        let stall: ReturnType<typeof setTimeout> | undefined;
        const stalled = new Promise<never>((_, reject) => {
          stall = setTimeout(() => reject(new Error(`no answer in ${stallMs / 1000} s`)), stallMs);
        });
        try {
          return await Promise.race([replay(request), failed, stalled]);
        } catch (error) {
          // Not the request's fault: the worker crashed, threw outside a call, or hung. It is
          // dropped, and the next replay starts a new one.
          worker?.terminate();
          if (started === current) started = null;
          return workerFailed(error instanceof Error ? error.message : String(error));
        } finally {
          clearTimeout(stall);
        }
      });
      return Promise.race([call, untilAborted]);
    },
  };
}
