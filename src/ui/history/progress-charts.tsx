// The progress charts of the history screen: range of motion per exercise against its target,
// reps per week, pain before/after (with the journal's pain), exertion, and sessions done vs
// planned per week. Each has its table of every point.
import { useMemo } from 'preact/hooks';
import {
  alignSeries,
  dayFromIsoDate,
  exertionSeries,
  holdSeries,
  painSeries,
  weeklyAdherence,
  weeklyVolume,
  type DayNumber,
} from '../../core/progress';
import { findExercise } from '../../core/exercises/library';
import { text } from '../text';
import { Chart, type ChartLine } from './chart';
import { programOf, type HistoryController, type HistoryState } from './controller';
import { formatDate, formatDay, localDayOf, msOfDay, scoreText } from './format';

const t = text.history.chart;
const NOON_MS = 12 * 3_600_000;
const seconds = (ms: number): number => Math.round(ms / 1000);
/** Half a week, so a week's bar is whole at either end of the axis. */
const HALF_WEEK_S = 3.5 * 86_400;

export function ProgressCharts({
  state,
  controller,
}: {
  state: HistoryState;
  controller: HistoryController;
}) {
  return (
    <div class="charts">
      <RomChart state={state} controller={controller} />
      <VolumeChart state={state} />
      <PainChart state={state} />
      <HoldChart state={state} />
      <ExertionChart state={state} />
      <AdherenceChart state={state} />
    </div>
  );
}

