// The one owner of the pose worker: creates it, falls back to the main thread when it cannot
// start, queues frames (one in flight), and tears everything down when its signal aborts.
import { proxy, transfer, wrap, type Remote } from 'comlink';
import type { AnalysisSummary } from '../core/analysis-types';
import type { ExerciseDefinition } from '../core/exercises/types';
import type { PoseApi } from '../../workers/pose-api';
import type {
  ModelProgress,
  PoseDetection,
  PoseInfo,
  PoseInitOptions,
  PoseOutcome,
} from '../../workers/pose-types';

export type PoseRuntime = 'worker' | 'main-thread';

/** The API as callers see it: every method async, whichever thread runs it. */
type AsyncPoseApi = {
  [K in keyof PoseApi]: PoseApi[K] extends (...args: infer A) => infer R
    ? (...args: A) => Promise<Awaited<R>>
    : never;
};

export interface PoseClient {
  readonly runtime: () => PoseRuntime;
  /** Why the worker is not in use, when it is not. */
  readonly runtimeNote: () => string | null;
  init(
    options: PoseInitOptions,
    onProgress?: (progress: ModelProgress) => void,
  ): Promise<PoseOutcome<PoseInfo>>;
  reset(): Promise<PoseOutcome<PoseInfo>>;
  startAnalysis(
    definition: ExerciseDefinition | null,
  ): Promise<PoseOutcome<{ exerciseId: string | null }>>;
  finishAnalysis(): Promise<AnalysisSummary | null>;
  /** Sends one frame (transferred, then closed by the receiver) and waits for its result. */
  detect(frame: ImageBitmap | VideoFrame, timestampMs: number): Promise<PoseOutcome<PoseDetection>>;
}

export const epochNow = (): number => performance.timeOrigin + performance.now();

const WORKER_START_TIMEOUT_MS = 10_000;

async function startWorker(): Promise<{ api: AsyncPoseApi; worker: Worker }> {
  const worker = new Worker(new URL('../../workers/pose.worker.ts', import.meta.url), {
    type: 'module',
    name: 'pose',
  });
  const api = wrap<PoseApi>(worker) as Remote<PoseApi>;
  // A worker that fails to load reports an `error` event; one that loads answers a call.
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the worker did not answer')),
      WORKER_START_TIMEOUT_MS,
    );
    worker.addEventListener('error', (event) => {
      clearTimeout(timer);
      reject(new Error(event.message || 'the worker script failed to load'));
    });
    api.close().then(() => {
      clearTimeout(timer);
      resolve();
    }, reject);
  }).catch((error: unknown) => {
    worker.terminate();
    throw error;
  });
  return { api: api as unknown as AsyncPoseApi, worker };
}

async function startMainThread(): Promise<AsyncPoseApi> {
  const { createPoseApi } = await import('../../workers/pose-api');
  const api = createPoseApi({ isModuleWorker: false });
  return {
    init: async (...args) => api.init(...args),
    reset: async () => api.reset(),
    detect: async (...args) => api.detect(...args),
    startAnalysis: async (...args) => api.startAnalysis(...args),
    finishAnalysis: async () => api.finishAnalysis(),
    close: async () => api.close(),
  };
}

export interface PoseClientOptions {
  readonly signal: AbortSignal;
  /** Default true. false runs the model on the main thread (used by the benchmark). */
  readonly useWorker?: boolean;
}

export function createPoseClient({ signal, useWorker = true }: PoseClientOptions): PoseClient {
  let runtime: PoseRuntime = useWorker ? 'worker' : 'main-thread';
  let runtimeNote: string | null = useWorker ? null : 'worker disabled';
  let worker: Worker | null = null;

  const ready: Promise<AsyncPoseApi> = (async () => {
    if (useWorker && typeof Worker !== 'undefined') {
      try {
        const started = await startWorker();
        worker = started.worker;
        return started.api;
      } catch (error) {
        runtime = 'main-thread';
        runtimeNote = `the pose worker could not start (${error instanceof Error ? error.message : String(error)}); running on the main thread`;
      }
    }
    return startMainThread();
  })();

  signal.addEventListener(
    'abort',
    () => {
      void ready.then((api) => api.close()).finally(() => worker?.terminate());
    },
    { once: true },
  );

  return {
    runtime: () => runtime,
    runtimeNote: () => runtimeNote,
    async init(options, onProgress) {
      const api = await ready;
      return runtime === 'worker' && onProgress
        ? api.init(options, proxy(onProgress))
        : api.init(options, onProgress);
    },
    async reset() {
      return (await ready).reset();
    },
    async startAnalysis(definition) {
      return (await ready).startAnalysis(definition);
    },
    async finishAnalysis() {
      return (await ready).finishAnalysis();
    },
    async detect(frame, timestampMs) {
      const api = await ready;
      const postedAt = epochNow();
      return runtime === 'worker'
        ? api.detect(transfer(frame, [frame as Transferable]), timestampMs, postedAt)
        : api.detect(frame, timestampMs, postedAt);
    },
  };
}
