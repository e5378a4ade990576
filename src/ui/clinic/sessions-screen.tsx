// The clinic's list: every session stored on this device (date, program or exercise, status),
// each set a link to its review.
import { useEffect, useMemo } from 'preact/hooks';
import type { ExerciseSetRecord } from '../../core/session/types';
import { doneText, formatDateTime } from '../history/format';
import { sessionTitle, StatusBadge } from '../history/history-screen';
import { href } from '../router';
import { useServices } from '../services';
import { useStore } from '../store';
import { clinicText } from './text';
import { createClinicListController } from './controller';
import { exerciseName } from '../text';
import { Screen } from '../screen';

const t = clinicText.clinic;

/** "Squat, set 2: 8 reps" — the history's own wording of what a set did. */
const setLabel = (set: ExerciseSetRecord): string =>
  t.setLink(
    exerciseName(set.exerciseId),
    set.setNumber,
    doneText({
      repCount: set.repCount,
      holdSeconds: set.holdSeconds ?? 0,
      holdSecondsPrescribed: set.prescription.holdSeconds ?? 0,
    }),
  );

export function SessionsScreen() {
  const { storage } = useServices();
  const controller = useMemo(() => createClinicListController(storage), [storage]);
  const state = useStore(controller.store);
  useEffect(() => {
    void controller.init();
  }, [controller]);
  return (
    <Screen class="clinic-sessions" testId="clinic-sessions" phase={state.phase} title={t.title}>
      <p class="muted">{t.intro}</p>
      {state.phase === 'loading' && <p role="status">{t.loading}</p>}
      {state.error !== null && <p class="message-error">{state.error}</p>}
      {state.phase === 'ready' && state.rows.length === 0 && <p>{t.empty}</p>}
      {state.rows.length > 0 && (
        <div class="table-scroll">
          <table class="data-table">
            <caption>{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.date}</th>
                <th scope="col">{t.program}</th>
                <th scope="col">{t.sets}</th>
                <th scope="col">{t.status}</th>
              </tr>
            </thead>
            <tbody>
              {state.rows.map(({ facts, sets }) => (
                <tr key={facts.id} data-testid="clinic-session">
                  <th scope="row">{formatDateTime(facts.startedAt)}</th>
                  <td>{sessionTitle(state.programs, facts)}</td>
                  <td>
                    {sets.length === 0 ? (
                      t.noSets
                    ) : (
                      <ul class="plain-list">
                        {sets.map((set) => (
                          <li key={set.id}>
                            <a
                              href={href('clinic-set', { sessionId: facts.id, setId: set.id })}
                              data-testid="clinic-set-link"
                            >
                              {setLabel(set)}
                            </a>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    <StatusBadge status={facts.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Screen>
  );
}
