// Intents of the pose-check screen. Owns the async jobs (camera, file analysis); components only
// render the store and call these.
import type { CameraChoice } from '../../platform/camera';
import type { AppError } from '../../platform/errors';
import { startLivePump } from '../../platform/live-pump';
import { createPoseService, startLiveCamera } from '../../platform/live-tracking';
import { DEFAULT_MODEL_FILE, modelOption } from '../../platform/models';
import type { PoseClient, PoseRuntime } from '../../platform/pose-client';
import { analyseVideo, openVideoFile, type VideoFileInfo } from '../../platform/video-file';
import type { Delegate, PoseDetection, PoseInfo } from '../../../workers/pose-types';
import type { AnalysisSummary } from '../../core/analysis-types';
import type { NotCountingReason } from '../../core/not-counting';
import { findExercise } from '../../core/exercises/library';
import type { PoseFrame } from '../../core/landmarks';
import { drawSkeleton } from '../draw-skeleton';
import { createStore } from '../store';
import { cueText } from '../text';
import { createMeter, emptyStats, type PoseStats } from './meter';
import { poseFrameOf, poseTraceBlob } from './pose-trace';

export type PoseCheckPhase = 'idle' | 'starting' | 'loading-model' | 'running' | 'done' | 'error';

export interface PoseCheckState {
  readonly phase: PoseCheckPhase;
  readonly source: 'camera' | 'file';
  readonly cameras: readonly CameraChoice[];
  readonly cameraId: string;
  readonly modelFile: string;
  readonly delegate: Delegate;
  readonly modelProgress: number | null;
  readonly info: PoseInfo | null;
  readonly runtime: PoseRuntime | null;
  readonly runtimeNote: string | null;
  readonly stats: PoseStats;
  readonly error: AppError | null;
  readonly file: VideoFileInfo | null;
  readonly personInView: boolean;
  /** Frames of the last file analysis kept for export (count; the frames live in the controller). */
  readonly traceFrames: number;
  /** Exercise analysed alongside the pose ('' = pose only). */
  readonly exerciseId: string;
  readonly liveRepCount: number;
  readonly liveHoldSeconds: number | null;
  readonly cue: string | null;
  /** Why nothing counts, as of the latest frame analysed (core/not-counting.ts). */
  readonly notCounting: NotCountingReason | null;
  readonly summary: AnalysisSummary | null;
  /** The analysed file, ready to play back with its skeleton; null otherwise. */
  readonly isPlayback: boolean;
}

const SETTINGS_KEY = 'formcoach.pose-settings';

function loadSettings(): { modelFile: string; delegate: Delegate } {
  try {
    const raw = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}') as Record<string, unknown>;
    return {
      modelFile: modelOption(
        typeof raw['modelFile'] === 'string' ? raw['modelFile'] : DEFAULT_MODEL_FILE,
      ).file,
      delegate: raw['delegate'] === 'GPU' ? 'GPU' : 'CPU',
    };
  } catch {
    return { modelFile: DEFAULT_MODEL_FILE, delegate: 'CPU' };
  }
}

export interface PoseCheckView {
  readonly video: HTMLVideoElement;
  readonly canvas: HTMLCanvasElement;
}

