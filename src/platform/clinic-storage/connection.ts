// The clinic database's one connection while the clinic's screens are shown: opened on first use,
// shared by every clinic screen, closed when the clinic area is left (its owner, src/ui/clinic,
// lives in the clinic's lazy chunk, so the patient's first paint carries none of this). A failed
// open is not memoised: the next use tries again.
import type { StorageError } from '../storage/errors';
import { openClinicStorage, type ClinicStorage } from './index';

export interface ClinicConnection {
  open(): Promise<ClinicStorage>;
  /** Closes the connection if it is open; the next `open` opens a new one. */
  close(): Promise<void>;
}

export function createClinicConnection(
  options: { readonly name?: string; readonly onProblem?: (error: StorageError) => void } = {},
): ClinicConnection {
  let opening: Promise<ClinicStorage> | null = null;
  return {
    open(): Promise<ClinicStorage> {
      if (opening === null) {
        const attempt = openClinicStorage(options);
        opening = attempt;
        attempt.catch(() => {
          if (opening === attempt) opening = null;
        });
      }
      return opening;
    },
    async close(): Promise<void> {
      const current = opening;
      opening = null;
      if (current === null) return;
      const storage = await current.catch(() => null);
      storage?.close();
    },
  };
}
