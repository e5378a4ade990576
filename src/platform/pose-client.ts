// The one owner of the pose worker: creates it, falls back to the main thread when it cannot
// start, queues frames (one in flight), and tears everything down when its signal aborts.
import { proxy, transfer, wrap, type Remote } from 'comlink';
import type { FinishOptions, SetProtocol, SetRunResult } from '../core/set-run';
import type { ExerciseDefinition } from '../core/exercises/types';
import type { Result } from '../core/result';
import type { PoseApi } from '../../workers/pose-api';
import type {
  ModelProgress,
  PoseDetection,
  PoseInfo,
  PoseError,
  PoseInitOptions,
} from '../../workers/pose-types';
import { workerAnswers } from './worker-start';

export type PoseRuntime = 'worker' | 'main-thread';

/** The API as callers see it: every method async, whichever thread runs it. */
type AsyncPoseApi = {
  [K in keyof PoseApi]: PoseApi[K] extends (...args: infer A) => infer R
    ? (...args: A) => Promise<Awaited<R>>
    : never;
};

/** The worker stopped answering (killed, crashed, hung): the client gave up on it. */
export interface WorkerDiedError {
  readonly stage: 'Worker';
  readonly code: 'worker-died';
  readonly message: string;
}

/** What a call answers: the pose API's own outcome, or that the worker is gone. */
export type ClientOutcome<T> = Result<T, PoseError | WorkerDiedError>;

/**
 * The landmarker failed on this frame and a new one took its place: the frame has no result, the
 * analysis (counts, hold) goes on with the next frame. Not an error for the user.
 */
export interface FrameLostError {
  readonly stage: 'Pose';
  readonly code: 'frame-lost';
  readonly message: string;
}

/** What `detect` answers: a detection, a frame lost to a recovered failure, or an error. */
export type DetectOutcome = Result<PoseDetection, PoseError | WorkerDiedError | FrameLostError>;

export const frameLostError: FrameLostError = {
  stage: 'Pose',
  code: 'frame-lost',
  message: 'the movement tracker was restarted after failing on a frame.',
};

export const workerDiedError: WorkerDiedError = {
  stage: 'Worker',
  code: 'worker-died',
  message:
    'the movement tracker stopped responding, so it was shut down. Start the camera again to restart it; if this keeps happening, reload the page.',
};

export interface PoseClient {
  readonly runtime: () => PoseRuntime;
  /** Why the worker is not in use, when it is not. */
  readonly runtimeNote: () => string | null;
  /** False once the worker stopped answering; the next `init` starts a new one. */
  readonly isAlive: () => boolean;
  init(
    options: PoseInitOptions,
    onProgress?: (progress: ModelProgress) => void,
  ): Promise<ClientOutcome<PoseInfo>>;
  reset(): Promise<ClientOutcome<PoseInfo>>;
  /** Starts a set run in the worker (see PoseApi.startAnalysis). */
  startAnalysis(
    definition: ExerciseDefinition | null,
    protocol?: SetProtocol,
    fromMs?: number,
  ): Promise<ClientOutcome<{ exerciseId: string | null }>>;
  /** The set run's result; null when none was running or the worker is gone. */
  finishAnalysis(options?: FinishOptions): Promise<SetRunResult | null>;
  /**
   * Sends one frame (transferred, then closed by the receiver) and waits for its result. When the
   * landmarker fails on it, a new landmarker is made before this answers `frame-lost`.
   */
  detect(frame: ImageBitmap | VideoFrame, timestampMs: number): Promise<DetectOutcome>;
}

export const epochNow = (): number => performance.timeOrigin + performance.now();

async function startWorker(): Promise<{ api: AsyncPoseApi; worker: Worker }> {
  const worker = new Worker(new URL('../../workers/pose.worker.ts', import.meta.url), {
    type: 'module',
    name: 'pose',
  });
  const api = wrap<PoseApi>(worker) as Remote<PoseApi>;
  await workerAnswers(worker, () => api.close());
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
    finishAnalysis: async (...args) => api.finishAnalysis(...args),
    close: async () => api.close(),
  };
}

export interface PoseClientOptions {
  readonly signal: AbortSignal;
  /** Default true. false runs the model on the main thread (used by the benchmark). */
  readonly useWorker?: boolean;
}

// Liveness: a worker that was killed or crashed sends no event and answers nothing, so every call
// to it is timed. A steady frame takes tens of milliseconds; a landmarker's first frame (and
// `reset`, which makes a new landmarker) can take seconds on a slow machine. `init` (which may
// download the model) is not timed.
const FRAME_TIMEOUT_MS = 5_000;
const SLOW_CALL_TIMEOUT_MS = 30_000;

// A landmarker that failed on a frame is replaced (its graph stays broken), as often as it takes,
// as long as frames succeed in between. One that fails again on the first frames after being made
// new will not work: after this many replacements in a row without a good frame, the failure is
// reported.
const MAX_REPLACEMENTS_IN_A_ROW = 2;

interface Started {
  readonly api: AsyncPoseApi;
  readonly worker: Worker | null;
}

const timedOut = Symbol('timed out');

