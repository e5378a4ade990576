// Type-level tests: every layer's outcome is the one Result type of src/core/result.ts with its own
// error, not a look-alike. Checked by `tsc -b` (npm run typecheck), never run.
import { expectTypeOf } from 'vitest';
import type {
  ValidationError,
  ValidationResult,
} from '../../../src/core/exercises/validate-fields';
import type { PoseFrame } from '../../../src/core/landmarks';
import type { Result } from '../../../src/core/result';
import type { TraceDecodeError, TraceDecodeResult } from '../../../src/core/trace-codec';
import type { AppError, Outcome } from '../../../src/platform/errors';
import type {
  ClientOutcome,
  DetectOutcome,
  FrameLostError,
  WorkerDiedError,
} from '../../../src/platform/pose-client';
import type { StorageError, StorageOutcome } from '../../../src/platform/storage/errors';
import type { TraceReadResult } from '../../../src/platform/storage/traces-repository';
import type { PoseDetection, PoseError, PoseOutcome } from '../../../workers/pose-types';

interface Payload {
  readonly n: number;
}

expectTypeOf<Outcome<Payload>>().toEqualTypeOf<Result<Payload, AppError>>();
expectTypeOf<StorageOutcome<Payload>>().toEqualTypeOf<Result<Payload, StorageError>>();
expectTypeOf<PoseOutcome<Payload>>().toEqualTypeOf<Result<Payload, PoseError>>();
expectTypeOf<ClientOutcome<Payload>>().toEqualTypeOf<
  Result<Payload, PoseError | WorkerDiedError>
>();
expectTypeOf<DetectOutcome>().toEqualTypeOf<
  Result<PoseDetection, PoseError | WorkerDiedError | FrameLostError>
>();
expectTypeOf<ValidationResult<Payload>>().toEqualTypeOf<
  Result<Payload, readonly ValidationError[]>
>();
expectTypeOf<TraceDecodeResult>().toEqualTypeOf<Result<PoseFrame[], TraceDecodeError>>();
expectTypeOf<TraceReadResult>().toEqualTypeOf<Result<PoseFrame[], string>>();

// A look-alike (the validator's old `errors` field) is not the same type: the checks above bite.
type LookAlike =
  | { readonly ok: true; readonly value: Payload }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };
expectTypeOf<LookAlike>().not.toEqualTypeOf<ValidationResult<Payload>>();

// A failure narrows to its error, a success to its value.
declare const outcome: Outcome<Payload>;
if (outcome.ok) expectTypeOf(outcome.value).toEqualTypeOf<Payload>();
else expectTypeOf(outcome.error).toEqualTypeOf<AppError>();
