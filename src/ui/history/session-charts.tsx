// The per-session charts of the history screen: pain before and after (with the journal's pain),
// seconds held against prescribed, and exertion.
import { useMemo } from 'preact/hooks';
import {
  alignSeries,
  dayFromIsoDate,
  exertionSeries,
  holdSeries,
  painSeries,
} from '../../core/progress';
import { text } from '../text';
import { Chart, type ChartLine } from './chart';
import { NOON_MS, seconds } from './chart-time';
import type { HistoryState } from './controller';
import { formatDate, formatDay, msOfDay, scoreText } from './format';

const t = text.history.chart;

export function PainChart({ state }: { state: HistoryState }) {
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
      table={{
        columns: [t.date, t.painBefore, t.painAfter, t.painJournal],
        rows: data.rows.map((row) => ({
          key: row.key,
          cells: [row.label, scoreText(row.before), scoreText(row.after), scoreText(row.journal)],
        })),
      }}
    />
  );
}

export function HoldChart({ state }: { state: HistoryState }) {
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
      table={{
        columns: [t.date, t.holdHeld, t.holdPrescribed],
        rows: points.map((p) => ({
          key: p.sessionId,
          cells: [
            formatDate(p.startedAt),
            `${Math.round(p.heldSeconds)} s`,
            `${p.prescribedSeconds} s`,
          ],
        })),
      }}
    />
  );
}

export function ExertionChart({ state }: { state: HistoryState }) {
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
      table={{
        columns: [t.date, t.exertionValue],
        rows: points.map((p) => ({
          key: p.sessionId,
          cells: [formatDate(p.startedAt), scoreText(p.exertion)],
        })),
      }}
    />
  );
}
