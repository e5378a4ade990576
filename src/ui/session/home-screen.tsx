import { getExercise } from '../../core/exercises/library';
import { BUILTIN_PROGRAMS, findProgram } from '../../core/programs/builtin';
import type { ExerciseSetRecord, Prescription } from '../../core/session/types';
import { sessionFacts } from '../../core/progress';
import { doneText, exerciseNames, localDayOf } from '../history/format';
import { href } from '../router';
import { exerciseName, text } from '../text';
import type { CoachController, CoachState } from './controller';

const t = text.home;

export function prescriptionLine(p: Prescription): string {
  const def = getExercise(p.exerciseId);
  const dose =
    p.reps === null ? t.setsHold(p.sets, p.holdSeconds ?? 0) : t.setsReps(p.sets, p.reps);
  const rom = p.override?.romTargetDeg ?? def.rom?.targetDeg;
  return rom === undefined
    ? dose
    : `${dose} · ${t.romTarget(text.rom.name(def.rom?.movement), rom)}`;
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
  const lastFacts =
    last === null
      ? null
      : sessionFacts(last.session, last.sets, localDayOf(last.session.startedAt));
  const painStop = last === null ? null : painStopOf(last.sets);
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
              {text.programs.name(p)}
            </option>
          ))}
        </select>
      </label>
      {program !== undefined && (
        <>
          <p class="muted">
            {text.programs.description(program)} {t.perWeek(program.frequencyPerWeek)}.
          </p>
          {painStop !== null && (
            <p class="advice" data-testid="pain-stop-note" role="note">
              {t.painStop(
                exerciseName(painStop.exerciseId),
                painStop.painAfter === null
                  ? t.painStopUnrated
                  : t.painStopRated(painStop.painAfter),
              )}
            </p>
          )}
          <button type="button" class="primary big" onClick={() => controller.startSession()}>
            {t.startSession}
          </button>
          <ol class="exercise-list">
            {program.exercises.map((p, index) => {
              const def = getExercise(p.exerciseId);
              const note = text.programs.note(program, p.exerciseId, p.notes);
              return (
                <li key={p.exerciseId} class="exercise-item">
                  <div>
                    <h3>{exerciseName(def.id)}</h3>
                    <p>{prescriptionLine(p)}</p>
                    {note !== '' && <p class="muted">{note}</p>}
                    {painStop?.exerciseId === p.exerciseId && (
                      <p class="advice" data-testid="pain-stop-item">
                        {t.painStopItem}
                      </p>
                    )}
                  </div>
                  <button type="button" onClick={() => controller.startSession(index)}>
                    {t.startOne(exerciseName(def.id))}
                  </button>
                </li>
              );
            })}
          </ol>
        </>
      )}
      <h3>{t.lastSession}</h3>
      <p data-testid="last-session">
        {last === null || lastFacts === null
          ? t.noLastSession
          : t.lastSessionLine(
              new Date(last.session.startedAt).toLocaleString(),
              exerciseNames(lastFacts),
              t.sessionStatus[last.session.status],
              last.sets.length,
              doneText(lastFacts),
            )}
      </p>
      {last !== null && (
        <p>
          <a href={href('history')}>{text.history.lastSessionLink}</a>
        </p>
      )}
    </section>
  );
}

/** The set that "Stop — it hurts" ended, in a session that ended that way. */
function painStopOf(sets: readonly ExerciseSetRecord[]): ExerciseSetRecord | null {
  return sets.find((s) => s.status === 'stopped_pain') ?? null;
}
