// Expected failures are typed values with a stage; the UI shows them in one place.
import type { Result } from '../core/result';

export type ErrorStage = 'Camera' | 'Video' | 'Model' | 'WASM' | 'Pose' | 'Worker';

export interface AppError {
  readonly stage: ErrorStage;
  readonly code: string;
  /** A sentence for the user: what happened and what to do. */
  readonly message: string;
}

export type Outcome<T, E extends AppError = AppError> = Result<T, E>;

export const formatError = (error: AppError): string => `${error.stage}: ${error.message}`;
