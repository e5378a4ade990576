// The check-up tests: what each measures and needs, and the safety words that apply to them all.
import { useMemo } from 'preact/hooks';
import { href } from '../router';
import { useServices } from '../services';
import type { Store } from '../store';
import { Screen } from '../screen';
import { functionalTests } from '../text/functional-tests';
import { testsRun as t } from '../text/functional-tests-run';
import { RUNNABLE_TEST_IDS, type RunnableTestId } from './catalogue';
import { createTestHistory, TestHistory, type TestHistoryState } from './test-history';
import { createTestRecords } from './test-records';
import type { TestsGate } from './tests-gate';

export function SafetyNotes({ gate }: { gate: TestsGate }) {
  return (
    <div class="note" data-testid="tests-safety">
      <h3>{t.safetyTitle}</h3>
      <ul>
        {t.safety.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {gate === 'clearance' && (
        <p class="message-error" data-testid="tests-clearance">
          {t.clearanceNote}
        </p>
      )}
    </div>
  );
}

/** Where the start is offered: the safety questions unanswered or a session holding the camera. */
export function GateNote({ gate }: { gate: TestsGate }) {
  if (gate === 'readiness') {
    return (
      <p class="note" data-testid="tests-gate" data-state="readiness">
        {t.readinessNeeded} <a href={href('coach')}>{t.readinessLink}</a>
      </p>
    );
  }
  if (gate === 'pose-in-use') {
    return (
      <p class="note" data-testid="tests-gate" data-state="pose-in-use">
        {t.poseInUse}
      </p>
    );
  }
  return null;
}

function TestCard({ id, history }: { id: RunnableTestId; history: Store<TestHistoryState> }) {
  const name = functionalTests.name(id);
  return (
    <li class="card" data-testid={`test-${id}`}>
      <h3>{name}</h3>
      <p>{t.summary(id)}</p>
      <h4>{t.needsTitle}</h4>
      <ul>
        {t.needs(id).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>
        <a class="button primary" href={href('test-run', { testId: id })}>
          {t.open(name)}
        </a>
      </p>
      <TestHistory id={id} store={history} />
    </li>
  );
}

export function TestsListScreen({ gate }: { gate: TestsGate }) {
  const { storage, problems } = useServices();
  const history = useMemo(
    () => createTestHistory(createTestRecords(storage, problems.report).listTestResults),
    [storage, problems],
  );
  return (
    <Screen testId="tests" title={t.listTitle}>
      <p class="intro">{t.listIntro}</p>
      <GateNote gate={gate} />
      <SafetyNotes gate={gate} />
      <ul class="tests-list">
        {RUNNABLE_TEST_IDS.map((id) => (
          <TestCard key={id} id={id} history={history} />
        ))}
      </ul>
    </Screen>
  );
}
