import { useEffect, useMemo, useRef } from 'preact/hooks';
import { EXERCISES } from '../../core/exercises/library';
import { formatError } from '../../platform/errors';
import { MODEL_OPTIONS } from '../../platform/models';
import { exerciseName, text } from '../text';
import { useStore } from '../store';
import { createPoseCheckController, type PoseCheckState } from './controller';

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

export function PoseCheckScreen() {
  const controller = useMemo(createPoseCheckController, []);
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
  const { stats } = state;

  return (
    <section
      class="pose-check"
      data-testid="pose-check"
      data-state={state.phase}
      aria-labelledby="pose-check-title"
    >
      <h2 id="pose-check-title">{t.title}</h2>
      <p class="intro">{t.intro}</p>

      <form class="controls" onSubmit={(event) => event.preventDefault()}>
        <fieldset disabled={busy}>
          <legend>{t.sourceLabel}</legend>
          <label>
            <input
              type="radio"
              name="source"
              checked={state.source === 'camera'}
              onChange={() => controller.setSource('camera')}
            />
            {t.sourceCamera}
          </label>
          <label>
            <input
              type="radio"
              name="source"
              checked={state.source === 'file'}
              onChange={() => controller.setSource('file')}
            />
            {t.sourceFile}
          </label>
        </fieldset>

        <label>
          {t.exerciseLabel}
          <select
            disabled={busy}
            value={state.exerciseId}
            onChange={(event) => controller.setExercise(event.currentTarget.value)}
          >
            <option value="">{t.exerciseNone}</option>
            {EXERCISES.map((exercise) => (
              <option key={exercise.id} value={exercise.id}>
                {exerciseName(exercise.id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.modelLabel}
          <select
            disabled={busy}
            value={state.modelFile}
            onChange={(event) => controller.setModel(event.currentTarget.value, state.delegate)}
          >
            {MODEL_OPTIONS.map((model) => (
              <option key={model.file} value={model.file}>
                {model.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.delegateLabel}
          <select
            disabled={busy}
            value={state.delegate}
            onChange={(event) =>
              controller.setModel(
                state.modelFile,
                event.currentTarget.value === 'GPU' ? 'GPU' : 'CPU',
              )
            }
          >
            <option value="CPU">{t.delegateCpu}</option>
            <option value="GPU">{t.delegateGpu}</option>
          </select>
        </label>

        {state.source === 'camera' ? (
          <div class="row">
            {state.cameras.length > 1 && (
              <label>
                {t.cameraLabel}
                <select
                  disabled={busy}
                  value={state.cameraId}
                  onChange={(event) => controller.setCamera(event.currentTarget.value)}
                >
                  <option value="">{t.cameraDefault}</option>
                  {state.cameras.map((camera) => (
                    <option key={camera.deviceId} value={camera.deviceId}>
                      {camera.label}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {busy ? (
              <button type="button" class="primary" onClick={() => void controller.stop()}>
                {t.stop}
              </button>
            ) : (
              <button type="button" class="primary" onClick={() => void controller.startCamera()}>
                {t.start}
              </button>
            )}
          </div>
        ) : (
          <label class="file-pick">
            {t.fileLabel}
            <input
              type="file"
              accept="video/mp4,video/webm,video/*"
              disabled={busy}
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                // Failures come back as outcomes (the store's error); no rejection.
                if (file) void controller.analyseFile(file);
              }}
            />
          </label>
        )}
      </form>

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

      {state.exerciseId !== '' && <Results state={state} />}

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

      <dl class="stats" data-testid="stats">
        <Stat id="fps" label={t.stats.fps} value={String(stats.fps)} />
        <Stat id="inference" label={t.stats.inference} value={t.ms(stats.inferenceMs)} />
        <Stat id="round-trip" label={t.stats.roundTrip} value={t.ms(stats.roundTripMs)} />
        <Stat id="delegate" label={t.stats.delegate} value={state.info?.delegate ?? '—'} />
        <Stat
          id="runtime"
          label={t.stats.runtime}
          value={
            state.runtime === null
              ? '—'
              : state.runtime === 'worker'
                ? t.runtimeWorker
                : t.runtimeMain
          }
        />
        <Stat
          id="processed"
          label={t.stats.processed}
          value={
            stats.frameCount === null
              ? String(stats.framesProcessed)
              : `${stats.framesProcessed} / ${stats.frameCount}`
          }
          data={{ processed: stats.framesProcessed, total: stats.frameCount ?? '' }}
        />
        <Stat id="dropped" label={t.stats.dropped} value={String(stats.framesDropped)} />
        <Stat
          id="plausible"
          label={t.stats.plausible}
          value={String(stats.framesPlausible)}
          data={{ plausible: stats.framesPlausible }}
        />
        {stats.realtimeFactor !== null && (
          <Stat
            id="realtime"
            label={t.stats.realtime}
            value={`${stats.realtimeFactor.toFixed(2)}×`}
          />
        )}
      </dl>
    </section>
  );
}

function Stat(props: {
  id: string;
  label: string;
  value: string;
  data?: Record<string, string | number>;
}) {
  const dataAttributes = Object.fromEntries(
    Object.entries(props.data ?? {}).map(([key, value]) => [`data-${key}`, String(value)]),
  );
  return (
    <div class="stat" data-testid={`stat-${props.id}`} {...dataAttributes}>
      <dt>{props.label}</dt>
      <dd>{props.value}</dd>
    </div>
  );
}

function Results({ state }: { state: PoseCheckState }) {
  const r = t.results;
  const { summary } = state;
  const repCount = summary?.repCount ?? state.liveRepCount;
  const held = summary?.holdSeconds ?? state.liveHoldSeconds;
  return (
    <section class="results" data-testid="results" aria-labelledby="results-title">
      <h3 id="results-title">{r.title}</h3>
      <p class="big-numbers">
        <span data-testid="rep-count" data-count={repCount} aria-live="polite">
          {r.reps}: <strong>{repCount}</strong>
        </span>
        {held !== null && (
          <span data-testid="held" data-seconds={held}>
            {r.held}: <strong>{held.toFixed(summary ? 1 : 0)}</strong>
          </span>
        )}
      </p>
      {state.cue !== null && state.phase === 'running' && (
        <p class="cue" data-testid="cue">
          {r.cue}: {state.cue}
        </p>
      )}
      {state.notCounting !== null && (
        <p
          class="status not-counting"
          data-testid="not-counting"
          data-code={state.notCounting.code}
        >
          {text.live.notCounting(state.notCounting, state.exerciseId)}
        </p>
      )}
      {summary !== null && summary.reps.length > 0 && (
        <table class="reps">
          <thead>
            <tr>
              <th scope="col">{r.rep}</th>
              <th scope="col">{r.endsAt}</th>
              <th scope="col">{r.peak}</th>
              <th scope="col">{r.score}</th>
            </tr>
          </thead>
          <tbody>
            {summary.reps.map((rep) => (
              <tr key={rep.index} data-testid="rep-row" data-end-ms={rep.endTimestampMs}>
                <td>{rep.index}</td>
                <td>{r.seconds(rep.endTimestampMs / 1000)}</td>
                <td>
                  {rep.quality.peakRomDeg === null
                    ? '—'
                    : r.degrees(rep.quality.peakRomDeg, rep.quality.romPercent)}
                </td>
                <td>{Math.round(rep.quality.score)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {summary !== null && summary.partials.length > 0 && (
        <p>{r.partials(summary.partials.length)}</p>
      )}
    </section>
  );
}
