// One session's detail: everything stored of it, and its exports (JSON backup of the session, CSV
// of its reps).
import type { SessionDetail } from '../../platform/storage';
import { backupToJson, repsToCsv } from '../../platform/storage';
import type { Program } from '../../core/session/types';
import { createStore } from '../store';
import { downloadText } from '../data/download';
import { failureText, storageHandle } from '../data/storage-handle';
import { programOf } from './controller';
import { fileDate } from './format';

export interface SessionDetailState {
  readonly phase: 'loading' | 'ready' | 'missing' | 'failed';
  readonly detail: SessionDetail | null;
  readonly program: Program | null;
  readonly error: string | null;
  /** The last file downloaded, for the status line. */
  readonly downloaded: string | null;
}

export function createSessionDetailController(sessionId: string) {
  const store = createStore<SessionDetailState>({
    phase: 'loading',
    detail: null,
    program: null,
    error: null,
    downloaded: null,
  });
  const fail = (e: unknown): void => store.set({ error: failureText(e) });
  const baseName = (): string =>
    `formcoach-session-${fileDate(store.get().detail?.session.startedAt ?? Date.now())}`;

  return {
    store,
    async init(): Promise<void> {
      try {
        const storage = await storageHandle();
        const detail = await storage.sessions.getSessionDetail(sessionId);
        if (detail === null) {
          store.set({ phase: 'missing' });
          return;
        }
        const stored =
          detail.session.programId === null
            ? null
            : await storage.programs.getProgram(detail.session.programId);
        const programs = new Map(stored === null ? [] : [[stored.id, stored]]);
        store.set({
          phase: 'ready',
          detail,
          program: programOf(programs, detail.session.programId),
        });
      } catch (e) {
        store.set({ phase: 'failed', error: failureText(e) });
      }
    },
    exportJson(): void {
      void (async () => {
        const storage = await storageHandle();
        const file = await storage.exportSession(sessionId, Date.now());
        if (file === null) {
          store.set({ phase: 'missing' });
          return;
        }
        const name = `${baseName()}.json`;
        downloadText(name, backupToJson(file), 'application/json');
        store.set({ downloaded: name, error: null });
      })().catch(fail);
    },
    exportCsv(): void {
      const detail = store.get().detail;
      if (detail === null) return;
      const name = `${baseName()}-reps.csv`;
      downloadText(name, repsToCsv(detail.reps, detail.sets, [detail.session]), 'text/csv');
      store.set({ downloaded: name, error: null });
    },
  };
}

export type SessionDetailController = ReturnType<typeof createSessionDetailController>;
