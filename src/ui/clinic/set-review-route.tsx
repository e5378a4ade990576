// The set review's page: loads one stored set and frames its body (set-review-screen.tsx) with the
// way back to the list and the loading, missing and failed states.
import { useEffect, useMemo } from 'preact/hooks';
import { href } from '../router';
import { useServices } from '../services';
import { useStore } from '../store';
import { clinicText } from './text';
import { createSetReviewController } from './controller';
import { SetReviewScreen } from './set-review-screen';
import { exerciseName } from '../text';
import { Screen } from '../screen';

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
  const set = state.stored?.set ?? null;
  return (
    <Screen
      class="set-review"
      testId="set-review"
      phase={state.phase}
      focusKey={state.phase}
      back={{ href: href('clinic'), label: t.back }}
      title={
        set === null
          ? clinicText.clinic.title
          : t.title(exerciseName(set.exerciseId), set.setNumber)
      }
    >
      {state.phase === 'loading' && <p role="status">{t.loading}</p>}
      {state.phase === 'missing' && <p class="message-error">{t.missing}</p>}
      {state.error !== null && <p class="message-error">{state.error}</p>}
      {state.stored !== null && <SetReviewScreen stored={state.stored} />}
    </Screen>
  );
}
