// The end of a session: per exercise, reps vs prescription, ROM per rep against the target (a small
// chart with a text equivalent), form faults and how often, quality, pain before/after, time, and
// one plain-language line on what went well and what to watch.
import type { ExerciseSummary } from '../../core/coaching/exercise-summary';
import { exerciseName, ruleCue, text } from '../text';
import type { CoachController, CoachState } from './controller';

const t = text.summary;

export function SummaryScreen({
  state,
  controller,
}: {
  state: CoachState;
  controller: CoachController;
}) {
  return (
    <section
      class="screen summary"
      data-testid="summary"
      data-state={state.sessionStatus ?? 'in_progress'}
      aria-labelledby="summary-title"
    >
      <h2 id="summary-title" tabIndex={-1}>
        {t.title}
      </h2>
      <p class="status">{t.status[state.sessionStatus ?? 'in_progress']}</p>
      {state.storageFailed && <p class="status error">{t.storageWarning}</p>}
      {state.summaries.map((s) => (
        <ExerciseCard key={s.exerciseId} summary={s} />
      ))}
      <button type="button" class="primary big" onClick={() => controller.goHome()}>
        {t.home}
      </button>
    </section>
  );
}

const painText = (value: number | null): string => (value === null ? '—' : String(value));

function ExerciseCard({ summary: s }: { summary: ExerciseSummary }) {
  const minutes = Math.floor(s.durationMs / 60_000);
  const seconds = Math.round((s.durationMs % 60_000) / 1000);
  const headingId = `summary-${s.exerciseId}`;
  return (
    <article
      class="card"
      data-testid="exercise-summary"
      data-exercise={s.exerciseId}
      data-reps={s.repsDone}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>{exerciseName(s.exerciseId)}</h3>
      <p class="big-line" data-testid="reps-done">
        {s.repsPrescribed !== null
          ? t.reps(s.repsDone, s.repsPrescribed)
          : t.holds(Math.round(s.holdSecondsDone ?? 0), s.holdSecondsPrescribed ?? 0)}
        {' · '}
        {t.sets(s.setsDone, s.setsPrescribed)}
      </p>
      {s.stoppedForPain && <p class="status error">{t.stoppedPain}</p>}
      {s.romTargetDeg !== null && s.romPerRepDeg.length > 0 && (
        <RomChart
          values={s.romPerRepDeg}
          target={s.romTargetDeg}
          movement={text.rom.name(s.romMovement)}
        />
      )}
      <ul class="facts">
        {s.meanScore !== null && <li>{t.quality(Math.round(s.meanScore))}</li>}
        <li>{t.pain(painText(s.painBefore), painText(s.painAfter))}</li>
        <li>{t.time(minutes, seconds)}</li>
        {s.tempo !== null && (
          <li data-testid="tempo" data-verdict={s.tempo.verdict}>
            {s.tempo.verdict === 'on'
              ? t.tempo.on(s.tempo.upSeconds, s.tempo.downSeconds)
              : t.tempo[s.tempo.verdict](
                  s.tempo.upSeconds,
                  s.tempo.downSeconds,
                  roundTenth(s.tempo.actualUpSeconds),
                  roundTenth(s.tempo.actualDownSeconds),
                )}
          </li>
        )}
      </ul>
      <h4>{t.faultsTitle}</h4>
      {s.faults.length === 0 ? (
        <p>{t.noFaults}</p>
      ) : (
        <ul data-testid="faults">
          {s.faults.map((f) => (
            <li key={f.ruleId}>{t.faultCount(ruleCue(s.exerciseId, f.ruleId, f.note), f.count)}</li>
          ))}
        </ul>
      )}
      <p class="went-well">{t.wentWell[s.wentWell.kind]}</p>
      <p class="watch-next" data-testid="watch-next">
        {watchNextText(s.watchNext, s.exerciseId)}
      </p>
    </article>
  );
}

const roundTenth = (value: number): number => Math.round(value * 10) / 10;

function watchNextText(w: ExerciseSummary['watchNext'], exerciseId: string): string {
  switch (w.kind) {
    case 'fault':
      return t.watchNext.fault(ruleCue(exerciseId, w.ruleId, w.note));
    case 'rom-short':
      return t.watchNext['rom-short'](w.percent);
    case 'tempo':
      return t.watchNext.tempo(w.verdict, w.upSeconds, w.downSeconds);
    case 'pain':
    case 'keep-going':
      return t.watchNext[w.kind];
  }
}

/** Bars of peak ROM per rep with a dashed target line; the figure's label says the same in words. */
function RomChart({
  values,
  target,
  movement,
}: {
  values: readonly (number | null)[];
  target: number;
  movement: string;
}) {
  const width = 320;
  const height = 120;
  const top = Math.max(target * 1.2, ...values.map((v) => v ?? 0));
  const barWidth = width / values.length;
  const y = (v: number): number => height - (Math.max(0, v) / top) * height;
  const words = values.map((v) => (v === null ? '—' : `${Math.round(v)}°`)).join(', ');
  return (
    <figure class="rom-chart">
      <figcaption>
        {t.romTitle(movement)} ({t.romTarget(target)})
      </figcaption>
      <svg
        viewBox={`0 0 ${width} ${height + 16}`}
        role="img"
        aria-label={t.romAlt(movement, words, target)}
        data-testid="rom-chart"
      >
        {values.map((v, i) => (
          <rect
            key={i}
            x={i * barWidth + barWidth * 0.15}
            width={barWidth * 0.7}
            y={v === null ? height : y(v)}
            height={v === null ? 0 : height - y(v)}
            class={v !== null && v >= target ? 'bar reached' : 'bar'}
          />
        ))}
        <line x1={0} x2={width} y1={y(target)} y2={y(target)} class="target-line" />
      </svg>
    </figure>
  );
}
