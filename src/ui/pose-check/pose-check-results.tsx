// The exercise analysed alongside the pose: live count, hold, cue, why nothing counts, and the
// reps of the finished analysis.
import { summaryEdgePartials } from '../../core/summary';
import { text } from '../text';
import type { PoseCheckState } from './controller';

const t = text.poseCheck;

export function PoseCheckResults({ state }: { state: PoseCheckState }) {
  const r = t.results;
  const { summary } = state;
  const repCount = summary?.repCount ?? state.liveRepCount;
  const held = summary?.holdSeconds ?? state.liveHoldSeconds;
  const { atStart, atEnd } =
    summary === null ? { atStart: null, atEnd: null } : summaryEdgePartials(summary);
  return (
    <section class="results" data-testid="results" aria-labelledby="results-title">
      <h3 id="results-title">{r.title}</h3>
      <p class="big-numbers">
        <span data-testid="rep-count" data-count={repCount} aria-live="polite">
          {r.reps}: <strong>{repCount}</strong>
        </span>
        {held !== null && (
          <span data-testid="held" data-seconds={held}>
            {r.held}: <strong>{held.toFixed(summary ? 1 : 0)}</strong>
          </span>
        )}
      </p>
      {state.cue !== null && state.phase === 'running' && (
        <p class="cue" data-testid="cue">
          {r.cue}: {state.cue}
        </p>
      )}
      {state.notCounting !== null && (
        <p
          class="status not-counting"
          data-testid="not-counting"
          data-code={state.notCounting.code}
        >
          {text.live.notCounting(state.notCounting, state.exerciseId)}
        </p>
      )}
      {summary !== null && summary.reps.length > 0 && (
        <table class="reps">
          <thead>
            <tr>
              <th scope="col">{r.rep}</th>
              <th scope="col">{r.endsAt}</th>
              <th scope="col">{r.peak}</th>
              <th scope="col">{r.score}</th>
            </tr>
          </thead>
          <tbody>
            {summary.reps.map((rep) => (
              <tr key={rep.index} data-testid="rep-row" data-end-ms={rep.endTimestampMs}>
                <td>{rep.index}</td>
                <td>{r.seconds(rep.endTimestampMs / 1000)}</td>
                <td>
                  {rep.quality.peakRomDeg === null
                    ? '—'
                    : r.degrees(rep.quality.peakRomDeg, rep.quality.romPercent)}
                </td>
                <td>{Math.round(rep.quality.score)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {summary !== null && summary.partials.length > 0 && (
        <p>{r.partials(summary.partials.length)}</p>
      )}
      {atStart !== null && (
        <p data-testid="partial-at-start">
          {r.partialAtStart((atStart.endTimestampMs / 1000).toFixed(1))}
        </p>
      )}
      {atEnd !== null && (
        <p data-testid="partial-at-end">{r.partialAtEnd((atEnd.startMs / 1000).toFixed(1))}</p>
      )}
    </section>
  );
}