export function createPoseClient({ signal, useWorker = true }: PoseClientOptions): PoseClient {
  let runtime: PoseRuntime = useWorker ? 'worker' : 'main-thread';
  let runtimeNote: string | null = useWorker ? null : 'worker disabled';
  let started: Promise<Started> | null = null;
  let isDead = false;
  /** Tells every call waiting on the dead worker at once. */
  let onDeath = new AbortController();
  /** The landmarker answered a frame since it was (re)made: later frames get the short timeout. */
  let isWarm = false;
  /** Landmarkers replaced since the last frame that succeeded. */
  let replacementsInRow = 0;
  /** The replacement under way, shared by every frame that failed meanwhile. */
  let replacing: Promise<ClientOutcome<PoseInfo>> | null = null;

  const start = async (): Promise<Started> => {
    if (useWorker && typeof Worker !== 'undefined') {
      try {
        return await startWorker();
      } catch (error) {
        runtime = 'main-thread';
        runtimeNote = `the pose worker could not start (${error instanceof Error ? error.message : String(error)}); running on the main thread`;
      }
    }
    return { api: await startMainThread(), worker: null };
  };
  const current = (): Promise<Started> => (started ??= start());

  const die = (worker: Worker): void => {
    if (isDead) return;
    isDead = true;
    started = null;
    isWarm = false;
    worker.terminate();
    onDeath.abort();
  };

  /** Runs `call`; a worker that does not answer within `timeoutMs` is declared dead. */
  async function guarded<T, D>(
    call: (api: AsyncPoseApi) => Promise<T>,
    timeoutMs: number,
    whenDead: D,
  ): Promise<T | D> {
    if (isDead) return whenDead;
    const { api, worker } = await current();
    if (worker === null) return call(api);
    const death = onDeath.signal;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const result = await Promise.race([
      call(api),
      new Promise<typeof timedOut>((resolve) => {
        // (setTimeout treats Infinity as 0.)
        if (Number.isFinite(timeoutMs)) timer = setTimeout(() => resolve(timedOut), timeoutMs);
        death.addEventListener('abort', () => resolve(timedOut), { once: true });
      }),
    ]).finally(() => clearTimeout(timer));
    if (result !== timedOut) return result;
    die(worker);
    return whenDead;
  }
  const dead = { ok: false, error: workerDiedError } as const;

  const reset = (): Promise<ClientOutcome<PoseInfo>> => {
    isWarm = false;
    return guarded((api) => api.reset(), SLOW_CALL_TIMEOUT_MS, dead);
  };

  /** A new landmarker for one that failed; the analysis and the graph clock go on. */
  const replaceLandmarker = (): Promise<ClientOutcome<PoseInfo>> => {
    replacing ??= reset().finally(() => {
      replacing = null;
    });
    return replacing;
  };

  signal.addEventListener(
    'abort',
    () => {
      // Shutting down: a worker that never started, or a close() that fails, leaves nothing to
      // release, so those rejections are dropped.
      started
        ?.then(({ api, worker }) => {
          if (worker === null) return api.close();
          // A dead or busy worker may never answer close(): terminate it regardless.
          api.close().catch(() => undefined);
          worker.terminate();
        })
        .catch(() => undefined);
    },
    { once: true },
  );

  return {
    runtime: () => runtime,
    runtimeNote: () => runtimeNote,
    isAlive: () => !isDead,
    async init(options, onProgress) {
      if (isDead) {
        // A new worker for a dead one (or the main thread, if no worker starts any more).
        isDead = false;
        onDeath = new AbortController();
      }
      isWarm = false;
      replacementsInRow = 0;
      return guarded(
        (api) =>
          runtime === 'worker' && onProgress
            ? api.init(options, proxy(onProgress))
            : api.init(options, onProgress),
        Number.POSITIVE_INFINITY,
        dead,
      );
    },
    async reset() {
      // A new source: earlier failures do not count against its landmarker.
      replacementsInRow = 0;
      return reset();
    },
    async startAnalysis(definition, protocol, fromMs) {
      return guarded(
        (api) => api.startAnalysis(definition, protocol, fromMs),
        SLOW_CALL_TIMEOUT_MS,
        dead,
      );
    },
    async finishAnalysis(options) {
      return guarded((api) => api.finishAnalysis(options), SLOW_CALL_TIMEOUT_MS, null);
    },
    async detect(frame, timestampMs) {
      if (isDead) {
        frame.close();
        return dead;
      }
      const outcome = await guarded(
        (api) => {
          const postedAt = epochNow();
          return runtime === 'worker'
            ? api.detect(transfer(frame, [frame as Transferable]), timestampMs, postedAt)
            : api.detect(frame, timestampMs, postedAt);
        },
        isWarm ? FRAME_TIMEOUT_MS : SLOW_CALL_TIMEOUT_MS,
        dead,
      );
      if (outcome.ok) {
        isWarm = true;
        replacementsInRow = 0;
        return outcome;
      }
      if (outcome.error.code !== 'inference-failed') return outcome;
      if (replacementsInRow >= MAX_REPLACEMENTS_IN_A_ROW) return outcome;
      replacementsInRow += 1;
      const replaced = await replaceLandmarker();
      return replaced.ok ? { ok: false, error: frameLostError } : replaced;
    },
  };
}
