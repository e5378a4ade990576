// The set review's page: loads one stored set and frames its body (set-review-screen.tsx) with the
// way back to the list and the loading, missing and failed states.
import { useEffect, useMemo } from 'preact/hooks';
import { useFocusHeading } from '../history/history-screen';
import { href } from '../router';
import { useServices } from '../services';
import { useStore } from '../store';
import { clinicText } from './text';
import { createSetReviewController } from './controller';
import { SetReviewScreen } from './set-review-screen';
import { exerciseName } from '../text';

const t = clinicText.setReview;

export function SetReviewRoute({ sessionId, setId }: { sessionId: string; setId: string }) {
  const { storage } = useServices();
  const controller = useMemo(
    () => createSetReviewController(storage, sessionId, setId),
    [storage, sessionId, setId],
  );
  const state = useStore(controller.store);
  useEffect(() => {
    void controller.init();
  }, [controller]);
  useFocusHeading(state.phase);
  const set = state.stored?.set ?? null;
  return (
    <section
      class="screen set-review"
      data-testid="set-review"
      data-state={state.phase}
      aria-labelledby="set-review-title"
    >
      <p>
        <a href={href('clinic')}>← {t.back}</a>
      </p>
      <h2 id="set-review-title" tabIndex={-1}>
        {set === null
          ? clinicText.clinic.title
          : t.title(exerciseName(set.exerciseId), set.setNumber)}
      </h2>
      {state.phase === 'loading' && <p role="status">{t.loading}</p>}
      {state.phase === 'missing' && <p class="message-error">{t.missing}</p>}
      {state.error !== null && <p class="message-error">{state.error}</p>}
      {state.stored !== null && <SetReviewScreen stored={state.stored} />}
    </section>
  );
}
