// The camera's setup check, said to the patient: the camera error with its help and a retry, then
// the one guidance line (starting, loading, what to fix, ready). Shared by the exercise screen and
// the check-up tests, each with its own words for the issues; the wrong-posture advice (what the
// tracker sees against what the exercise needs) is the same for both.
import type { SetupIssue } from '../../core/coaching/setup-guidance';
import type { ExerciseDefinition } from '../../core/exercises/types';
import type { ObservedPosture } from '../../core/posture';
import type { AppError } from '../../platform/errors';
import { exerciseStartPosition, text } from '../text';
import type { CameraPhase } from './camera-phase';
import { errorLine } from './error-line';

/** The words that differ between the exercise screen and a check-up test. */
export interface SetupWords {
  readonly retryCamera: string;
  readonly starting: string;
  readonly loadingModel: (percent: number) => string;
  readonly ready: string;
  readonly issues: Readonly<Record<SetupIssue, string>>;
}

export interface SetupCheck {
  readonly camera: CameraPhase;
  readonly cameraError: AppError | null;
  readonly modelProgress: number | null;
  readonly isReady: boolean;
  readonly setupIssue: SetupIssue | null;
  readonly setupPosture: ObservedPosture | null;
}

const { cameraHelp, wrongPosture } = text.setup;

export function SetupGuidance({
  check,
  definition,
  words,
  onRetry,
}: {
  check: SetupCheck;
  definition: ExerciseDefinition;
  words: SetupWords;
  onRetry: () => void;
}) {
  const { camera, cameraError } = check;
  return (
    <>
      {camera === 'error' && cameraError !== null && (
        <div class="status error" role="alert" data-testid="camera-error">
          <p>{errorLine(cameraError)}</p>
          <p>
            {cameraError.code in cameraHelp
              ? cameraHelp[cameraError.code as keyof typeof cameraHelp]
              : cameraHelp.other}
          </p>
          <button type="button" class="primary" onClick={onRetry}>
            {words.retryCamera}
          </button>
        </div>
      )}
      <p class="status guidance" role="status" data-testid="guidance">
        {guidanceLine(check, definition, words)}
      </p>
    </>
  );
}

function guidanceLine(check: SetupCheck, definition: ExerciseDefinition, words: SetupWords) {
  switch (check.camera) {
    case 'starting':
      return words.starting;
    case 'loading-model':
      return words.loadingModel(check.modelProgress ?? 0);
    case 'running':
      if (check.isReady) return words.ready;
      if (check.setupIssue === 'wrong-posture' && check.setupPosture !== null) {
        return wrongPosture(
          check.setupPosture,
          definition.posture,
          exerciseStartPosition(definition.id),
        );
      }
      return words.issues[check.setupIssue ?? 'no-person'];
    default:
      return '';
  }
}
