// The weekly charts of the history screen: reps (or seconds held) per week, and sessions done
// against those the program plans.
import { useMemo } from 'preact/hooks';
import { weeklyAdherence, weeklyVolume } from '../../core/progress';
import { text } from '../text';
import { Chart, type ChartLine } from './chart';
import { HALF_WEEK_S, range, seconds } from './chart-time';
import { programOf, type HistoryState } from './controller';
import { formatDay, msOfDay } from './format';

const t = text.history.chart;

export function VolumeChart({ state }: { state: HistoryState }) {
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
      table={{
        columns: [t.weekOf, t.volumeSessions, t.volumeSets, t.volumeReps, t.volumeHeld],
        rows: weeks.map((w) => ({
          key: w.weekStart,
          cells: [formatDay(w.weekStart), w.sessions, w.sets, w.reps, Math.round(w.holdSeconds)],
        })),
      }}
    />
  );
}

export function AdherenceChart({ state }: { state: HistoryState }) {
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
      table={{
        columns: [t.weekOf, t.adherenceDone, t.adherencePlanned, t.adherencePercent],
        rows: weeks.map((w) => ({
          key: w.weekStart,
          cells: [
            formatDay(w.weekStart),
            w.done,
            w.planned ?? text.history.noAnswer,
            t.percent(w.percent),
          ],
        })),
      }}
    />
  );
}
