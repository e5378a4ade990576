// The one owner of the replay worker: starts it on the first replay, falls back to running the
// same API on the main thread when it cannot start, transfers each set's chunks to it, and
// terminates it when its signal aborts (calls in flight then answer `aborted`).
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

export interface ReplayClientOptions {
  readonly signal: AbortSignal;
  /** Default true. false runs the replay on the main thread (the benchmark compares both). */
  readonly useWorker?: boolean;
}

interface Started {
  readonly replay: (request: ReplayRequest) => Promise<ReplayOutcome>;
  readonly worker: Worker | null;
}

async function startWorker(): Promise<Started> {
  const worker = new Worker(new URL('../../workers/replay.worker.ts', import.meta.url), {
    type: 'module',
    name: 'replay',
  });
  const api: Remote<ReplayApi> = wrap<ReplayApi>(worker);
  await workerAnswers(worker, () => api.ping());
  return {
    worker,
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
  return { worker: null, replay: (request) => api.replay(request) };
}

const aborted: ReplayClientOutcome = {
  ok: false,
  error: { stage: 'Replay', code: 'aborted', message: 'the replay was stopped.' },
};

export function createReplayClient({
  signal,
  useWorker = true,
}: ReplayClientOptions): ReplayClient {
  let runtime: ReplayRuntime = useWorker ? 'worker' : 'main-thread';
  let runtimeNote: string | null = useWorker ? null : 'worker disabled';
  let started: Promise<Started> | null = null;

  const start = async (): Promise<Started> => {
    if (useWorker && typeof Worker !== 'undefined') {
      try {
        return await startWorker();
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
      started ??= start();
      const call = started.then(async ({ replay }) => {
        try {
          return await replay(request);
        } catch (error) {
          // Comlink rejects when the worker itself fails (out of memory, a crash): not the
          // request's fault, so it is reported as such.
          const outcome: ReplayClientOutcome = {
            ok: false,
            error: {
              stage: 'Replay',
              code: 'worker-failed',
              message: `the replay failed (${error instanceof Error ? error.message : String(error)}).`,
            },
          };
          return outcome;
        }
      });
      return Promise.race([call, untilAborted]);
    },
  };
}
