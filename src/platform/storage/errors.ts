// Expected storage failures, as typed values (a thrown error is a bug). Same shape as AppError,
// with the stage 'Storage', so the UI shows them in its one place for errors.
import type { Result } from '../../core/result';

export type StorageErrorCode =
  | 'quota_exceeded'
  | 'unavailable'
  | 'blocked'
  | 'stale_tab'
  | 'invalid_file'
  | 'conflict'
  | 'write_failed'
  | 'delete_failed';

export interface StorageError {
  readonly stage: 'Storage';
  readonly code: StorageErrorCode;
  /** A sentence for the user: what happened and what to do. */
  readonly message: string;
}

export type StorageOutcome<T> = Result<T, StorageError>;

export const storageError = (code: StorageErrorCode, message: string): StorageError => ({
  stage: 'Storage',
  code,
  message,
});

export const QUOTA_MESSAGE =
  'The device is out of storage space for FormCoach. This session is kept in memory until you ' +
  'close the page: export it now to keep it, then free some space.';

/** Errors crossing boundaries keep only name/message: match on `name`, never `instanceof`. */
export function storageErrorFromException(e: unknown): StorageError {
  const name = typeof e === 'object' && e !== null && 'name' in e ? String(e.name) : '';
  const detail = typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : '';
  if (name === 'QuotaExceededError') return storageError('quota_exceeded', QUOTA_MESSAGE);
  if (name === 'InvalidStateError' || name === 'UnknownError') {
    return storageError(
      'unavailable',
      `The browser's storage is not available (${name}${detail ? `: ${detail}` : ''}). ` +
        'Reload the page; in a private window, data cannot be kept.',
    );
  }
  return storageError('write_failed', `Saving failed (${name || 'error'}: ${detail}).`);
}
