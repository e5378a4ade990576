// The results of each check-up test so far, on the tests list: a chart of the scores over time
// and its table (date, score, the comparison with the norms), read from the patient database.
import { useMemo } from 'preact/hooks';
import type { FunctionalScore, StoredTestResult } from '../../core/functional-tests/types';
import { Chart } from '../history/chart';
import { formatDate } from '../history/format';
import { useStore, createStore, type Store } from '../store';
import { functionalTests } from '../text/functional-tests';
import { testsRun as t } from '../text/functional-tests-run';
import type { RunnableTestId } from './catalogue';
import { scoreText } from './test-result';

export interface TestHistoryState {
  readonly phase: 'loading' | 'ready' | 'failed';
  readonly results: readonly StoredTestResult[];
}

/** Loads every stored result once (oldest first). */
export function createTestHistory(
  list: () => Promise<StoredTestResult[]>,
): Store<TestHistoryState> {
  const store = createStore<TestHistoryState>({ phase: 'loading', results: [] });
  list().then(
    (results) => store.set({ phase: 'ready', results }),
    () => store.set({ phase: 'failed', results: [] }),
  );
  return store;
}

/** The number a score is charted as: stands or seconds (null when there is none). */
const scoreValue = (score: FunctionalScore): number | null =>
  score.kind === 'count' ? score.count : score.kind === 'seconds' ? score.seconds : null;

export function TestHistory({ id, store }: { id: RunnableTestId; store: Store<TestHistoryState> }) {
  const { phase, results } = useStore(store);
  const mine = useMemo(() => results.filter((r) => r.result.testId === id), [results, id]);
  if (phase === 'failed') return <p class="note">{t.historyFailed}</p>;
  if (phase === 'loading' || mine.length === 0) return null;
  const name = functionalTests.name(id);
  const last = mine.at(-1);
  return (
    <div data-testid={`test-history-${id}`} data-count={mine.length}>
      <Chart
        testId={`chart-test-${id}`}
        title={t.historyTitle(name)}
        summary={t.historySummary(
          name,
          mine.length,
          last === undefined ? '' : scoreText(last.result.score),
        )}
        keyText={t.historyKey}
        x={mine.map((r) => Math.round(r.recordedAt / 1000))}
        lines={[
          {
            label: t.historyLine,
            values: mine.map((r) => scoreValue(r.result.score)),
            look: 'solid-dots',
            tone: 1,
          },
        ]}
        padX={3600}
        table={{
          columns: [t.historyDate, t.historyScore, t.historyNorm],
          rows: [...mine].reverse().map((r) => ({
            key: r.id,
            cells: [
              formatDate(r.recordedAt),
              r.result.stopReason === 'ended_early'
                ? `${scoreText(r.result.score)} (${t.historyEndedEarly})`
                : scoreText(r.result.score),
              r.result.interpretation === null
                ? t.historyNoNorm
                : r.result.interpretation
                    .map((finding) => functionalTests.findingTherapist(finding, r.facts))
                    .join('; '),
            ],
          })),
        }}
      />
    </div>
  );
}
