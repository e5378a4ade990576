// One session's detail: everything stored of it, and its exports (JSON backup of the session, read
// back before it is offered and named unverified when it could not be; CSV of its reps).
import type { SessionDetail } from '../../platform/storage';
import { repsToCsv } from '../../platform/storage';
import type { Program } from '../../core/session/types';
import { createStore } from '../store';
import { backupFileName, downloadText, type DownloadedFile } from '../data/download';
import type { StorageConnection } from '../../platform/storage/connection';
import { failureText } from '../data/failure-text';
import { programOf } from './controller';
import { fileDate } from './format';

export interface SessionDetailState {
  readonly phase: 'loading' | 'ready' | 'missing' | 'failed';
  readonly detail: SessionDetail | null;
  readonly program: Program | null;
  readonly error: string | null;
  /** The last file downloaded, for the status line. */
  readonly downloaded: DownloadedFile | null;
}

export function createSessionDetailController(connection: StorageConnection, sessionId: string) {
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
        const storage = await connection.open();
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
        const storage = await connection.open();
        const backup = await storage.exportSessionJson(sessionId, Date.now());
        if (backup === null) {
          store.set({ phase: 'missing' });
          return;
        }
        const problem = backup.verified ? null : backup.problem;
        const name = backupFileName(baseName(), problem);
        downloadText(name, backup.text, 'application/json');
        store.set({ downloaded: { kind: 'backup', name, problem }, error: null });
      })().catch(fail);
    },
    exportCsv(): void {
      const detail = store.get().detail;
      if (detail === null) return;
      const name = `${baseName()}-reps.csv`;
      downloadText(name, repsToCsv(detail.reps, detail.sets, [detail.session]), 'text/csv');
      store.set({ downloaded: { kind: 'csv', name }, error: null });
    },
  };
}

export type SessionDetailController = ReturnType<typeof createSessionDetailController>;
