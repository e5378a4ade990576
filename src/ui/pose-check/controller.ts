// Intents of the pose-check screen. Owns the async jobs (camera, file analysis) on the app's one
// pose service; components only render the store and call these. Drawing, playback and the
// remembered settings live beside it (detection-view.ts, playback.ts, settings.ts).
import type { AppError } from '../../platform/errors';
import { startLivePump } from '../../platform/live-pump';
import { startLiveCamera, type PoseService } from '../../platform/live-tracking';
import { modelOption } from '../../platform/models';
import type { PoseClient } from '../../platform/pose-client';
import { analyseVideo, openVideoFile } from '../../platform/video-file';
import type { Delegate, PoseDetection } from '../../../workers/pose-types';
import { findExercise } from '../../core/exercises/library';
import type { PoseFrame } from '../../core/landmarks';
import { createStore } from '../store';
import { createMeter, emptyStats } from './meter';
import { analysisPatch, drawDetection } from './detection-view';
import { startPlayback, type PlaybackView } from './playback';
import { poseFrameOf, poseTraceBlob } from './pose-trace';
import { loadSettings, saveSettings } from './settings';
import type { PoseCheckState } from './state';

export type { PoseCheckPhase, PoseCheckState } from './state';

export type PoseCheckView = PlaybackView;

/** `pose`: the app's pose service (shared with the coach: this controller never disposes it). */
export function createPoseCheckController(pose: PoseService) {
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
  /** The client of the live camera session in progress, whose analysis Stop finishes. */
  let liveClient: PoseClient | null = null;
  /** Ends the playback of the last analysed file, if one is playing. */
  let endPlayback: (() => void) | null = null;

  function stopPlayback(): void {
    if (endPlayback === null) return;
    endPlayback();
    endPlayback = null;
    store.set({ isPlayback: false });
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
  async function startAnalysis(client: PoseClient): Promise<boolean> {
    store.set({
      liveRepCount: 0,
      liveHoldSeconds: null,
      cue: null,
      notCounting: null,
      summary: null,
    });
    const exercise = findExercise(store.get().exerciseId);
    const started = await client.startAnalysis(exercise);
    if (!started.ok) fail(started.error);
    return started.ok;
  }

  function showDetection(detection: PoseDetection, clear: boolean): void {
    if (view !== null) drawDetection(view.canvas, detection, clear);
    const patch = analysisPatch(store.get(), detection);
    if (patch !== null) store.set(patch);
  }

  /** Starts a camera or file run unless one is going: its controller aborts it. */
  function beginRun(patch: Partial<PoseCheckState>): AbortController | null {
    if (run !== null) return null;
    stopPlayback();
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
      stopPlayback();
      store.set({ source, error: null, phase: 'idle' });
    },
    setCamera(cameraId: string): void {
      store.set({ cameraId });
    },
    setModel(modelFile: string, delegate: Delegate): void {
      store.set({ modelFile: modelOption(modelFile).file, delegate });
      saveSettings({ modelFile, delegate });
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
          showDetection(result.detection, true);
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
          showDetection(detection, false);
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
      if (!current.signal.aborted && view !== null) {
        endPlayback = startPlayback(view, file, trace);
        store.set({ isPlayback: true });
      }
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
      stopPlayback();
    },
  };
}

export type PoseCheckController = ReturnType<typeof createPoseCheckController>;