export function createPoseCheckController() {
  const store = createStore<PoseCheckState>({
    phase: 'idle',
    source: 'camera',
    cameras: [],
    cameraId: '',
    ...loadSettings(),
    modelProgress: null,
    info: null,
    runtime: null,
    runtimeNote: null,
    stats: emptyStats,
    error: null,
    file: null,
    personInView: false,
    traceFrames: 0,
    exerciseId: '',
    liveRepCount: 0,
    liveHoldSeconds: null,
    cue: null,
    notCounting: null,
    summary: null,
    isPlayback: false,
  });
  let trace: PoseFrame[] = [];
  let view: PoseCheckView | null = null;
  let run: AbortController | null = null;
  const pose = createPoseService();
  /** The client of the live camera session in progress, whose analysis Stop finishes. */
  let liveClient: PoseClient | null = null;
  /** Playback of the last analysed file: its object URL and the listeners drawing its skeleton. */
  let playback: { url: string; stop: AbortController } | null = null;

  function endPlayback(): void {
    if (playback === null) return;
    playback.stop.abort();
    URL.revokeObjectURL(playback.url);
    view?.video.removeAttribute('src');
    view?.video.load();
    playback = null;
    store.set({ isPlayback: false });
  }

  /** The trace frame nearest a media time (the trace is in the file's own frame times). */
  function traceFrameAt(timeMs: number): PoseFrame | null {
    let lo = 0;
    let hi = trace.length - 1;
    if (hi < 0) return null;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((trace[mid]?.timestampMs ?? 0) < timeMs) lo = mid + 1;
      else hi = mid;
    }
    const after = trace[lo];
    const before = trace[lo - 1];
    if (before !== undefined && after !== undefined) {
      return timeMs - before.timestampMs <= after.timestampMs - timeMs ? before : after;
    }
    return after ?? null;
  }

  /**
   * After a file analysis: the file plays in the video element (with its controls) and the
   * skeleton of the nearest analysed frame is drawn over it as it plays or is scrubbed.
   */
  function startPlayback(file: File): void {
    if (view === null) return;
    const { video, canvas } = view;
    const stop = new AbortController();
    playback = { url: URL.createObjectURL(file), stop };
    const draw = (): void => {
      const frame = traceFrameAt(video.currentTime * 1000);
      if (frame === null) return;
      if (canvas.width !== frame.imageWidth || canvas.height !== frame.imageHeight) {
        canvas.width = frame.imageWidth;
        canvas.height = frame.imageHeight;
      }
      const context = canvas.getContext('2d');
      if (context === null) return;
      context.clearRect(0, 0, canvas.width, canvas.height);
      const drawn =
        frame.landmarks === null
          ? 0
          : drawSkeleton(context, frame.landmarks, canvas.width, canvas.height);
      canvas.dataset['landmarks'] = String(drawn);
      canvas.dataset['frameTime'] = String(frame.timestampMs);
    };
    const onFrame = (): void => {
      if (stop.signal.aborted) return;
      draw();
      video.requestVideoFrameCallback(onFrame);
    };
    for (const name of ['loadeddata', 'seeked', 'timeupdate'] as const) {
      video.addEventListener(name, draw, { signal: stop.signal });
    }
    video.requestVideoFrameCallback(onFrame);
    video.src = playback.url;
    store.set({ isPlayback: true });
  }

  const fail = (error: AppError): void => {
    run?.abort();
    run = null;
    store.set({ phase: 'error', error, modelProgress: null });
  };

  /** The pose client is created lazily when a session starts, and reused. */
  async function ensurePose(): Promise<PoseClient | null> {
    const { modelFile, delegate } = store.get();
    store.set({ phase: 'loading-model', modelProgress: 0 });
    const outcome = await pose.ready({ modelFile, delegate }, (modelProgress) =>
      store.set({ modelProgress }),
    );
    const client = pose.current();
    store.set({ runtime: client?.runtime() ?? null, runtimeNote: client?.runtimeNote() ?? null });
    if (!outcome.ok) {
      fail(outcome.error);
      return null;
    }
    store.set({ info: outcome.value.info, modelProgress: null });
    return outcome.value.client;
  }

  /** Starts the exercise analysis in the worker for the chosen exercise (if any). */
  async function startAnalysis(pose: PoseClient): Promise<boolean> {
    store.set({
      liveRepCount: 0,
      liveHoldSeconds: null,
      cue: null,
      notCounting: null,
      summary: null,
    });
    const exercise = findExercise(store.get().exerciseId);
    const started = await pose.startAnalysis(exercise);
    if (!started.ok) fail(started.error);
    return started.ok;
  }

  function showAnalysis(detection: PoseDetection): void {
    const { analysis } = detection;
    if (analysis === null) return;
    const said = analysis.cues[0];
    const cue = said === undefined ? undefined : cueText(said.message);
    const holdSeconds = analysis.hold === null ? null : Math.floor(analysis.hold.heldMs / 1000);
    const state = store.get();
    if (
      analysis.repCount !== state.liveRepCount ||
      holdSeconds !== state.liveHoldSeconds ||
      (cue !== undefined && cue !== state.cue) ||
      JSON.stringify(analysis.notCounting) !== JSON.stringify(state.notCounting)
    ) {
      store.set({
        liveRepCount: analysis.repCount,
        liveHoldSeconds: holdSeconds,
        notCounting: analysis.notCounting,
        ...(cue ? { cue } : {}),
      });
    }
  }

  function drawResult(detection: PoseDetection, clear: boolean): void {
    if (view === null) return;
    const { canvas } = view;
    if (canvas.width !== detection.imageWidth || canvas.height !== detection.imageHeight) {
      canvas.width = detection.imageWidth;
      canvas.height = detection.imageHeight;
    }
    const context = canvas.getContext('2d');
    if (context === null) return;
    if (clear) context.clearRect(0, 0, canvas.width, canvas.height);
    const drawn = detection.landmarks
      ? drawSkeleton(context, detection.landmarks, canvas.width, canvas.height)
      : 0;
    canvas.dataset['landmarks'] = String(drawn);
  }

  /** Starts a camera or file run unless one is going: its controller aborts it. */
  function beginRun(patch: Partial<PoseCheckState>): AbortController | null {
    if (run !== null) return null;
    endPlayback();
    const current = new AbortController();
    run = current;
    store.set({ phase: 'starting', error: null, stats: emptyStats, ...patch });
    return current;
  }

  return {
    store,
    attachView(next: PoseCheckView | null): void {
      view = next;
    },
    setSource(source: 'camera' | 'file'): void {
      if (store.get().phase === 'running') return;
      endPlayback();
      store.set({ source, error: null, phase: 'idle' });
    },
    setCamera(cameraId: string): void {
      store.set({ cameraId });
    },
    setModel(modelFile: string, delegate: Delegate): void {
      store.set({ modelFile: modelOption(modelFile).file, delegate });
      localStorage.setItem(SETTINGS_KEY, JSON.stringify({ modelFile, delegate }));
    },
    async startCamera(): Promise<void> {
      if (view === null) return;
      const current = beginRun({ source: 'camera', file: null });
      if (current === null) return;
      const { video } = view;
      const camera = await startLiveCamera({
        video,
        signal: current.signal,
        deviceId: store.get().cameraId || undefined,
        onEnded: fail,
      });
      if (!camera.ok) return fail(camera.error);
      store.set({ cameras: camera.value.cameras });
      const client = await ensurePose();
      if (client === null || current.signal.aborted) return;
      const reset = await client.reset();
      if (!reset.ok) return fail(reset.error);
      if (!(await startAnalysis(client))) return;
      store.set({ phase: 'running' });
      liveClient = client;
      const meter = createMeter(null, (update) => store.set(update));
      const pump = startLivePump({
        client,
        video,
        signal: current.signal,
        onResult: (result) => {
          drawResult(result.detection, true);
          showAnalysis(result.detection);
          meter.add(result.detection, result.roundTripMs, pump.stats().framesDropped);
        },
        onError: fail,
      });
    },
    async analyseFile(file: File): Promise<void> {
      if (view === null) return;
      const current = beginRun({ source: 'file', traceFrames: 0 });
      if (current === null) return;
      trace = [];
      const opened = await openVideoFile(file);
      if (!opened.ok) return fail(opened.error);
      store.set({ file: opened.value.info });
      const client = await ensurePose();
      if (client === null) {
        opened.value.input.dispose();
        return;
      }
      if (!(await startAnalysis(client))) {
        opened.value.input.dispose();
        return;
      }
      store.set({ phase: 'running' });
      const meter = createMeter(opened.value.info.frameCount, (update) => store.set(update));
      const { canvas } = view;
      const result = await analyseVideo({
        client,
        video: opened.value,
        signal: current.signal,
        onFrame: (frame) => {
          const width = 'displayWidth' in frame ? frame.displayWidth : frame.width;
          const height = 'displayHeight' in frame ? frame.displayHeight : frame.height;
          if (canvas.width !== width || canvas.height !== height) {
            canvas.width = width;
            canvas.height = height;
          }
          canvas.getContext('2d')?.drawImage(frame, 0, 0);
        },
        onResult: (detection) => {
          drawResult(detection, false);
          showAnalysis(detection);
          trace.push(poseFrameOf(detection));
          meter.add(detection, detection.timing.inferenceMs, 0);
        },
      });
      opened.value.input.dispose();
      if (run === current) run = null;
      if (!result.ok) return fail(result.error);
      meter.publish(0, result.value.realtimeFactor);
      const finished = await client.finishAnalysis();
      store.set({ phase: 'done', traceFrames: trace.length, summary: finished?.summary ?? null });
      if (!current.signal.aborted) startPlayback(file);
    },
    /** The last file analysis as a JSON document (pose trace with the file's own frame times). */
    exportTrace(): Blob | null {
      const { file, summary } = store.get();
      return file === null || trace.length === 0 ? null : poseTraceBlob(file, summary, trace);
    },
    setExercise(exerciseId: string): void {
      if (store.get().phase === 'running') return;
      store.set({ exerciseId: findExercise(exerciseId)?.id ?? '' });
    },
    async stop(): Promise<void> {
      run?.abort();
      run = null;
      const client = liveClient;
      liveClient = null;
      if (store.get().phase === 'running' || store.get().phase === 'starting') {
        store.set({ phase: 'idle' });
      }
      if (client !== null) {
        const finished = await client.finishAnalysis();
        if (finished !== null) store.set({ summary: finished.summary });
      }
    },
    dispose(): void {
      run?.abort();
      endPlayback();
      pose.dispose();
    },
  };
}

export type PoseCheckController = ReturnType<typeof createPoseCheckController>;
