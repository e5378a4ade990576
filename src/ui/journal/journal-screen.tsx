// The daily journal: the entry of a chosen day (today by default, any earlier day editable), then
// every day with its entry and its sessions side by side, newest first.
import { useEffect, useMemo } from 'preact/hooks';
import { dayFromIsoDate, isoDateFromDay, type DayLine } from '../../core/progress';
import { href } from '../router';
import { RatingScale } from '../session/rating-scale';
import { useServices } from '../services';
import { useStore } from '../store';
import { text } from '../text';
import { doneText, exerciseNames, formatDay, scoreText } from '../history/format';
import { createJournalController, type JournalController, type JournalState } from './controller';
import { Screen } from '../screen';

const t = text.journal;

export function JournalScreen() {
  const { storage } = useServices();
  const controller = useMemo(() => createJournalController(storage), [storage]);
  const state = useStore(controller.store);
  useEffect(() => controller.init(), [controller]);
  return (
    <Screen class="journal" testId="journal" phase={state.phase} title={t.title}>
      <p class="muted">{t.intro}</p>
      {state.phase === 'failed' && <p class="message-error">{state.message}</p>}
      <EntryForm state={state} controller={controller} />
      <h3 id="days-title">{t.daysTitle}</h3>
      <p class="muted">{t.daysIntro}</p>
      {state.days.length === 0 ? (
        <p>{t.noDays}</p>
      ) : (
        <>
          <ul class="day-list" aria-labelledby="days-title" data-testid="day-list">
            {state.days.slice(0, state.daysShown).map((line) => (
              <DayItem key={line.day} line={line} controller={controller} />
            ))}
          </ul>
          {state.days.length > state.daysShown && (
            <button type="button" onClick={() => controller.showMoreDays()}>
              {t.showMore}
            </button>
          )}
        </>
      )}
    </Screen>
  );
}

function EntryForm({ state, controller }: { state: JournalState; controller: JournalController }) {
  const d = state.draft;
  const day = dayFromIsoDate(state.date);
  return (
    <form
      class="card journal-form"
      data-testid="journal-form"
      data-state={state.save}
      onSubmit={(event) => {
        event.preventDefault();
        controller.save();
      }}
    >
      <h3 data-testid="journal-entry-title">
        {day === null ? t.title : t.entryFor(formatDay(day))}
        {state.date === state.today ? t.todaySuffix : ''}
      </h3>
      <label class="field">
        {t.date}
        <input
          type="date"
          value={state.date}
          max={state.today}
          required
          onChange={(event) => controller.pickDate(event.currentTarget.value)}
        />
      </label>
      <RatingScale
        name="journal-pain"
        legend={t.pain}
        value={d.pain}
        onChange={(pain) => controller.edit({ pain })}
        testId="journal-pain"
      />
      <label class="field">
        {t.sleepHours}
        <input
          type="number"
          inputMode="decimal"
          min={0}
          max={24}
          step={0.5}
          value={d.sleepHours}
          onInput={(event) => controller.edit({ sleepHours: event.currentTarget.value })}
        />
      </label>
      <RatingScale
        name="journal-sleep"
        legend={t.sleepQuality}
        value={d.sleepQuality}
        onChange={(sleepQuality) => controller.edit({ sleepQuality })}
      />
      <fieldset class="mood">
        <legend>{t.mood}</legend>
        {t.moods.map((label, i) => (
          <label key={label} class="choice">
            <input
              type="radio"
              name="journal-mood"
              checked={d.mood === i + 1}
              onChange={() => controller.edit({ mood: i + 1 })}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <label class="field wide">
        {t.activities}
        <textarea
          rows={3}
          value={d.activities}
          onInput={(event) => controller.edit({ activities: event.currentTarget.value })}
        />
      </label>
      <label class="field wide">
        {t.notes}
        <textarea
          rows={3}
          value={d.notes}
          onInput={(event) => controller.edit({ notes: event.currentTarget.value })}
        />
      </label>
      <div class="actions">
        <button type="submit" class="primary big" disabled={state.save === 'saving'}>
          {state.save === 'saving' ? t.saving : t.save}
        </button>
      </div>
      <p
        role="status"
        class={state.save === 'invalid' || state.save === 'failed' ? 'message-error' : 'muted'}
        data-testid="journal-message"
      >
        {state.message ?? ''}
      </p>
    </form>
  );
}

function DayItem({ line, controller }: { line: DayLine; controller: JournalController }) {
  const date = isoDateFromDay(line.day);
  const label = formatDay(line.day);
  const j = line.journal;
  return (
    <li class="card day-item" data-testid="day-item" data-date={date}>
      <h4>{label}</h4>
      {j === null ? (
        <p class="muted">{t.noEntry}</p>
      ) : (
        <>
          <p data-testid="day-entry">
            {t.entryLine(
              scoreText(j.pain),
              t.sleepValue(j.sleepHours, j.sleepQuality),
              j.mood === null ? '—' : (t.moods[j.mood - 1] ?? '—'),
            )}
          </p>
          {j.activities !== '' && <p>{j.activities}</p>}
          {j.notes !== '' && <p class="muted">{j.notes}</p>}
        </>
      )}
      {line.sessions.length > 0 && (
        <ul>
          {line.sessions.map((s) => (
            <li key={s.id}>
              <a href={href('history-session', { sessionId: s.id })}>
                {t.sessionLine(
                  text.history.status[s.status],
                  `${exerciseNames(s)}: ${doneText(s)}`,
                  text.history.pain(scoreText(s.painBefore), scoreText(s.painAfter)),
                )}
              </a>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        aria-label={t.forDate(j === null ? t.add : t.edit, label)}
        onClick={() => {
          controller.pickDate(date);
          document.querySelector<HTMLElement>('.journal-form input[type="date"]')?.focus();
        }}
      >
        {j === null ? t.add : t.edit}
      </button>
    </li>
  );
}
