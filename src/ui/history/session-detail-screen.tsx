// One session: its answers and facts, each set with its reps (range, score, faults), the form
// faults seen, and downloads of the session (JSON) and its reps (CSV).
import { useEffect, useMemo } from 'preact/hooks';
import { faultCountsOf } from '../../core/coaching/exercise-summary';
import { findExercise } from '../../core/exercises/library';
import { sessionFacts } from '../../core/progress';
import type { ExerciseSetRecord, StoredRep } from '../../core/session/types';
import { href } from '../router';
import { useServices } from '../services';
import { useStore } from '../store';
import { exerciseName, ruleCue, text } from '../text';
import { sessionTitle, StatusBadge } from './history-screen';
import { DownloadStatus } from '../data/download-status';
import { createSessionDetailController } from './session-detail-controller';
import { formatDate, formatDateTime, localDayOf, scoreText } from './format';
import { Screen } from '../screen';

const t = text.sessionDetail;

/** What a rule said in this set: the therapist's note of its prescription, else the library's. */
export const faultCue = (
  set: Pick<ExerciseSetRecord, 'exerciseId' | 'prescription'>,
  ruleId: string,
) => ruleCue(set.exerciseId, ruleId, set.prescription.override?.formRules?.[ruleId]?.cue ?? null);

export function SessionDetailScreen({ sessionId }: { sessionId: string }) {
  const { storage } = useServices();
  const controller = useMemo(
    () => createSessionDetailController(storage, sessionId),
    [storage, sessionId],
  );
  const state = useStore(controller.store);
  useEffect(() => {
    // init shows its own failure in the store (phase 'failed').
    void controller.init();
  }, [controller]);

  const detail = state.detail;
  const facts =
    detail === null
      ? null
      : sessionFacts(detail.session, detail.sets, localDayOf(detail.session.startedAt));
  const programs = new Map(state.program === null ? [] : [[state.program.id, state.program]]);
  return (
    <Screen
      class="session-detail"
      testId="session-detail"
      phase={state.phase}
      focusKey={state.phase}
      back={{ href: href('history'), label: t.back }}
      title={detail === null ? text.history.title : t.title(formatDate(detail.session.startedAt))}
    >
      {state.phase === 'loading' && <p role="status">{t.loading}</p>}
      {state.phase === 'missing' && <p class="message-error">{t.missing}</p>}
      {state.error !== null && <p class="message-error">{state.error}</p>}
      {detail !== null && facts !== null && (
        <>
          <dl class="facts-grid">
            <div>
              <dt>{t.status}</dt>
              <dd>
                <StatusBadge status={detail.session.status} />
              </dd>
            </div>
            <div>
              <dt>{t.program}</dt>
              <dd>{sessionTitle(programs, facts)}</dd>
            </div>
            <div>
              <dt>{t.started}</dt>
              <dd>{formatDateTime(detail.session.startedAt)}</dd>
            </div>
            {facts.durationMs !== null && (
              <div>
                <dt>{t.duration}</dt>
                <dd>
                  {t.durationValue(
                    Math.floor(facts.durationMs / 60_000),
                    Math.round((facts.durationMs % 60_000) / 1000),
                  )}
                </dd>
              </div>
            )}
            <div>
              <dt>{t.painBefore}</dt>
              <dd data-testid="pain-before">{scoreText(facts.painBefore)}</dd>
            </div>
            <div>
              <dt>{t.painAfter}</dt>
              <dd data-testid="pain-after">{scoreText(facts.painAfter)}</dd>
            </div>
            <div>
              <dt>{t.exertion}</dt>
              <dd>{scoreText(facts.exertion)}</dd>
            </div>
            {detail.session.notes !== '' && (
              <div>
                <dt>{t.notes}</dt>
                <dd>{detail.session.notes}</dd>
              </div>
            )}
          </dl>
          <div class="actions">
            <button type="button" onClick={() => controller.exportJson()}>
              {t.exportJson}
            </button>
            <button type="button" onClick={() => controller.exportCsv()}>
              {t.exportCsv}
            </button>
          </div>
          <DownloadStatus file={state.downloaded} />
          {detail.sets.map((set) => (
            <SetCard
              key={set.id}
              set={set}
              reps={detail.reps.filter((r) => r.setId === set.id)}
              partials={detail.partials.filter((p) => p.setId === set.id).length}
            />
          ))}
        </>
      )}
    </Screen>
  );
}

function SetCard({
  set,
  reps,
  partials,
}: {
  set: ExerciseSetRecord;
  reps: readonly StoredRep[];
  partials: number;
}) {
  const name = exerciseName(set.exerciseId);
  const p = set.prescription;
  const definition = findExercise(set.exerciseId);
  // The same count as the session summary: the set's fault episodes (holds included).
  const faults = faultCountsOf(definition?.formRules ?? [], [set], () => reps.map((r) => r.rep));
  const headingId = `set-${set.id}`;
  /** A hold set: its seconds held are its result, not "0 reps". */
  const isHold = p.reps === null && reps.length === 0;
  return (
    <article class="card" data-testid="set-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.setTitle(name, set.setNumber)}</h3>
      <p>
        <StatusBadge status={set.status === 'skipped' ? 'interrupted' : set.status} />
      </p>
      <ul class="facts">
        <li>
          {p.reps === null
            ? t.prescribedHold(p.sets, p.holdSeconds ?? 0)
            : t.prescribedReps(p.sets, p.reps)}
        </li>
        <li>
          {isHold
            ? t.heldOf(Math.round(set.holdSeconds ?? 0), p.holdSeconds ?? 0)
            : t.repsDone(set.repCount)}
        </li>
        {partials > 0 && <li>{t.partials(partials)}</li>}
        {(set.painBefore !== null || set.painAfter !== null || set.exertion !== null) && (
          <li>
            {t.answers(
              scoreText(set.painBefore),
              scoreText(set.painAfter),
              scoreText(set.exertion),
            )}
          </li>
        )}
      </ul>
      {reps.length === 0 ? (
        !isHold && <p class="muted">{t.noReps}</p>
      ) : (
        <div class="table-scroll">
          <table class="data-table" data-testid="rep-table">
            <caption>{t.repsCaption(name, set.setNumber)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.rep}</th>
                <th scope="col">{t.range(text.rom.name(definition?.rom?.movement))}</th>
                <th scope="col">{t.score}</th>
                <th scope="col">{t.faults}</th>
              </tr>
            </thead>
            <tbody>
              {reps.map((r) => {
                const q = r.rep.quality;
                return (
                  <tr key={r.id}>
                    <th scope="row">
                      {r.rep.index}
                      {r.rep.side === null ? '' : ` (${r.rep.side})`}
                    </th>
                    <td>
                      {q.peakRomDeg === null ? '—' : `${Math.round(q.peakRomDeg)}°`}
                      {q.romPercent === null
                        ? ''
                        : ` (${t.ofTargetValue(Math.round(q.romPercent))})`}
                    </td>
                    <td>{Math.round(q.score)}</td>
                    <td>
                      {q.faults.length === 0
                        ? t.none
                        : [...new Set(q.faults.map((f) => faultCue(set, f.ruleId)))].join('; ')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <h4>{t.faultsTitle}</h4>
      {faults.length === 0 ? (
        <p>{t.noFaults}</p>
      ) : (
        <ul data-testid="set-faults">
          {faults.map((f) => (
            <li key={f.ruleId}>{t.faultCount(faultCue(set, f.ruleId), f.count)}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
