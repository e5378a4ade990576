// The live camera run behind the coaching screens: camera → pose client → frames, kept open from
// the setup check through every set of an exercise; analysis restarted per set; pause by stopping
// the frame pump (the camera stays on); speech and sounds.
// The protocol module alone: the set run itself (and the analyzer) belongs to the workers, and
// importing it here would put it in the patient's first paint.
import { OPEN_PROTOCOL, type SetProtocol } from '../../core/set-run/protocol';
import type { FinishOptions, SetRunResult, SetRunUpdate } from '../../core/set-run';
import type { ExerciseDefinition } from '../../core/exercises/types';
import type { PoseFrame, PoseLandmark } from '../../core/landmarks';
import { ms } from '../../core/units';
import type { AppError } from '../../platform/errors';
import { startLivePump } from '../../platform/live-pump';
import { startLiveCamera, type PoseService } from '../../platform/live-tracking';
import { DEFAULT_MODEL_FILE } from '../../platform/models';
import type { PoseClient } from '../../platform/pose-client';
import { createSoundPlayer, type SoundName } from '../../platform/sounds';
import { createSpeaker } from '../../platform/speech';
import type { CameraPhase } from './camera-phase';
import { drawPose, trackedJointIndex } from './live-view';
import type { Prefs } from './prefs';

export interface LiveFrame {
  readonly landmarks: readonly PoseLandmark[] | null;
  /** The whole pose of the frame (image and world landmarks), as a trace records it. */
  readonly pose: PoseFrame;
  /** Null when no exercise is analysed, or the frame predates the current analysis. */
  readonly analysis: SetRunUpdate | null;
  /** The camera frame's capture time (performance clock). */
  readonly capturedAtMs: number;
  readonly receivedAtMs: number;
}

export interface LiveView {
  readonly video: HTMLVideoElement;
  readonly canvas: HTMLCanvasElement;
}

export interface LiveRunOptions {
  /** The app's pose service: shared, so not disposed here. */
  readonly pose: PoseService;
  readonly onFrame: (frame: LiveFrame) => void;
  readonly onError: (error: AppError) => void;
  readonly onPhase: (phase: CameraPhase, modelProgress: number | null) => void;
  readonly prefs: Prefs;
}

export function createLiveRun({ pose, onFrame, onError, onPhase, prefs }: LiveRunOptions) {
  const speaker = createSpeaker(prefs.speech);
  const sounds = createSoundPlayer(prefs.sounds);
  let view: LiveView | null = null;
  let camera: AbortController | null = null;
  let pump: AbortController | null = null;
  let client: PoseClient | null = null;
  let definition: ExerciseDefinition | null = null;
  /** Frames captured before the current analysis started belong to the previous one. */
  let analysisSinceMs = Infinity;

  const fail = (error: AppError): void => {
    stop();
    onError(error);
  };

  function stop(): void {
    pump?.abort();
    pump = null;
    camera?.abort();
    camera = null;
    speaker.cancel();
  }

  function startPump(): void {
    if (view === null || client === null || camera === null) return;
    pump?.abort();
    const current = new AbortController();
    camera.signal.addEventListener('abort', () => current.abort(), { once: true });
    pump = current;
    const { canvas } = view;
    startLivePump({
      client,
      video: view.video,
      signal: current.signal,
      onError: fail,
      onResult: ({ detection }) => {
        const drawn = drawPose(
          canvas,
          detection.imageWidth,
          detection.imageHeight,
          detection.landmarks,
          detection.analysis === null || definition === null
            ? null
            : trackedJointIndex(definition, detection.analysis.visibleSide),
        );
        // What the drawn frame is, for whoever measures latency: its capture time and inference.
        canvas.dataset['landmarks'] = String(drawn);
        canvas.dataset['frameTime'] = String(detection.timestampMs);
        canvas.dataset['inferenceMs'] = detection.timing.inferenceMs.toFixed(1);
        onFrame({
          landmarks: detection.landmarks,
          pose: {
            timestampMs: ms(detection.timestampMs),
            imageWidth: detection.imageWidth,
            imageHeight: detection.imageHeight,
            landmarks: detection.landmarks,
            worldLandmarks: detection.worldLandmarks,
          },
          analysis: detection.timestampMs > analysisSinceMs ? detection.analysis : null,
          capturedAtMs: detection.timestampMs,
          receivedAtMs: performance.now(),
        });
      },
    });
  }

  return {
    attachView(next: LiveView | null): void {
      view = next;
      if (next === null) stop();
    },
    highlightFor(next: ExerciseDefinition): void {
      definition = next;
    },
    /**
     * Opens the camera, loads the model and starts the frames. `keepAnalysis`: the camera comes
     * back on for the analysis already running (a set paused while the patient was on another
     * page), so its counts go on; otherwise a fresh analysis of `next` starts.
     */
    async start(next: ExerciseDefinition, { keepAnalysis = false } = {}): Promise<void> {
      if (view === null || camera !== null) return;
      // From the Start camera click: audio set up here, not as a long task at the first rep.
      sounds.prepare();
      definition = next;
      const current = new AbortController();
      camera = current;
      onPhase('starting', null);
      const opened = await startLiveCamera({
        video: view.video,
        signal: current.signal,
        onEnded: fail,
      });
      // Stopped meanwhile (the patient left the page): nothing more to report.
      if (current.signal.aborted) return;
      if (!opened.ok) return fail(opened.error);
      onPhase('loading-model', 0);
      const ready = await pose.ready({ modelFile: DEFAULT_MODEL_FILE, delegate: 'CPU' }, (p) => {
        if (!current.signal.aborted) onPhase('loading-model', p);
      });
      if (current.signal.aborted) return;
      if (!ready.ok) return fail(ready.error);
      client = ready.value.client;
      const reset = await client.reset();
      if (!reset.ok) return fail(reset.error);
      if (!keepAnalysis && !(await this.analyse(definition))) return;
      if (current.signal.aborted) return;
      onPhase('running', null);
      startPump();
    },
    /**
     * Starts a fresh set run (a new set, or the open-ended one of the setup check): counts
     * restart from zero; frames captured before now belong to what came before.
     */
    async analyse(
      next: ExerciseDefinition,
      protocol: SetProtocol = OPEN_PROTOCOL,
    ): Promise<boolean> {
      if (client === null) return false;
      definition = next;
      analysisSinceMs = Infinity;
      const marker = performance.now();
      const started = await client.startAnalysis(next, protocol, marker);
      if (!started.ok) {
        fail(started.error);
        return false;
      }
      analysisSinceMs = marker;
      return true;
    },
    async finish(options: FinishOptions = {}): Promise<SetRunResult | null> {
      analysisSinceMs = Infinity;
      return client === null ? null : client.finishAnalysis(options);
    },
    pause(): void {
      pump?.abort();
      pump = null;
      speaker.cancel();
    },
    resume(): void {
      if (pump === null && definition !== null) startPump();
    },
    stop,
    speak: (text: string, priority: number): void => speaker.say(text, priority),
    sound: (name: SoundName): void => sounds.play(name),
    silence: (): void => speaker.cancel(),
    applyPrefs(next: Prefs): void {
      speaker.setEnabled(next.speech);
      sounds.setEnabled(next.sounds);
    },
    dispose: stop,
  };
}

export type LiveRun = ReturnType<typeof createLiveRun>;
