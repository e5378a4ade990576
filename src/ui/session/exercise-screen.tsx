// Setup check, live exercise and rest share one stage (the mirrored camera with the skeleton), so
// the camera keeps running from the setup check through every set.
import type { ExerciseDefinition } from '../../core/exercises/types';
import type { Prescription } from '../../core/session/types';
import { exerciseName, exerciseSetup, exerciseStartPosition, text } from '../text';
import type { CoachController, CoachState } from './controller';
import { AfterForm } from './after-screen';
import { CameraStage } from './camera-stage';
import { LivePanel, RestPanel } from './live-panel';
import { RatingScale } from './rating-scale';
import { SetupGuidance } from './setup-guidance';

const t = text.setup;

export function ExerciseScreen(props: {
  state: CoachState;
  controller: CoachController;
  definition: ExerciseDefinition;
  prescription: Prescription;
}) {
  const { state, controller, definition } = props;

  const isSetup = state.screen === 'setup';
  const isAfter = state.screen === 'after';
  return (
    <section
      class={`screen exercise ${state.screen}`}
      data-testid={state.screen}
      data-state={isSetup ? setupState(state) : isAfter ? 'after' : liveState(state)}
      aria-labelledby="exercise-title"
    >
      <div class="exercise-head">
        <h2 id="exercise-title" tabIndex={-1}>
          {isSetup
            ? t.title(exerciseName(definition.id))
            : isAfter
              ? text.after.title(exerciseName(definition.id))
              : exerciseName(definition.id)}
        </h2>
        <p class="muted">{t.progress(state.itemIndex + 1, state.plan.length)}</p>
      </div>
      <div class="exercise-body">
        <CameraStage camera={state.camera} attachView={controller.attachView} />
        <div class="panel">
          {isSetup ? (
            <SetupPanel {...props} />
          ) : isAfter ? (
            <AfterForm state={state} controller={controller} />
          ) : state.screen === 'rest' ? (
            <RestPanel state={state} controller={controller} />
          ) : (
            <LivePanel {...props} />
          )}
        </div>
      </div>
    </section>
  );
}

function setupState(state: CoachState): string {
  if (state.camera === 'running') return state.isReady ? 'ready' : 'positioning';
  return state.camera;
}

function liveState(state: CoachState): string {
  if (state.screen === 'rest') return 'rest';
  return state.live.isPaused ? 'paused' : 'counting';
}

function SetupPanel({
  state,
  controller,
  definition,
  prescription,
}: Parameters<typeof ExerciseScreen>[0]) {
  const { camera } = state;
  const canBegin = state.isReady && state.painNow !== null;
  return (
    <>
      <h3>{t.howTo}</h3>
      <ol class="steps" data-testid="demo-steps">
        <li>{exerciseSetup(definition)}</li>
        <li>{t.startPosition(exerciseStartPosition(definition.id))}</li>
        {definition.rom !== null && prescription.reps !== null && (
          <li>{t.moveTo(text.rom.name(definition.rom.movement), definition.rom.targetDeg)}</li>
        )}
        {prescription.holdSeconds !== null && <li>{t.holdFor(prescription.holdSeconds)}</li>}
        {definition.tempo !== null && (
          <li>{t.tempo(definition.tempo.downSeconds, definition.tempo.upSeconds)}</li>
        )}
      </ol>
      {camera === 'idle' && (
        <button type="button" class="primary big" onClick={() => void controller.startCamera()}>
          {t.startCamera}
        </button>
      )}
      <SetupGuidance
        check={state}
        definition={definition}
        words={t}
        onRetry={() => void controller.startCamera()}
      />
      <RatingScale
        name="pain-before"
        legend={t.painLegend}
        value={state.painNow}
        onChange={(value) => controller.setPainNow(value)}
        testId="pain-before"
      />
      {state.isPainCarried && state.painNow !== null && (
        <p class="muted" data-testid="pain-carried">
          {t.painReused(state.painNow)}
        </p>
      )}
      {state.isReady && state.painNow === null && <p class="muted">{t.painNeeded}</p>}
      <div class="actions">
        <button
          type="button"
          class="primary big"
          disabled={!canBegin || state.isSetStarting}
          onClick={() => controller.beginExercise()}
        >
          {t.begin}
        </button>
        <button type="button" onClick={() => controller.goHome()}>
          {t.backHome}
        </button>
      </div>
    </>
  );
}
