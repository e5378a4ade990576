// The only module that touches MediaPipe: creates the PoseLandmarker (GPU falling back to CPU).
import { FilesetResolver, PoseLandmarker } from '@mediapipe/tasks-vision';
import type { Delegate, PoseOutcome } from './pose-types';

type Fileset = Awaited<ReturnType<typeof FilesetResolver.forVisionTasks>>;
const filesets = new Map<string, Promise<Fileset>>();

let loaderInstances = 0;

/**
 * In a module worker MediaPipe `import()`s its WASM loader, which sets `self.ModuleFactory` only
 * when the module is first evaluated, and clears it after use: a second landmarker in the same
 * worker fails with "ModuleFactory not set". A distinct loader URL per landmarker makes the
 * browser evaluate it again (the bytes come from the HTTP cache).
 */
export function filesetForNewLandmarker(fileset: Fileset, isModuleWorker: boolean): Fileset {
  if (!isModuleWorker) return fileset;
  loaderInstances += 1;
  const separator = fileset.wasmLoaderPath.includes('?') ? '&' : '?';
  return {
    ...fileset,
    wasmLoaderPath: `${fileset.wasmLoaderPath}${separator}instance=${loaderInstances}`,
  };
}

/**
 * Lines MediaPipe's WASM prints that are not errors. Emscripten sends everything its C++ writes to
 * stderr to `console.error`, so TensorFlow Lite's start-up notice shows as an error in the console
 * (issue #9). Each is matched whole; anything else goes through untouched.
 */
const KNOWN_INFO_LINES: readonly RegExp[] = [
  /^INFO: Created TensorFlow Lite XNNPACK delegate for CPU\.$/,
];

let isConsoleFiltered = false;

/** Keeps MediaPipe's known info lines out of the console's errors (installed once per thread). */
function filterKnownInfoLines(): void {
  if (isConsoleFiltered) return;
  isConsoleFiltered = true;
  const error = console.error.bind(console);
  console.error = (...args: unknown[]): void => {
    const [first] = args;
    if (args.length === 1 && typeof first === 'string') {
      if (KNOWN_INFO_LINES.some((line) => line.test(first.trim()))) return;
    }
    error(...args);
  };
}

/** Lazy and memoised: the WASM fileset is resolved once per base URL and thread. */
export function loadFileset(wasmBase: string, isModuleWorker: boolean): Promise<Fileset> {
  // Before the WASM loads: Emscripten takes its stderr printer when the module is made.
  filterKnownInfoLines();
  const key = `${wasmBase}|${isModuleWorker}`;
  let pending = filesets.get(key);
  if (pending === undefined) {
    pending = FilesetResolver.forVisionTasks(wasmBase, isModuleWorker);
    pending.catch(() => filesets.delete(key));
    filesets.set(key, pending);
  }
  return pending;
}

export interface LandmarkerHandle {
  readonly landmarker: PoseLandmarker;
  readonly delegate: Delegate;
  readonly fallbackReason: string | null;
}

const describe = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

function create(
  fileset: Fileset,
  modelBytes: Uint8Array,
  delegate: Delegate,
): Promise<PoseLandmarker> {
  return PoseLandmarker.createFromOptions(fileset, {
    // MediaPipe takes ownership of the buffer it is given: hand it a copy so the bytes can be reused.
    baseOptions: { modelAssetBuffer: modelBytes.slice(), delegate },
    runningMode: 'VIDEO',
    numPoses: 1,
    minPoseDetectionConfidence: 0.5,
    minPosePresenceConfidence: 0.5,
    minTrackingConfidence: 0.5,
    outputSegmentationMasks: false,
    ...(delegate === 'GPU' && typeof OffscreenCanvas !== 'undefined'
      ? { canvas: new OffscreenCanvas(1, 1) }
      : {}),
  });
}

/**
 * Why the GPU delegate should not be used here, or null when a hardware GPU is available. Without
 * one, browsers fall back to a software WebGL renderer (SwiftShader, llvmpipe) on which MediaPipe's
 * GPU delegate "works" but takes seconds per frame (measured here: ~5 s against ~25 ms on CPU).
 */
export function gpuUnavailableReason(): string | null {
  if (typeof OffscreenCanvas === 'undefined') return 'no OffscreenCanvas for WebGL';
  const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
  if (gl === null) return 'WebGL2 is not available';
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(
    gl.getParameter(info === null ? gl.RENDERER : info.UNMASKED_RENDERER_WEBGL) ?? '',
  );
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return /swiftshader|llvmpipe|software|softpipe/i.test(renderer)
    ? `no hardware GPU (WebGL renderer: ${renderer})`
    : null;
}

export async function createLandmarker(
  fileset: Fileset,
  modelBytes: Uint8Array,
  requested: Delegate,
): Promise<PoseOutcome<LandmarkerHandle>> {
  let fallbackReason: string | null = null;
  const gpuProblem = requested === 'GPU' ? gpuUnavailableReason() : null;
  if (gpuProblem !== null) fallbackReason = `GPU delegate not used: ${gpuProblem}; running on CPU`;
  if (requested === 'GPU' && gpuProblem === null) {
    try {
      const landmarker = await create(fileset, modelBytes, 'GPU');
      return { ok: true, value: { landmarker, delegate: 'GPU', fallbackReason } };
    } catch (error) {
      fallbackReason = `GPU delegate failed (${describe(error)}); running on CPU`;
    }
  }
  try {
    const landmarker = await create(fileset, modelBytes, 'CPU');
    return { ok: true, value: { landmarker, delegate: 'CPU', fallbackReason } };
  } catch (error) {
    return {
      ok: false,
      error: {
        stage: 'Model',
        code: 'model-rejected',
        message: `MediaPipe could not load the pose model (${describe(error)}). Fix: run \`npm run models\` again to restore the official bundle.`,
      },
    };
  }
}
