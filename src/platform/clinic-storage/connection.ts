// The clinic database's one connection while the clinic's screens are shown: opened on first use,
// shared by every clinic screen, closed when the clinic area is left (its owner, src/ui/clinic,
// lives in the clinic's lazy chunk, so the patient's first paint carries none of this). A failed
// open is not memoised: the next use tries again.
import type { StorageError } from '../storage/errors';
import { lazyConnectionCreate, type LazyConnection } from '../storage/lazy-connection';
import { openClinicStorage, type ClinicStorage } from './index';

export type ClinicConnection = LazyConnection<ClinicStorage>;

export const createClinicConnection = (
  options: { readonly name?: string; readonly onProblem?: (error: StorageError) => void } = {},
): ClinicConnection => lazyConnectionCreate(() => openClinicStorage(options));
