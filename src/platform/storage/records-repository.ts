// Journal, programs, profile and settings: small records with plain verbs.
import type { JournalEntry, Program } from '../../core/session/types';
import type { Db } from './database';
import type { ProfileRecord, SettingRecord, SettingValue } from './schema';

export function createJournalRepository(db: Db) {
  return {
    /**
     * One entry per calendar day: saving an entry for a date that already has one replaces that
     * entry's content under its existing id (so a day never has two entries). Returns the stored id.
     */
    async saveJournalEntry(entry: JournalEntry): Promise<string> {
      const tx = db.transaction('journal', 'readwrite');
      const existing = await tx.store.index('by-date').get(entry.date);
      const id = existing?.id ?? entry.id;
      // A failed put aborts the transaction: `await tx.done` rejects with it.
      void tx.store.put({ ...entry, id });
      await tx.done;
      return id;
    },
    async journalEntry(date: string): Promise<JournalEntry | null> {
      return (await db.getFromIndex('journal', 'by-date', date)) ?? null;
    },
    /** Entries between two dates (YYYY-MM-DD, inclusive), oldest first. */
    async listJournal(fromDate = '0000-00-00', toDate = '9999-99-99'): Promise<JournalEntry[]> {
      return db.getAllFromIndex('journal', 'by-date', IDBKeyRange.bound(fromDate, toDate));
    },
    async deleteJournalEntry(id: string): Promise<void> {
      await db.delete('journal', id);
    },
  };
}

export function createProgramRepository(db: Db) {
  return {
    async saveProgram(program: Program): Promise<void> {
      await db.put('programs', program);
    },
    async listPrograms(): Promise<Program[]> {
      return db.getAll('programs');
    },
    async getProgram(id: string): Promise<Program | null> {
      return (await db.get('programs', id)) ?? null;
    },
  };
}

export function createProfileRepository(db: Db) {
  return {
    async saveProfile(profile: ProfileRecord): Promise<void> {
      await db.put('profile', profile);
    },
    async getProfile(): Promise<ProfileRecord | null> {
      return (await db.get('profile', 'me')) ?? null;
    },
    async saveSetting(key: string, value: SettingValue, updatedAt: number): Promise<void> {
      const record: SettingRecord = { key, value, updatedAt };
      await db.put('settings', record);
    },
    async getSetting(key: string): Promise<SettingValue | undefined> {
      return (await db.get('settings', key))?.value;
    },
  };
}

export type JournalRepository = ReturnType<typeof createJournalRepository>;
export type ProgramRepository = ReturnType<typeof createProgramRepository>;
export type ProfileRepository = ReturnType<typeof createProfileRepository>;
