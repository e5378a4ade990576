// The clinic database's one connection for the page, owned by the app's services: opened on first
// use (its code fetched then too, so the patient's first paint carries only this file), shared by
// every clinic screen after that. A failed open is not memoised: the next use tries again.
import type { StorageError } from '../storage/errors';
import type { ClinicStorage } from './index';

export interface ClinicConnection {
  open(): Promise<ClinicStorage>;
}

export function createClinicConnection(
  options: { readonly onProblem?: (error: StorageError) => void } = {},
): ClinicConnection {
  let opening: Promise<ClinicStorage> | null = null;
  return {
    open(): Promise<ClinicStorage> {
      if (opening === null) {
        const attempt = import('./index').then(({ openClinicStorage }) =>
          openClinicStorage(options),
        );
        opening = attempt;
        attempt.catch(() => {
          if (opening === attempt) opening = null;
        });
      }
      return opening;
    },
  };
}
