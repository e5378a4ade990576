// The daily journal: one entry per day (today or an earlier day), edited in a form and saved
// through storage, shown beside that day's sessions.
import {
  dayFromIsoDate,
  journalBesideSessions,
  sessionFacts,
  type DayLine,
} from '../../core/progress';
import type { JournalEntry } from '../../core/session/types';
import type { StorageConnection } from '../../platform/storage/connection';
import { failureText } from '../data/failure-text';
import { localDayOf, todayIso } from '../history/format';
import { createStore } from '../store';
import { text } from '../text';

export interface JournalDraft {
  readonly pain: number | null;
  /** As typed, so a half-typed number is not lost; checked on save. */
  readonly sleepHours: string;
  readonly sleepQuality: number | null;
  readonly mood: number | null;
  readonly activities: string;
  readonly notes: string;
}

export interface JournalState {
  readonly phase: 'loading' | 'ready' | 'failed';
  readonly date: string;
  readonly today: string;
  readonly draft: JournalDraft;
  /** The stored entry of `date`, if any. */
  readonly stored: JournalEntry | null;
  readonly save: 'idle' | 'saving' | 'saved' | 'invalid' | 'failed';
  readonly message: string | null;
  readonly days: readonly DayLine[];
  /** How many of the newest days the list shows. */
  readonly daysShown: number;
}

const DAYS_PAGE = 14;

const emptyDraft: JournalDraft = {
  pain: null,
  sleepHours: '',
  sleepQuality: null,
  mood: null,
  activities: '',
  notes: '',
};

const draftOf = (entry: JournalEntry | null): JournalDraft =>
  entry === null
    ? emptyDraft
    : {
        pain: entry.pain,
        sleepHours: entry.sleepHours === null ? '' : String(entry.sleepHours),
        sleepQuality: entry.sleepQuality,
        mood: entry.mood,
        activities: entry.activities,
        notes: entry.notes,
      };

export function createJournalController(connection: StorageConnection) {
  const today = todayIso(Date.now());
  const store = createStore<JournalState>({
    phase: 'loading',
    date: today,
    today,
    draft: emptyDraft,
    stored: null,
    save: 'idle',
    message: null,
    days: [],
    daysShown: DAYS_PAGE,
  });
  const fail = (e: unknown): void => store.set({ phase: 'failed', message: failureText(e) });

  async function loadDays(): Promise<void> {
    const storage = await connection.open();
    const [journal, recent] = await Promise.all([
      storage.journal.listJournal(),
      storage.sessions.recentSessions(Number.POSITIVE_INFINITY),
    ]);
    const facts = recent.map(({ session, sets }) =>
      sessionFacts(session, sets, localDayOf(session.startedAt)),
    );
    store.set({ days: journalBesideSessions(journal, facts) });
  }

  async function loadDate(date: string): Promise<void> {
    store.set({ date, save: 'idle', message: null });
    const storage = await connection.open();
    const entry = await storage.journal.journalEntry(date);
    if (store.get().date !== date) return;
    store.set({ stored: entry, draft: draftOf(entry), phase: 'ready' });
  }

  return {
    store,
    init(): void {
      Promise.all([loadDate(today), loadDays()]).catch(fail);
    },
    pickDate(date: string): void {
      if (dayFromIsoDate(date) === null || date > today) {
        store.set({ date, save: 'invalid', message: text.journal.futureDate });
        return;
      }
      loadDate(date).catch(fail);
    },
    showMoreDays(): void {
      store.set((s) => ({ daysShown: s.daysShown + DAYS_PAGE }));
    },
    edit(patch: Partial<JournalDraft>): void {
      store.set((s) => ({ draft: { ...s.draft, ...patch }, save: 'idle', message: null }));
    },
    save(): void {
      const { date, draft, stored } = store.get();
      if (dayFromIsoDate(date) === null || date > today) {
        store.set({ save: 'invalid', message: text.journal.futureDate });
        return;
      }
      const hours = draft.sleepHours.trim() === '' ? null : Number(draft.sleepHours);
      if (hours !== null && !(Number.isFinite(hours) && hours >= 0 && hours <= 24)) {
        store.set({ save: 'invalid', message: text.journal.badSleep });
        return;
      }
      const entry: JournalEntry = {
        id: stored?.id ?? crypto.randomUUID(),
        date,
        pain: draft.pain,
        sleepHours: hours,
        sleepQuality: draft.sleepQuality,
        mood: draft.mood,
        activities: draft.activities,
        notes: draft.notes,
        updatedAt: Date.now(),
      };
      store.set({ save: 'saving', message: null });
      void (async () => {
        const storage = await connection.open();
        const id = await storage.journal.saveJournalEntry(entry);
        store.set({ save: 'saved', stored: { ...entry, id }, message: text.journal.saved(date) });
        await loadDays();
      })().catch((e: unknown) =>
        store.set({ save: 'failed', message: text.journal.saveFailed(failureText(e)) }),
      );
    },
  };
}

export type JournalController = ReturnType<typeof createJournalController>;
