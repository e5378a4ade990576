// A program link opened on this device: read against the stored programs (nothing stored), then
// accepted (stored, made current) or left. The screen renders `store`; this owns the async jobs.
import { programChanges, type ProgramChanges } from '../../core/programs/program-changes';
import type { Program } from '../../core/session/types';
import {
  programInstall,
  programOfferRead,
  type ProgramInstallStorage,
} from '../../platform/share/program-install';
import type { ProgramFromLink, ProgramLinkError } from '../../platform/share/program-link';
import { createStore } from '../store';

export type OfferState =
  | { readonly phase: 'reading' }
  /** This device's storage could not be opened: nothing was read or changed. */
  | { readonly phase: 'storage-failed' }
  | { readonly phase: 'refused'; readonly error: ProgramLinkError }
  | {
      readonly phase: 'preview' | 'accepting' | 'save-failed';
      readonly offer: ProgramFromLink;
      readonly changes: ProgramChanges;
    }
  | { readonly phase: 'accepted'; readonly program: Program };

export interface OfferDeps {
  readonly open: () => Promise<ProgramInstallStorage>;
  /** The program followed now, among the stored ones (to say what changes). */
  readonly current: (stored: readonly Program[]) => Program | null;
  /** Told once the accepted program is stored. */
  readonly onInstalled: (program: Program) => void;
  readonly now: () => number;
}

export function createOfferController(link: string, deps: OfferDeps) {
  const store = createStore<OfferState>({ phase: 'reading' });
  async function read(): Promise<void> {
    const storage = await deps.open();
    const read = await programOfferRead(storage, link);
    const stored = read.ok ? await storage.programs.listPrograms() : [];
    store.set(
      read.ok
        ? {
            phase: 'preview',
            offer: read.value,
            changes: programChanges(deps.current(stored), read.value.program),
          }
        : { phase: 'refused', error: read.error },
    );
  }
  return {
    store,
    read: (): Promise<void> => read().catch(() => store.set({ phase: 'storage-failed' })),
    async accept(): Promise<void> {
      const s = store.get();
      if (s.phase !== 'preview' && s.phase !== 'save-failed') return;
      store.set({ ...s, phase: 'accepting' });
      try {
        const done = await programInstall(await deps.open(), s.offer, deps.now());
        if (!done.ok) {
          store.set({ phase: 'refused', error: done.error });
          return;
        }
        deps.onInstalled(done.value);
        store.set({ phase: 'accepted', program: done.value });
      } catch {
        store.set({ ...s, phase: 'save-failed' });
      }
    },
  };
}

export type OfferController = ReturnType<typeof createOfferController>;
