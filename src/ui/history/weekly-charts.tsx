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
