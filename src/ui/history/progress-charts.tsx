// The progress charts of the history screen: range of motion per exercise against its target
// (here), the weekly charts (weekly-charts.tsx: reps per week, sessions done vs planned) and the
// per-session charts (session-charts.tsx: pain before/after with the journal's pain, time held,
// exertion). Each has its table of every point.
import { useMemo } from 'preact/hooks';
import { findExercise } from '../../core/exercises/library';
import { text } from '../text';
import { Chart, type ChartLine } from './chart';
import { seconds } from './chart-time';
import type { HistoryController, HistoryState } from './controller';
import { formatDate } from './format';
import { ExertionChart, HoldChart, PainChart } from './session-charts';
import { AdherenceChart, VolumeChart } from './weekly-charts';

const t = text.history.chart;

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
      table={{
        caption: `${t.romTitle}: ${name}`,
        columns: [t.date, t.romBest, t.romTarget],
        rows: points.map((p) => ({
          key: p.sessionId,
          cells: [
            formatDate(p.startedAt),
            `${Math.round(p.bestDeg)}°`,
            p.targetDeg === null ? text.history.noAnswer : `${Math.round(p.targetDeg)}°`,
          ],
        })),
      }}
    />
  );
}
