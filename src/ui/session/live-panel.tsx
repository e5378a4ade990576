// The live exercise panel (counts, gauge, hold countdown, tempo, cue, controls) and the rest panel.
import { useEffect, useRef } from 'preact/hooks';
import type { ExerciseDefinition } from '../../core/exercises/types';
import type { Prescription } from '../../core/session/types';
import { text } from '../text';
import type { CoachController, CoachState } from './controller';

const t = text.live;

export function LivePanel({
  state,
  controller,
  definition,
  prescription,
}: {
  state: CoachState;
  controller: CoachController;
  definition: ExerciseDefinition;
  prescription: Prescription;
}) {
  const { live } = state;
  const pauseRef = useRef<HTMLButtonElement>(null);
  useEffect(() => pauseRef.current?.focus(), []);
  const isHold = prescription.reps === null;
  // Back from another page: Resume turns the camera on again before the set goes on.
  const isCameraComing = state.camera === 'starting' || state.camera === 'loading-model';
  const target = prescription.reps ?? 0;
  const holdTarget = prescription.holdSeconds ?? 0;
  return (
    <>
      <p class="set-of" data-testid="set-of">
        {t.setOf(state.setNumber, prescription.sets)}
      </p>
      {isHold ? (
        <div class="counter" data-testid="hold" data-seconds={live.heldSeconds ?? 0}>
          <span class="counter-label">{t.held}</span>
          <span class="counter-value">{t.holdOf(live.heldSeconds ?? 0, holdTarget)}</span>
          <span class="counter-sub">
            {t.holdRemaining(Math.max(0, holdTarget - (live.heldSeconds ?? 0)))}
          </span>
          <Meter
            label={t.held}
            percent={Math.round((100 * (live.heldSeconds ?? 0)) / Math.max(1, holdTarget))}
            valueText={t.holdOf(live.heldSeconds ?? 0, holdTarget)}
          />
        </div>
      ) : (
        <div class="counter" data-testid="rep-count" data-count={live.repCount}>
          <span class="counter-label">{t.reps}</span>
          <span class="counter-value">{t.repsOf(live.repCount, target)}</span>
        </div>
      )}
      {live.gauge !== null && definition.rom !== null && (
        <div
          class="gauge"
          data-testid="gauge"
          data-fraction={live.gauge.fraction.toFixed(2)}
          data-frame-time={live.gauge.frameTimeMs}
        >
          <p class="gauge-angle" data-testid="gauge-angle">
            {t.angle(
              text.rom.name(definition.rom.movement),
              live.gauge.romDeg,
              live.gauge.targetDeg,
            )}
          </p>
          <Meter
            label={t.gaugeLabel}
            percent={live.gauge.percent}
            valueText={t.gaugeValue(live.gauge.percent)}
          />
          <p class="gauge-text">
            {live.gauge.percent >= 100 ? t.targetReached : t.gaugeValue(live.gauge.percent)}
          </p>
        </div>
      )}
      {definition.tempo !== null && (
        <p class="tempo muted">
          {t.tempo(definition.tempo.downSeconds, definition.tempo.upSeconds)}
          {' · '}
          <span data-testid="phase">
            {t.phase[live.phase as keyof typeof t.phase] ?? t.phase.waiting}
          </span>
        </p>
      )}
      <p class="cue" data-testid="cue" data-frame-time={live.cue?.frameTimeMs ?? ''}>
        {live.cue?.text ?? ''}
      </p>
      {live.notCounting !== null && (
        <p class="status not-counting" data-testid="not-counting" data-code={live.notCounting.code}>
          {t.notCounting(live.notCounting, definition.id)}
        </p>
      )}
      {live.encouragement !== null && <p class="encourage">{live.encouragement}</p>}
      <p class="sr-only" aria-live="polite" data-testid="announcer">
        {live.announcement}
      </p>
      {live.isPaused && (
        <p class="status" role="status">
          {isCameraComing ? t.cameraComingBack : t.pausedNote}
        </p>
      )}
      <div class="actions">
        <button
          ref={pauseRef}
          type="button"
          class="primary big"
          aria-pressed={live.isPaused}
          disabled={isCameraComing}
          data-pause-toggle
          onClick={() => void controller.togglePause()}
        >
          {live.isPaused ? t.resume : t.pause}
        </button>
        <button type="button" onClick={() => void controller.endSetEarly()}>
          {t.endSet}
        </button>
      </div>
      <p class="muted key-hint">{t.keyHint}</p>
      <StopBar controller={controller} />
    </>
  );
}

function Meter(props: { label: string; percent: number; valueText: string }) {
  const shown = Math.max(0, Math.min(100, props.percent));
  return (
    <div
      class={`meter ${props.percent >= 100 ? 'reached' : ''}`}
      role="meter"
      aria-label={props.label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={shown}
      aria-valuetext={props.valueText}
    >
      <div class="meter-fill" style={{ width: `${shown}%` }} />
    </div>
  );
}

export function RestPanel({
  state,
  controller,
}: {
  state: CoachState;
  controller: CoachController;
}) {
  const next = state.plan[state.itemIndex];
  return (
    <>
      <p class="set-of">{t.rest}</p>
      {state.isSetStarting ? (
        <p class="counter-value" data-testid="rest-timer" role="status">
          {t.nextSetStarting}
        </p>
      ) : (
        <p class="counter-value" data-testid="rest-timer" role="timer" aria-live="off">
          {t.restRemaining(state.restSeconds ?? 0)}
        </p>
      )}
      {next !== undefined && <p class="muted">{t.setOf(state.setNumber, next.sets)}</p>}
      <div class="actions">
        <button
          type="button"
          class="primary big"
          disabled={state.isSetStarting}
          onClick={() => controller.skipRest()}
        >
          {t.skipRest}
        </button>
      </div>
      <StopBar controller={controller} />
    </>
  );
}

/**
 * "Stop — it hurts", in a bar of its own along the bottom edge: the page scrolls above the bar,
 * never under it (see `.stop-bar` in styles.css), so the button is always on screen and no other
 * control is ever beneath it.
 */
function StopBar({ controller }: { controller: CoachController }) {
  return (
    <div class="stop-bar">
      <button
        type="button"
        class="stop-pain"
        data-testid="stop-pain"
        onClick={() => void controller.stopForPain()}
      >
        {t.stopPain}
      </button>
    </div>
  );
}
