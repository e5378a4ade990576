import { getExercise } from '../../core/exercises/library';
import { BUILTIN_PROGRAMS, findProgram } from '../../core/programs/builtin';
import type { ExerciseSetRecord, Prescription } from '../../core/session/types';
import { ROUTE_HREF } from '../router';
import { text } from '../text';
import type { CoachController, CoachState } from './controller';

const t = text.home;

export function prescriptionLine(p: Prescription): string {
  const def = getExercise(p.exerciseId);
  const dose =
    p.reps === null ? t.setsHold(p.sets, p.holdSeconds ?? 0) : t.setsReps(p.sets, p.reps);
  const rom = p.override?.romTargetDeg ?? def.rom?.targetDeg;
  return rom === undefined ? dose : `${dose} · ${t.romTarget(rom)}`;
}

export function HomeScreen({
  state,
  controller,
}: {
  state: CoachState;
  controller: CoachController;
}) {
  const program = findProgram(state.programId) ?? BUILTIN_PROGRAMS[0];
  const last = state.lastSession;
  return (
    <section class="screen home" data-testid="home" aria-labelledby="home-title">
      <h2 id="home-title">{t.title}</h2>
      {state.readiness?.clearanceAdvised === true && (
        <p class="advice" data-testid="clearance-reminder">
          {t.clearanceReminder}
        </p>
      )}
      <label class="field">
        {t.programLabel}
        <select
          value={state.programId}
          onChange={(event) => controller.selectProgram(event.currentTarget.value)}
        >
          {BUILTIN_PROGRAMS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      {program !== undefined && (
        <>
          <p class="muted">
            {program.description} {t.perWeek(program.frequencyPerWeek)}.
          </p>
          <button type="button" class="primary big" onClick={() => controller.startSession()}>
            {t.startSession}
          </button>
          <ol class="exercise-list">
            {program.exercises.map((p, index) => {
              const def = getExercise(p.exerciseId);
              return (
                <li key={p.exerciseId} class="exercise-item">
                  <div>
                    <h3>{def.name}</h3>
                    <p>{prescriptionLine(p)}</p>
                    {p.notes !== '' && <p class="muted">{p.notes}</p>}
                  </div>
                  <button type="button" onClick={() => controller.startSession(index)}>
                    {t.startOne(def.name)}
                  </button>
                </li>
              );
            })}
          </ol>
        </>
      )}
      <h3>{t.lastSession}</h3>
      <p data-testid="last-session">
        {last === null
          ? t.noLastSession
          : t.lastSessionLine(
              new Date(last.session.startedAt).toLocaleString(),
              t.sessionStatus[last.session.status],
              last.sets.length,
              doneText(last.sets),
            )}
      </p>
      {last !== null && (
        <p>
          <a href={ROUTE_HREF.history}>{text.history.lastSessionLink}</a>
        </p>
      )}
    </section>
  );
}

/** What the sets did: reps, or (when they were holds without reps) the seconds held. */
function doneText(sets: readonly ExerciseSetRecord[]): string {
  const reps = sets.reduce((n, s) => n + s.repCount, 0);
  const held = sets.reduce((n, s) => n + (s.holdSeconds ?? 0), 0);
  const isHold = reps === 0 && sets.some((s) => s.holdSeconds !== null);
  return isHold ? t.heldDone(Math.round(held)) : t.repsDone(reps);
}
