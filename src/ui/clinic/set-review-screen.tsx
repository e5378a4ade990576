// The body of a stored set's review: what was prescribed (with this patient's adjustments), how
// the set ended, every counted rep's figures, the partial attempts, and the hold or balance
// figures, and the re-scoring of the set from its recording.
import { prescriptionDefinition } from '../../core/programs/builtin';
import { formatDate, formatDateTime, scoreText } from '../history/format';
import { StatusBadge } from '../history/history-screen';
import { clinicText } from './text';
import type { StoredSet } from './controller';
import { RescorePanel } from './rescore-panel';
import { secondsText, SetRepsTable } from './set-reps-table';

const t = clinicText.setReview;

export function SetReviewScreen({ stored }: { stored: StoredSet }) {
  const { session, set, reps, partials } = stored;
  const p = set.prescription;
  const resolved = prescriptionDefinition(p);
  const definition = resolved.ok ? resolved.value : null;
  const rom = definition?.rom ?? null;
  const tempo = definition?.tempo ?? null;
  const isHold = p.reps === null;
  return (
    <>
      <p class="muted">
        {t.session(formatDate(session.startedAt))}
        {stored.program === null ? '' : ` — ${stored.program.name}`}
      </p>
      <section class="card" aria-labelledby="prescription-title" data-testid="set-prescription">
        <h3 id="prescription-title">{t.prescriptionTitle}</h3>
        <dl class="facts-grid">
          <Fact label={t.sets} value={String(p.sets)} />
          {p.reps !== null && <Fact label={t.reps} value={String(p.reps)} />}
          {p.holdSeconds !== null && <Fact label={t.hold} value={t.seconds(p.holdSeconds)} />}
          <Fact label={t.rest} value={t.seconds(p.restSeconds)} />
          {rom !== null && <Fact label={t.romTarget} value={t.degrees(rom.targetDeg)} />}
          {tempo !== null && (
            <Fact label={t.tempo} value={t.tempoValue(tempo.upSeconds, tempo.downSeconds)} />
          )}
          {p.override !== null && <Fact label={t.adjusted} value="✓" />}
          {p.notes !== '' && <Fact label={t.notes} value={p.notes} />}
        </dl>
      </section>
      <section class="card" aria-labelledby="result-title" data-testid="set-result">
        <h3 id="result-title">{t.resultTitle}</h3>
        <dl class="facts-grid">
          <div>
            <dt>{t.status}</dt>
            <dd>
              <StatusBadge status={set.status === 'skipped' ? 'interrupted' : set.status} />
            </dd>
          </div>
          <Fact label={t.started} value={formatDateTime(set.startedAt)} />
          {!isHold && <Fact label={t.repsDone} value={String(set.repCount)} testId="rep-count" />}
          <Fact
            label={t.answers}
            value={`${scoreText(set.painBefore)} / ${scoreText(set.painAfter)}, ${scoreText(set.exertion)}`}
          />
        </dl>
      </section>
      {!isHold && (
        <section class="card" aria-labelledby="reps-title">
          <h3 id="reps-title">{t.repsTitle}</h3>
          {reps.length === 0 ? (
            <p class="muted">{t.noReps}</p>
          ) : (
            <SetRepsTable set={set} reps={reps} movement={rom?.movement} />
          )}
          <h4>{t.partialsTitle}</h4>
          {partials.length === 0 ? (
            <p>{t.noPartials}</p>
          ) : (
            <ul data-testid="set-partials">
              {partials.map(({ id, partial }) => (
                <li key={id}>
                  {t.partial(
                    t.partialReason[partial.reason],
                    secondsText(partial.endTimestampMs),
                    partial.depthFraction === null
                      ? null
                      : `${Math.round(partial.depthFraction * 100)}%`,
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <HoldFigures stored={stored} />
      {!isHold && definition !== null && <RescorePanel stored={stored} definition={definition} />}
    </>
  );
}

function HoldFigures({ stored: { set } }: { stored: StoredSet }) {
  const balance = set.summary?.balance ?? null;
  const longest = set.summary?.longestHoldSeconds ?? null;
  if (set.holdSeconds === null && balance === null) return null;
  const round2 = (value: number): string => value.toFixed(2);
  return (
    <section class="card" aria-labelledby="hold-title" data-testid="set-hold">
      <h3 id="hold-title">{t.holdTitle}</h3>
      <dl class="facts-grid">
        {set.holdSeconds !== null && (
          <Fact label={t.held} value={t.seconds(Math.round(set.holdSeconds))} testId="held" />
        )}
        {longest !== null && <Fact label={t.longestHold} value={t.seconds(Math.round(longest))} />}
        {balance !== null && (
          <>
            <Fact label={t.stance} value={t.seconds(Math.round(balance.stanceMs / 1000))} />
            <Fact label={t.swayPath} value={round2(balance.pathLengthTorso)} />
            <Fact label={t.swayVelocity} value={round2(balance.meanVelocityTorsoPerS)} />
            <Fact label={t.swayArea} value={round2(balance.area95Torso2)} />
            <Fact label={t.balanceLosses} value={String(balance.lossCount)} />
          </>
        )}
      </dl>
    </section>
  );
}

function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}
