// The patient's check-up tests, loaded lazily (a chunk of its own: the first paint does not carry
// the tests' screens, flow or scoring). The route table names the list and a test's run.
import type { ReadinessRecord } from '../../core/session/types';
import type { RouteMatch } from '../router';
import { href } from '../router';
import { Screen } from '../screen';
import { testsRun as t } from '../text/functional-tests-run';
import { isRunnableTestId } from './catalogue';
import { TestRunScreen } from './test-run-screen';
import { TestsListScreen } from './tests-list-screen';
import { testsGate } from './tests-gate';

export type TestsRoute = Extract<RouteMatch, { name: 'tests' | 'test-run' }>;

export function TestsArea({
  route,
  readiness,
  isPoseInUse,
}: {
  route: TestsRoute;
  readiness: ReadinessRecord | null;
  isPoseInUse: boolean;
}) {
  const gate = testsGate(readiness, isPoseInUse);
  if (route.name === 'tests') return <TestsListScreen gate={gate} />;
  const { testId } = route.params;
  if (!isRunnableTestId(testId)) {
    return (
      <Screen
        testId="test-unknown"
        title={t.unknownTest}
        back={{ href: href('tests'), label: t.backToList }}
      />
    );
  }
  return <TestRunScreen key={testId} testId={testId} gate={gate} />;
}
