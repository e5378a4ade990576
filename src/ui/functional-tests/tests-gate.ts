// Whether a check-up test may start: the readiness answers apply (none yet: answer them first;
// clearance advised: said on every screen), and the one pose worker is not held by a coaching
// session that is under way.
import type { ReadinessRecord } from '../../core/session/types';

export type TestsGate = 'open' | 'clearance' | 'readiness' | 'pose-in-use';

export function testsGate(readiness: ReadinessRecord | null, isPoseInUse: boolean): TestsGate {
  if (readiness === null) return 'readiness';
  if (isPoseInUse) return 'pose-in-use';
  return readiness.clearanceAdvised ? 'clearance' : 'open';
}

export const canStartTest = (gate: TestsGate): boolean => gate === 'open' || gate === 'clearance';
