import { useEffect, useMemo, useRef } from 'preact/hooks';
import { formatError } from '../../platform/errors';
import { text } from '../text';
import { useStore } from '../store';
import { useServices } from '../services';
import { createPoseCheckController, type PoseCheckState } from './controller';
import { PoseCheckControls } from './pose-check-controls';
import { PoseCheckResults } from './pose-check-results';
import { PoseCheckStats } from './pose-check-stats';

const t = text.poseCheck;

function statusLine(state: PoseCheckState): string {
  switch (state.phase) {
    case 'loading-model':
      return t.loadingModel(state.modelProgress ?? 0);
    case 'starting':
      return t.starting;
    case 'running':
      return state.personInView ? t.running : t.noPerson;
    case 'done':
      return t.done;
    case 'error':
      return state.error ? formatError(state.error) : '';
    case 'idle':
      return t.idle;
  }
}

/**
 * `isPoseInUse`: a coaching session is under way (paused while the patient is here) and its set's
 * analysis lives in the app's one pose worker, so the pose check does not start one of its own.
 */
export function PoseCheckScreen({ isPoseInUse }: { isPoseInUse: boolean }) {
  const { pose } = useServices();
  const controller = useMemo(() => createPoseCheckController(pose), [pose]);
  const state = useStore(controller.store);
  const videoRef = useRef<HTMLVideoElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    if (videoRef.current && canvasRef.current) {
      controller.attachView({ video: videoRef.current, canvas: canvasRef.current });
    }
    return () => {
      controller.attachView(null);
      controller.dispose();
    };
  }, [controller]);

  const busy =
    state.phase === 'running' || state.phase === 'starting' || state.phase === 'loading-model';

  return (
    <section
      class="pose-check"
      data-testid="pose-check"
      data-state={state.phase}
      aria-labelledby="pose-check-title"
    >
      <h2 id="pose-check-title">{t.title}</h2>
      <p class="intro">{t.intro}</p>

      {isPoseInUse ? (
        <p class="note" data-testid="pose-in-use">
          {text.poseCheckInUse}
        </p>
      ) : (
        <PoseCheckControls controller={controller} state={state} isBusy={busy} />
      )}

      <p
        class={state.phase === 'error' ? 'status error' : 'status'}
        role={state.phase === 'error' ? 'alert' : 'status'}
        data-testid="status"
      >
        {statusLine(state)}
      </p>
      {state.info?.fallbackReason && (
        <p class="note" data-testid="delegate-note">
          {state.info.fallbackReason}
        </p>
      )}
      {state.runtimeNote !== null && state.runtime === 'main-thread' && (
        <p class="note" data-testid="runtime-note">
          {state.runtimeNote}
        </p>
      )}

      {/* Sized to the video's own shape within the viewport: a portrait clip stays whole. */}
      <div
        class={`stage pose-stage ${state.source === 'camera' ? 'mirrored' : ''}`}
        data-testid="pose-stage"
      >
        <video
          ref={videoRef}
          muted
          playsInline
          controls={state.source === 'file' && state.isPlayback}
          hidden={state.source !== 'camera' && !state.isPlayback}
          aria-label={state.source === 'camera' ? t.cameraView : t.playbackLabel}
          data-testid="pose-video"
        />
        <canvas
          ref={canvasRef}
          class={state.source === 'camera' || state.isPlayback ? 'overlay' : 'frame'}
          data-testid="skeleton"
          aria-label="Tracked skeleton"
        />
      </div>
      {state.source === 'file' && state.isPlayback && <p class="muted">{t.playbackNote}</p>}

      {state.exerciseId !== '' && <PoseCheckResults state={state} />}

      {state.phase === 'done' && state.traceFrames > 0 && (
        <button
          type="button"
          onClick={() => {
            const blob = controller.exportTrace();
            if (blob === null) return;
            const link = document.createElement('a');
            link.href = URL.createObjectURL(blob);
            link.download = `${state.file?.name ?? 'video'}.pose.json`;
            link.click();
            setTimeout(() => URL.revokeObjectURL(link.href), 1000);
          }}
        >
          {t.exportTrace}
        </button>
      )}

      <PoseCheckStats state={state} />
    </section>
  );
}
