// A check-up test's result: the score, why it stopped early if it did, what it means in plain
// words for the patient, each counted stand's times, and the norm comparison for the clinician
// (when age and sex are known; without them, the raw score only).
import type { FunctionalScore, PatientFacts } from '../../core/functional-tests/types';
import { href } from '../router';
import { functionalTests } from '../text/functional-tests';
import { testsRun as t } from '../text/functional-tests-run';
import type { TestFlowState } from './test-flow';

const words = functionalTests;

export function scoreText(score: FunctionalScore): string {
  switch (score.kind) {
    case 'count':
      return words.count(score.count);
    case 'seconds':
      return score.seconds === null ? t.noScore : words.seconds(score.seconds);
    case 'stages':
      return score.stages.map((s) => words.seconds(s.seconds)).join(' · ');
  }
}

/** The score as data: stands, or seconds ('' when there is none). */
export function scoreData(score: FunctionalScore): string {
  if (score.kind === 'count') return String(score.count);
  if (score.kind === 'seconds') return score.seconds === null ? '' : score.seconds.toFixed(2);
  return '';
}

/** Why there is no comparison: age or sex not said, or no norm for a full result at this age. */
function NoComparison({ facts, isStopped }: { facts: PatientFacts; isStopped: boolean }) {
  if (facts.ageYears === null || facts.sex === null) {
    return <p class="note">{words.noInterpretation}</p>;
  }
  return isStopped ? null : <p class="note">{t.noNormForAge}</p>;
}

export function TestResult({ state, onAgain }: { state: TestFlowState; onAgain: () => void }) {
  const { result, facts } = state;
  return (
    <div data-testid="test-result">
      {result === null ? (
        <p role="alert">{t.noResult}</p>
      ) : (
        <>
          <p class="counter" data-testid="test-score" data-score={scoreData(result.score)}>
            <span class="counter-label">{t.scoreLabel}</span>
            <span class="counter-value">{scoreText(result.score)}</span>
          </p>
          {result.stopReason !== null && (
            <p data-testid="test-stop-reason">{words.stopPatient(result.stopReason)}</p>
          )}
          <div data-testid="test-meaning">
            {result.interpretation === null ? (
              <NoComparison facts={facts} isStopped={result.stopReason !== null} />
            ) : (
              result.interpretation.map((finding) => (
                <p key={finding.norm}>{words.findingPatient(finding.code)}</p>
              ))
            )}
          </div>
          {state.standTimes.length > 0 && (
            <>
              <h3>{t.standsTitle}</h3>
              <ol class="plain" data-testid="test-stand-times">
                {state.standTimes.map((stand, i) => (
                  <li key={i} data-start-s={stand.startS} data-end-s={stand.endS}>
                    {t.standLine(i + 1, stand.startS, stand.endS)}
                  </li>
                ))}
              </ol>
            </>
          )}
          {result.interpretation !== null && (
            <>
              <h3>{t.forClinician}</h3>
              <ul data-testid="test-norms">
                {result.interpretation.map((finding) => (
                  <li key={finding.norm}>{words.findingTherapist(finding, facts)}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {state.resultSave !== 'none' && (
        <p
          class={state.resultSave === 'failed' ? 'message-error' : 'muted'}
          role={state.resultSave === 'failed' ? 'alert' : 'status'}
          data-testid="test-result-save"
          data-state={state.resultSave}
        >
          {state.resultSave === 'saving'
            ? t.resultSaving
            : state.resultSave === 'saved'
              ? t.resultSaved
              : t.resultSaveFailed}
        </p>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={onAgain}>
          {t.again}
        </button>
        <a class="button" href={href('tests')}>
          {t.backToList}
        </a>
      </div>
    </div>
  );
}
