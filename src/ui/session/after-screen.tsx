// After an exercise: exertion (0–10 with the Borg CR10 word anchors shown) and pain; and the stop guidance after "Stop — it hurts".
import { useState } from 'preact/hooks';
import type { ExerciseDefinition } from '../../core/exercises/types';
import { exerciseName, text } from '../text';
import type { CoachController, CoachState } from './controller';
import { RatingScale } from './rating-scale';

export function AfterScreen(props: {
  state: CoachState;
  controller: CoachController;
  definition: ExerciseDefinition;
}) {
  return (
    <section class="screen after" data-testid="after" aria-labelledby="after-title">
      <h2 id="after-title" tabIndex={-1}>
        {text.after.title(exerciseName(props.definition.id))}
      </h2>
      <AfterForm {...props} />
    </section>
  );
}

/** Exertion and pain after an exercise; also shown beside the camera when the session goes on. */
export function AfterForm(props: { state: CoachState; controller: CoachController }) {
  const t = text.after;
  const [exertion, setExertion] = useState<number | null>(null);
  const [pain, setPain] = useState<number | null>(null);
  const isLast = props.state.itemIndex + 1 >= props.state.plan.length;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (exertion !== null && pain !== null) props.controller.submitAfter(exertion, pain);
      }}
    >
      <RatingScale
        name="exertion"
        legend={t.exertionLegend}
        value={exertion}
        onChange={setExertion}
        options={t.exertionScale}
        testId="exertion"
      />
      <RatingScale
        name="pain-after"
        legend={t.painLegend}
        value={pain}
        onChange={setPain}
        testId="pain-after"
      />
      {(exertion === null || pain === null) && <p class="muted">{t.needed}</p>}
      <button type="submit" class="primary big" disabled={exertion === null || pain === null}>
        {isLast ? t.finish : t.next}
      </button>
    </form>
  );
}

export function StoppedScreen({
  state,
  controller,
}: {
  state: CoachState;
  controller: CoachController;
}) {
  const t = text.stopped;
  return (
    <section class="screen stopped" data-testid="stopped" aria-labelledby="stopped-title">
      <h2 id="stopped-title" tabIndex={-1}>
        {t.title}
      </h2>
      <div class="stop-guidance" role="alert">
        <p>{t.recorded}</p>
        <ul>
          {t.guidance.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
      <RatingScale
        name="pain-at-stop"
        legend={t.painLegend}
        value={state.painAtStop}
        onChange={(pain) => controller.recordPainAtStop(pain)}
        testId="pain-at-stop"
      />
      <p class="muted" role="status" data-testid="pain-at-stop-status">
        {state.painAtStop === null ? t.painOptional : t.painRecorded(state.painAtStop)}
      </p>
      <div class="actions">
        <button type="button" class="primary big" onClick={() => controller.showSummary()}>
          {t.toSummary}
        </button>
        <button type="button" onClick={() => controller.goHome()}>
          {t.home}
        </button>
      </div>
    </section>
  );
}
