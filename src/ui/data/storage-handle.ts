// The storage of the history, journal and data screens: opened once, lazily, shared by their
// controllers; closed (and forgotten) before "delete all my data".
import type { StorageError } from '../../platform/storage';
import { openStorage, type Storage } from '../../platform/storage';

let opening: Promise<Storage> | null = null;
let onProblem: (error: StorageError) => void = () => undefined;

/** Where problems of this connection go (another tab upgrading, storage terminated). */
export function setStorageProblemHandler(handler: (error: StorageError) => void): void {
  onProblem = handler;
}

export function storageHandle(): Promise<Storage> {
  if (opening === null) {
    const attempt = openStorage({ onProblem: (error) => onProblem(error) });
    opening = attempt;
    // A failed open is not memoised: the next screen tries again.
    attempt.catch(() => {
      if (opening === attempt) opening = null;
    });
  }
  return opening;
}

export async function closeStorageHandle(): Promise<void> {
  const current = opening;
  opening = null;
  if (current === null) return;
  const storage = await current.catch(() => null);
  storage?.close();
}

/** A sentence for an unexpected failure (an exception is a bug, but the user still needs words). */
export const failureText = (e: unknown): string =>
  typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : String(e);
