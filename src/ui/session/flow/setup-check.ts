// The camera's setup check on one frame, for both live flows (the coach's and a check-up test's):
// what to fix (the issue), the posture seen (for the wrong-posture advice) and the hysteresis of
// "ready". A state whose shown parts did not change keeps its identity but for the hysteresis.
import {
  setupIssue,
  setupReadinessStep,
  type SetupIssue,
  type SetupReadiness,
} from '../../../core/coaching/setup-guidance';
import type { ExerciseDefinition } from '../../../core/exercises/types';
import type { ObservedPosture } from '../../../core/posture';
import type { FlowFrame } from './events';

export interface SetupCheckState {
  readonly setupReadiness: SetupReadiness;
  readonly setupIssue: SetupIssue | null;
  readonly setupPosture: ObservedPosture | null;
  readonly isReady: boolean;
}

export function setupCheckStep<S extends SetupCheckState>(
  s: S,
  definition: ExerciseDefinition,
  frame: FlowFrame,
): S {
  const { analysis } = frame;
  const issue = setupIssue(definition, {
    landmarks: frame.landmarks,
    tracking: analysis?.tracking ?? null,
    view: analysis?.view ?? null,
    posture: analysis?.posture ?? null,
  });
  const setupReadiness = setupReadinessStep(s.setupReadiness, issue, frame.receivedAtMs);
  const setupPosture = analysis?.posture ?? null;
  const isSame =
    issue === s.setupIssue &&
    setupReadiness.isReady === s.isReady &&
    setupPosture === s.setupPosture;
  if (isSame) return { ...s, setupReadiness };
  return {
    ...s,
    setupReadiness,
    setupIssue: issue,
    isReady: setupReadiness.isReady,
    setupPosture,
  };
}
