// The pose API: the same object runs inside the worker (behind comlink) or, when no worker can
// start, on the main thread. Its type is derived from this implementation (PoseApi below).
import type { NormalizedLandmark } from '@mediapipe/tasks-vision';
import { graphClockCreate, graphClockNext, type GraphClock } from '../src/core/clock';
import type { ExerciseDefinition } from '../src/core/exercises/types';
import { validateExerciseDefinition } from '../src/core/exercises/validate';
import type { PoseLandmark } from '../src/core/landmarks';
import {
  OPEN_PROTOCOL,
  protocolProblems,
  setRunCreate,
  type FinishOptions,
  type SetProtocol,
  type SetRun,
  type SetRunResult,
} from '../src/core/set-run';
import { ms } from '../src/core/units';
import {
  createLandmarker,
  filesetForNewLandmarker,
  loadFileset,
  type LandmarkerHandle,
} from './landmarker';
import { loadModelBytes } from './model-loader';
import type {
  ModelProgress,
  PoseDetection,
  PoseInfo,
  PoseInitOptions,
  PoseOutcome,
} from './pose-types';

export interface PoseApiEnvironment {
  /** true inside a module worker (what Vite builds); false on the main thread. */
  readonly isModuleWorker: boolean;
}

/** Epoch-based milliseconds: comparable across the page and the worker. */
const epochNow = (): number => performance.timeOrigin + performance.now();

const toLandmarks = (points: readonly NormalizedLandmark[] | undefined): PoseLandmark[] | null =>
  points === undefined || points.length === 0
    ? null
    : points.map((p) => ({
        x: p.x,
        y: p.y,
        z: p.z,
        visibility: p.visibility,
        presence: p.presence ?? p.visibility,
      }));

const isWasmFailure = (message: string): boolean =>
  /wasm|WebAssembly|ModuleFactory|importScripts|dynamically imported module|Failed to fetch/i.test(
    message,
  );

async function checkWasmServed(wasmBase: string, isModuleWorker: boolean): Promise<string | null> {
  const file = isModuleWorker ? 'vision_wasm_module_internal.wasm' : 'vision_wasm_internal.wasm';
  try {
    const response = await fetch(`${wasmBase}/${file}`, { method: 'HEAD' });
    return response.ok ? null : `${file} is not served (HTTP ${response.status})`;
  } catch (error) {
    return `${file} could not be fetched (${error instanceof Error ? error.message : String(error)})`;
  }
}

