import { getExercise } from '../../core/exercises/library';
import { BUILTIN_PROGRAMS } from '../../core/programs/builtin';
import { scheduleDayOf, type ScheduleDay } from '../../core/programs/schedule-today';
import { programsNewest } from '../../core/programs/versions';
import type { ExerciseSetRecord, Program } from '../../core/session/types';
import { sessionFacts } from '../../core/progress';
import { doneText, exerciseNames, localDayOf, todayIso } from '../history/format';
import { prescriptionLine } from '../programs/prescription-line';
import { href } from '../router';
import { exerciseName, text } from '../text';
import type { CoachController, CoachState } from './controller';
import { currentProgram } from './flow/state';

const t = text.home;

export function HomeScreen({
  state,
  controller,
}: {
  state: CoachState;
  controller: CoachController;
}) {
  const program = currentProgram(state);
  // The built-in programs and the newest version of each program from a clinic.
  const choices: readonly Program[] = [...BUILTIN_PROGRAMS, ...programsNewest(state.programs)];
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
          {choices.map((p) => (
            <option key={p.id} value={p.id}>
              {text.programs.name(p)}
            </option>
          ))}
        </select>
      </label>
      {program !== null && (
        <>
          {program.prescribedBy !== undefined && (
            <p data-testid="prescribed-by">
              {text.programOffer.prescribedBy(program.prescribedBy.displayName)}
            </p>
          )}
          <p class="muted">
            {text.programs.description(program)} {t.perWeek(program.frequencyPerWeek)}.
          </p>
          <ScheduleToday day={scheduleDayOf(program, todayIso(Date.now()))} />
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
      <p>
        <a href={href('program-open')}>{text.programOffer.openEntry}</a>
      </p>
    </section>
  );
}

/** The set that "Stop — it hurts" ended, in a session that ended that way. */
function painStopOf(sets: readonly ExerciseSetRecord[]): ExerciseSetRecord | null {
  return sets.find((s) => s.status === 'stopped_pain') ?? null;
}

/** Whether today has a session in the program's schedule (nothing for an unscheduled program). */
function ScheduleToday({ day }: { day: ScheduleDay }) {
  const s = text.schedule;
  const line =
    day.kind === 'due'
      ? s.dueToday(day.timesToday)
      : day.kind === 'rest_day'
        ? s.restDay(s.days(day.days))
        : day.kind === 'not_started'
          ? s.notStarted(day.start)
          : day.kind === 'ended'
            ? s.ended(day.end)
            : null;
  if (line === null) return null;
  return (
    <p data-testid="schedule-today" data-state={day.kind}>
      {line}
    </p>
  );
}