function RomChart({ state, controller }: { state: HistoryState; controller: HistoryController }) {
  const name = state.romExercises.find((e) => e.id === state.romExerciseId)?.name ?? '';
  const movement = text.rom.name(
    state.romExerciseId === null ? null : findExercise(state.romExerciseId)?.rom?.movement,
  );
  const data = useMemo(() => {
    const points = state.rom;
    const x = points.map((p) => seconds(p.startedAt));
    const lines: ChartLine[] = [
      { label: t.romBest, values: points.map((p) => p.bestDeg), look: 'solid-dots', tone: 1 },
      { label: t.romTarget, values: points.map((p) => p.targetDeg), look: 'dashed', tone: 2 },
    ];
    return { points, x, lines };
  }, [state.rom]);
  const { points } = data;
  const target = points.at(-1)?.targetDeg ?? null;
  const controls =
    state.romExercises.length === 0 ? (
      <p class="muted">{t.noRomExercise}</p>
    ) : (
      <div class="field">
        <label for="rom-exercise">{t.romExercise}</label>
        <select
          id="rom-exercise"
          value={state.romExerciseId ?? ''}
          onChange={(event) => controller.pickRomExercise(event.currentTarget.value)}
        >
          {state.romExercises.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </select>
      </div>
    );
  return (
    <Chart
      testId="chart-rom"
      title={t.romTitle}
      summary={t.romSummary(
        name,
        movement,
        points.length,
        Math.round(points[0]?.bestDeg ?? 0),
        Math.round(points.at(-1)?.bestDeg ?? 0),
        target === null ? text.history.noAnswer : `${Math.round(target)}°`,
      )}
      keyText={t.romKey}
      x={data.x}
      lines={data.lines}
      yUnit="°"
      controls={controls}
      table={
        <table class="data-table">
          <caption class="sr-only">{`${t.romTitle}: ${name}`}</caption>
          <thead>
            <tr>
              <th scope="col">{t.date}</th>
              <th scope="col">{t.romBest}</th>
              <th scope="col">{t.romTarget}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.sessionId}>
                <th scope="row">{formatDate(p.startedAt)}</th>
                <td>{Math.round(p.bestDeg)}°</td>
                <td>
                  {p.targetDeg === null ? text.history.noAnswer : `${Math.round(p.targetDeg)}°`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

/** The weeks from the first session to today (or the last session, if later). */
function range(state: HistoryState): { from: DayNumber; to: DayNumber } | null {
  const oldest = state.sessions.at(-1);
  const newest = state.sessions[0];
  if (oldest === undefined || newest === undefined) return null;
  const today = localDayOf(Date.now());
  return { from: oldest.day, to: (newest.day > today ? newest.day : today) as DayNumber };
}

function VolumeChart({ state }: { state: HistoryState }) {
  const data = useMemo(() => {
    const r = range(state);
    const weeks = r === null ? [] : weeklyVolume(state.sessions, r.from, r.to);
    const lines: ChartLine[] = [
      { label: t.volumeReps, values: weeks.map((w) => w.reps), look: 'bars', tone: 1 },
    ];
    return { weeks, x: weeks.map((w) => seconds(msOfDay(w.weekStart))), lines };
  }, [state.sessions]);
  const { weeks } = data;
  return (
    <Chart
      testId="chart-volume"
      padX={HALF_WEEK_S}
      title={t.volumeTitle}
      summary={t.volumeSummary(
        weeks.length,
        weeks.reduce((n, w) => n + w.reps, 0),
        Math.max(0, ...weeks.map((w) => w.reps)),
      )}
      keyText={t.volumeKey}
      x={data.x}
      lines={data.lines}
      table={
        <table class="data-table">
          <caption class="sr-only">{t.volumeTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.weekOf}</th>
              <th scope="col">{t.volumeSessions}</th>
              <th scope="col">{t.volumeSets}</th>
              <th scope="col">{t.volumeReps}</th>
              <th scope="col">{t.volumeHeld}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.weekStart}>
                <th scope="row">{formatDay(w.weekStart)}</th>
                <td>{w.sessions}</td>
                <td>{w.sets}</td>
                <td>{w.reps}</td>
                <td>{Math.round(w.holdSeconds)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

function PainChart({ state }: { state: HistoryState }) {
  const data = useMemo(() => {
    const points = painSeries(state.sessions);
    const journal = state.journal.flatMap((entry) => {
      const day = dayFromIsoDate(entry.date);
      return day === null || entry.pain === null ? [] : [{ day, pain: entry.pain }];
    });
    const aligned = alignSeries([
      points.map((p) => ({ x: seconds(p.startedAt), y: p.before })),
      points.map((p) => ({ x: seconds(p.startedAt), y: p.after })),
      journal.map((j) => ({ x: seconds(msOfDay(j.day) + NOON_MS), y: j.pain })),
    ]);
    const lines: ChartLine[] = [
      { label: t.painBefore, values: aligned.ys[0] ?? [], look: 'solid-dots', tone: 1 },
      { label: t.painAfter, values: aligned.ys[1] ?? [], look: 'dashed-open-dots', tone: 2 },
      { label: t.painJournal, values: aligned.ys[2] ?? [], look: 'dotted', tone: 3 },
    ];
    // Table rows: one per session and one per journal day, in time order.
    const rows = [
      ...points.map((p) => ({
        key: p.sessionId,
        at: p.startedAt,
        label: formatDate(p.startedAt),
        before: p.before,
        after: p.after,
        journal: null as number | null,
      })),
      ...journal.map((j) => ({
        key: `journal-${j.day}`,
        at: msOfDay(j.day) + NOON_MS,
        label: formatDay(j.day),
        before: null as number | null,
        after: null as number | null,
        journal: j.pain as number | null,
      })),
    ].sort((a, b) => a.at - b.at);
    return { points, journal, x: aligned.x, lines, rows };
  }, [state.sessions, state.journal]);
  return (
    <Chart
      testId="chart-pain"
      title={t.painTitle}
      summary={t.painSummary(data.points.length, data.journal.length)}
      keyText={t.painKey}
      x={data.x}
      lines={data.lines}
      yRange={[0, 10]}
      table={
        <table class="data-table">
          <caption class="sr-only">{t.painTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.date}</th>
              <th scope="col">{t.painBefore}</th>
              <th scope="col">{t.painAfter}</th>
              <th scope="col">{t.painJournal}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td>{scoreText(row.before)}</td>
                <td>{scoreText(row.after)}</td>
                <td>{scoreText(row.journal)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

function HoldChart({ state }: { state: HistoryState }) {
  const data = useMemo(() => {
    const points = holdSeries(state.sessions);
    const lines: ChartLine[] = [
      {
        label: t.holdHeld,
        values: points.map((p) => Math.round(p.heldSeconds)),
        look: 'solid-dots',
        tone: 1,
      },
      {
        label: t.holdPrescribed,
        values: points.map((p) => p.prescribedSeconds),
        look: 'dashed',
        tone: 2,
      },
    ];
    return { points, x: points.map((p) => seconds(p.startedAt)), lines };
  }, [state.sessions]);
  const { points } = data;
  return (
    <Chart
      testId="chart-hold"
      title={t.holdTitle}
      summary={t.holdSummary(
        points.length,
        Math.round(points.reduce((n, p) => n + p.heldSeconds, 0)),
        points.reduce((n, p) => n + p.prescribedSeconds, 0),
      )}
      keyText={t.holdKey}
      x={data.x}
      lines={data.lines}
      yUnit=" s"
      table={
        <table class="data-table">
          <caption class="sr-only">{t.holdTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.date}</th>
              <th scope="col">{t.holdHeld}</th>
              <th scope="col">{t.holdPrescribed}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.sessionId}>
                <th scope="row">{formatDate(p.startedAt)}</th>
                <td>{Math.round(p.heldSeconds)} s</td>
                <td>{p.prescribedSeconds} s</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

function ExertionChart({ state }: { state: HistoryState }) {
  const data = useMemo(() => {
    const points = exertionSeries(state.sessions);
    const lines: ChartLine[] = [
      {
        label: t.exertionValue,
        values: points.map((p) => p.exertion),
        look: 'solid-dots',
        tone: 1,
      },
    ];
    return { points, x: points.map((p) => seconds(p.startedAt)), lines };
  }, [state.sessions]);
  const { points } = data;
  const mean = points.length === 0 ? 0 : points.reduce((n, p) => n + p.exertion, 0) / points.length;
  return (
    <Chart
      testId="chart-exertion"
      title={t.exertionTitle}
      summary={t.exertionSummary(points.length, Math.round(mean * 10) / 10)}
      keyText={t.exertionKey}
      x={data.x}
      lines={data.lines}
      yRange={[0, 10]}
      table={
        <table class="data-table">
          <caption class="sr-only">{t.exertionTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.date}</th>
              <th scope="col">{t.exertionValue}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.sessionId}>
                <th scope="row">{formatDate(p.startedAt)}</th>
                <td>{scoreText(p.exertion)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

function AdherenceChart({ state }: { state: HistoryState }) {
  const data = useMemo(() => {
    const r = range(state);
    const weeks =
      r === null
        ? []
        : weeklyAdherence(
            state.sessions,
            (id) => programOf(state.programs, id)?.frequencyPerWeek ?? null,
            r.from,
            r.to,
          );
    const lines: ChartLine[] = [
      { label: t.adherenceDone, values: weeks.map((w) => w.done), look: 'bars', tone: 1 },
      {
        label: t.adherencePlanned,
        values: weeks.map((w) => w.planned),
        look: 'step-dashed',
        tone: 2,
      },
    ];
    return { weeks, x: weeks.map((w) => seconds(msOfDay(w.weekStart))), lines };
  }, [state.sessions, state.programs]);
  const { weeks } = data;
  return (
    <Chart
      testId="chart-adherence"
      padX={HALF_WEEK_S}
      title={t.adherenceTitle}
      summary={t.adherenceSummary(
        weeks.length,
        weeks.reduce((n, w) => n + w.done, 0),
        weeks.reduce((n, w) => n + (w.planned ?? 0), 0),
      )}
      keyText={t.adherenceKey}
      x={data.x}
      lines={data.lines}
      table={
        <table class="data-table">
          <caption class="sr-only">{t.adherenceTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.weekOf}</th>
              <th scope="col">{t.adherenceDone}</th>
              <th scope="col">{t.adherencePlanned}</th>
              <th scope="col">{t.adherencePercent}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.weekStart}>
                <th scope="row">{formatDay(w.weekStart)}</th>
                <td>{w.done}</td>
                <td>{w.planned ?? text.history.noAnswer}</td>
                <td>{t.percent(w.percent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