export function createPoseApi(env: PoseApiEnvironment) {
  let handle: LandmarkerHandle | null = null;
  let current: { options: PoseInitOptions; modelBytes: Uint8Array; info: PoseInfo } | null = null;
  /** One clock for every landmarker this API makes: a replaced one carries on from the last time. */
  let clock: GraphClock = graphClockCreate();
  let setRun: SetRun | null = null;
  /**
   * A landmarker being made (init or reset). Calls interleave at awaits: a frame that arrives
   * meanwhile waits for it rather than finding no landmarker.
   */
  let making: Promise<unknown> | null = null;
  const whileMaking = async <T>(job: Promise<T>): Promise<T> => {
    making = job;
    try {
      return await job;
    } finally {
      if (making === job) making = null;
    }
  };

  async function start(
    options: PoseInitOptions,
    modelBytes: Uint8Array,
  ): Promise<PoseOutcome<LandmarkerHandle>> {
    const wasmProblem = await checkWasmServed(options.wasmBase, env.isModuleWorker);
    if (wasmProblem !== null) {
      return {
        ok: false,
        error: {
          stage: 'WASM',
          code: 'wasm-failed',
          message: `${wasmProblem}. Fix: reinstall (npm ci) and restart the app; the build copies MediaPipe's WASM into public/wasm.`,
        },
      };
    }
    try {
      const fileset = await loadFileset(options.wasmBase, env.isModuleWorker);
      const created = await createLandmarker(
        filesetForNewLandmarker(fileset, env.isModuleWorker),
        modelBytes,
        options.delegate,
      );
      if (!created.ok && isWasmFailure(created.error.message)) {
        return { ok: false, error: { ...created.error, stage: 'WASM', code: 'wasm-failed' } };
      }
      return created;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        error: {
          stage: 'WASM',
          code: 'wasm-failed',
          message: `MediaPipe's WebAssembly failed to load (${message}). Fix: reload; if it persists, reinstall (npm ci).`,
        },
      };
    }
  }

  function closeLandmarker(): void {
    const closing = handle;
    handle = null;
    try {
      closing?.landmarker.close();
    } catch {
      // A landmarker whose graph failed may fail to close too; it is dropped either way.
    }
  }

  return {
    /** Loads (or reuses) the model and creates the landmarker. Idempotent for the same options. */
    async init(
      options: PoseInitOptions,
      onProgress?: (progress: ModelProgress) => void,
    ): Promise<PoseOutcome<PoseInfo>> {
      if (
        current !== null &&
        handle !== null &&
        current.options.model.file === options.model.file &&
        current.options.delegate === options.delegate
      ) {
        return { ok: true, value: current.info };
      }
      const startedAt = epochNow();
      const sameModel = current?.options.model.sha256 === options.model.sha256;
      let modelBytes: Uint8Array;
      if (sameModel && current !== null) {
        modelBytes = current.modelBytes;
      } else {
        const loaded = await loadModelBytes(
          options.model,
          `${options.modelBase}/${options.model.file}`,
          (progress) => onProgress?.(progress),
        );
        if (!loaded.ok) return loaded;
        modelBytes = loaded.value;
      }
      closeLandmarker();
      const started = await whileMaking(start(options, modelBytes));
      if (!started.ok) return started;
      handle = started.value;
      const info: PoseInfo = {
        delegate: handle.delegate,
        requestedDelegate: options.delegate,
        fallbackReason: handle.fallbackReason,
        modelFile: options.model.file,
        initMs: epochNow() - startedAt,
      };
      current = { options, modelBytes, info };
      return { ok: true, value: info };
    },

    /**
     * A new landmarker with the same model: for a new source (a new camera session or video file),
     * so no tracking state carries over, and to replace a landmarker that failed on a frame
     * (MediaPipe's graph errors are sticky: every later frame fails too). The analysis running and
     * the graph clock go on untouched.
     */
    async reset(): Promise<PoseOutcome<PoseInfo>> {
      if (current === null) {
        return {
          ok: false,
          error: { stage: 'Pose', code: 'not-initialised', message: 'reset before init' },
        };
      }
      closeLandmarker();
      const started = await whileMaking(start(current.options, current.modelBytes));
      if (!started.ok) return started;
      handle = started.value;
      return { ok: true, value: current.info };
    },

    /**
     * Runs every following frame through a set run of `definition` (the library's, or a
     * therapist's override of it) and `protocol` (open-ended by default), right after inference,
     * until the next call; null stops analysing. Frames captured at or before `fromMs` belong to
     * what came before and are not analysed.
     */
    startAnalysis(
      definition: ExerciseDefinition | null,
      protocol: SetProtocol = OPEN_PROTOCOL,
      fromMs?: number,
    ): PoseOutcome<{ exerciseId: string | null }> {
      if (definition === null) {
        setRun = null;
        return { ok: true, value: { exerciseId: null } };
      }
      const problem = protocolProblems(protocol)[0];
      if (problem !== undefined) {
        return {
          ok: false,
          error: {
            stage: 'Pose',
            code: 'bad-exercise',
            message: `the set's protocol is not valid (stage ${problem.stage + 1}: ${problem.code})`,
          },
        };
      }
      const checked = validateExerciseDefinition(definition);
      if (!checked.ok) {
        const first = checked.error[0];
        return {
          ok: false,
          error: {
            stage: 'Pose',
            code: 'bad-exercise',
            message: `the exercise definition is not valid (${first ? `${first.path}: ${first.code}` : 'unknown error'})`,
          },
        };
      }
      setRun = setRunCreate(checked.value, protocol, fromMs === undefined ? {} : { fromMs });
      return { ok: true, value: { exerciseId: checked.value.id } };
    },

    /** Ends the current set run: its summary (reps, partials, hold time, faults) and stages. */
    finishAnalysis(options: FinishOptions = {}): SetRunResult | null {
      const result = setRun?.finish(options) ?? null;
      setRun = null;
      return result;
    },

    /**
     * Runs the model on one frame, closes it, and (when an exercise is set) analyses the pose. `timestampMs` is the frame's time on its own
     * source timeline; `postedAtEpochMs` is when the caller posted it (for the queue time).
     */
    async detect(
      frame: ImageBitmap | VideoFrame,
      timestampMs: number,
      postedAtEpochMs: number,
    ): Promise<PoseOutcome<PoseDetection>> {
      const startedAt = epochNow();
      try {
        if (making !== null) await making.catch(() => undefined);
        if (handle === null) {
          return {
            ok: false,
            error: {
              stage: 'Pose',
              code: 'not-initialised',
              message: 'the pose model is not loaded yet',
            },
          };
        }
        const next = graphClockNext(clock, ms(timestampMs));
        clock = next;
        const imageWidth = 'displayWidth' in frame ? frame.displayWidth : frame.width;
        const imageHeight = 'displayHeight' in frame ? frame.displayHeight : frame.height;
        const inferenceStart = performance.now();
        const result = handle.landmarker.detectForVideo(frame, next.lastMs);
        const inferenceMs = performance.now() - inferenceStart;
        const landmarks = toLandmarks(result.landmarks[0]);
        const worldLandmarks = toLandmarks(result.worldLandmarks[0]);
        const analysisStart = performance.now();
        const analysis =
          setRun?.push({
            timestampMs: ms(timestampMs),
            imageWidth,
            imageHeight,
            landmarks,
            worldLandmarks,
          }) ?? null;
        return {
          ok: true,
          value: {
            timestampMs,
            imageWidth,
            imageHeight,
            landmarks,
            worldLandmarks,
            analysis,
            timing: {
              queueMs: Math.max(0, startedAt - postedAtEpochMs),
              inferenceMs,
              analysisMs: performance.now() - analysisStart,
            },
          },
        };
      } catch (error) {
        // The graph is broken for good (its errors are sticky): drop the landmarker. The caller
        // (the pose client) makes a new one with reset(); the analysis waits with its counts.
        closeLandmarker();
        return {
          ok: false,
          error: {
            stage: 'Pose',
            code: 'inference-failed',
            message: 'the movement tracker failed on a camera frame.',
            detail: error instanceof Error ? error.message : String(error),
          },
        };
      } finally {
        frame.close();
      }
    },

    close(): void {
      closeLandmarker();
      current = null;
    },
  };
}

export type PoseApi = ReturnType<typeof createPoseApi>;
