// Export and import of one versioned JSON file (see backup-schema.ts for the format).
//
// Import is all or nothing: the file is parsed and validated first, then every record is
// compared with what is stored and written in ONE transaction over every store; any problem
// aborts that transaction and nothing changes. Ids are stable, so nothing is ever duplicated:
//   - a record identical to the stored one (same id) is left alone;
//   - sessions and sets: a stored one still 'in_progress' or 'interrupted' is replaced by the
//     file's different version (the file completes it, e.g. a session exported from memory when
//     the disk was full); a stored finished one is kept when the file has it unfinished;
//   - journal entries, programs, profile and settings: the later `updatedAt` wins;
//   - anything else that differs (reps, partials, cues, traces and readiness answers never change
//     once written; equal `updatedAt` with different content; a second journal entry for a day
//     that has one) is a conflict: the import is refused with the path and id of each conflict.
//   Records that point at a session neither in the file nor stored are refused too (a check-up
//   test's trace points at its test result instead).
import { z } from '../zod';
import type { Result } from '../../core/result';
import type {
  ExerciseSetRecord,
  ReadinessRecord,
  SessionRecord,
  StoredCue,
  StoredPartial,
  StoredRep,
} from '../../core/session/types';
import type { Db } from './database';
import { bytesToBase64, base64ToBytes, canonicalJson } from './encoding';
import { storageError, type StorageOutcome } from './errors';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupRecords,
  backupSchema,
  type BackupData,
  type BackupFile,
  type BackupTrace,
} from './backup-schema';
import type { FormCoachDb, StoreName, TraceChunkRecord } from './schema';
import { STORE_NAMES } from './schema';

/** Files above this size are refused before parsing (a backup of years is far smaller). */
export const MAX_BACKUP_CHARS = 256 * 2 ** 20;
const MAX_ISSUES_SHOWN = 5;

/** The first few problems, and how many more. */
const problemList = (problems: readonly string[]): string =>
  problems.slice(0, MAX_ISSUES_SHOWN).join('; ') +
  (problems.length > MAX_ISSUES_SHOWN ? ` (and ${problems.length - MAX_ISSUES_SHOWN} more)` : '');

type StoredValue<S extends StoreName> = FormCoachDb[S]['value'];

export const traceToBackup = (t: TraceChunkRecord): BackupTrace => ({
  ...t,
  data: bytesToBase64(new Uint8Array(t.data)),
});

const traceFromBackup = (t: BackupTrace): TraceChunkRecord => {
  const bytes = base64ToBytes(t.data);
  return { ...t, data: bytes.buffer as ArrayBuffer };
};

type MutableBackupData = { -readonly [K in keyof BackupData]: BackupData[K] };

export const emptyBackupData = (): MutableBackupData => ({
  profile: [],
  settings: [],
  programs: [],
  sessions: [],
  sets: [],
  reps: [],
  partials: [],
  cues: [],
  traces: [],
  journal: [],
  readiness: [],
  testResults: [],
});

export const backupFile = (
  scope: BackupFile['scope'],
  data: BackupData,
  exportedAt: number,
): BackupFile => ({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, scope, data });

/** The file's text: sorted keys, so the same data always gives the same bytes. */
export const backupToJson = (file: BackupFile): string => canonicalJson(file);

export async function exportAll(db: Db, exportedAt: number): Promise<BackupFile> {
  const tx = db.transaction([...STORE_NAMES]);
  const [
    profile,
    settings,
    programs,
    sessions,
    sets,
    reps,
    partials,
    cues,
    traces,
    journal,
    readiness,
    testResults,
  ] = await Promise.all([
    tx.objectStore('profile').getAll(),
    tx.objectStore('settings').getAll(),
    tx.objectStore('programs').getAll(),
    tx.objectStore('sessions').getAll(),
    tx.objectStore('sets').getAll(),
    tx.objectStore('reps').getAll(),
    tx.objectStore('partials').getAll(),
    tx.objectStore('cues').getAll(),
    tx.objectStore('traces').getAll(),
    tx.objectStore('journal').getAll(),
    tx.objectStore('readiness').getAll(),
    tx.objectStore('testResults').getAll(),
  ]);
  await tx.done;
  return backupFile(
    'full',
    {
      profile,
      settings,
      programs,
      sessions,
      sets,
      reps,
      partials,
      cues,
      traces: traces.map(traceToBackup),
      journal,
      readiness,
      testResults,
    },
    exportedAt,
  );
}

/** One session with its sets, reps, partials, cues, traces and its program; null if unknown. */
export async function exportSession(
  db: Db,
  sessionId: string,
  exportedAt: number,
): Promise<BackupFile | null> {
  const tx = db.transaction(['sessions', 'sets', 'reps', 'partials', 'cues', 'traces', 'programs']);
  const [session, sets, reps, partials, cues, traces] = await Promise.all([
    tx.objectStore('sessions').get(sessionId),
    tx.objectStore('sets').index('by-session').getAll(sessionId),
    tx.objectStore('reps').index('by-session').getAll(sessionId),
    tx.objectStore('partials').index('by-session').getAll(sessionId),
    tx.objectStore('cues').index('by-session').getAll(sessionId),
    tx.objectStore('traces').index('by-session').getAll(sessionId),
  ]);
  const program =
    session === undefined || session.programId === null
      ? undefined
      : await tx.objectStore('programs').get(session.programId);
  await tx.done;
  if (session === undefined) return null;
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return backupFile(
    'session',
    {
      ...emptyBackupData(),
      programs: program === undefined ? [] : [program],
      sessions: [session],
      sets: sets.sort(byId),
      reps: reps.sort(byId),
      partials: partials.sort(byId),
      cues: cues.sort(byId),
      traces: traces.sort(byId).map(traceToBackup),
    },
    exportedAt,
  );
}

/** Records a live sink could not write, over what is stored of the session: what "export now" saves when the disk is full. */
export function backupWithUnsaved(
  stored: BackupFile | null,
  unsaved: {
    readonly sessions: readonly SessionRecord[];
    readonly sets: readonly ExerciseSetRecord[];
    readonly reps: readonly StoredRep[];
    readonly partials: readonly StoredPartial[];
    readonly cues: readonly StoredCue[];
    readonly readiness: readonly ReadinessRecord[];
  },
  exportedAt: number,
): BackupFile {
  const base = stored?.data ?? emptyBackupData();
  const merge = <T>(a: readonly T[], b: readonly T[], key: (r: T) => string | number): T[] => {
    const byKey = new Map<string | number, T>(a.map((r) => [key(r), r]));
    for (const r of b) byKey.set(key(r), r);
    return [...byKey.values()];
  };
  const id = (r: { id: string }) => r.id;
  return backupFile(
    'session',
    {
      ...base,
      sessions: merge(base.sessions, unsaved.sessions, id),
      sets: merge(base.sets, unsaved.sets, id),
      reps: merge(base.reps, unsaved.reps, id),
      partials: merge(base.partials, unsaved.partials, id),
      cues: merge(base.cues, unsaved.cues, id),
      readiness: merge(base.readiness, unsaved.readiness, (r) => r.answeredAt),
    },
    exportedAt,
  );
}

export interface ImportSummary {
  readonly added: number;
  readonly replaced: number;
  readonly unchanged: number;
}

const pathText = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (out, key) =>
      typeof key === 'number'
        ? `${out}[${key}]`
        : out === ''
          ? String(key)
          : `${out}.${String(key)}`,
    '',
  ) || '(the file)';

/** A file whose header says it is a FormCoach backup is called one, even when refused. */
const invalid = (problems: readonly string[], isFormCoachBackup = false) =>
  ({
    ok: false,
    error: storageError(
      'invalid_file',
      `${isFormCoachBackup ? 'This FormCoach backup cannot be imported' : 'This is not a FormCoach backup we can import'}: ${problemList(problems)}. Nothing was imported.`,
    ),
  }) as const;

type BackupReading = Result<
  BackupFile,
  { readonly problems: readonly string[]; readonly isFormCoachBackup: boolean }
>;

/** The one reading of a backup's text (import and the check before a download): each problem with its path. */
function readBackup(text: string): BackupReading {
  const refused = (problems: readonly string[], isFormCoachBackup = false) =>
    ({ ok: false, error: { problems, isFormCoachBackup } }) as const;
  if (text.length > MAX_BACKUP_CHARS) {
    return refused([
      `the file is ${text.length} characters, more than the ${MAX_BACKUP_CHARS} allowed`,
    ]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return refused([
      `the file is not valid JSON (${e instanceof Error ? e.message : 'parse error'})`,
    ]);
  }
  const head = z.object({ format: z.literal(BACKUP_FORMAT), version: z.number() }).safeParse(json);
  if (head.success && head.data.version !== BACKUP_VERSION) {
    return refused(
      [
        `version: the file is backup version ${head.data.version}; this app reads version ${BACKUP_VERSION}` +
          (head.data.version > BACKUP_VERSION ? ' (update FormCoach)' : ''),
      ],
      true,
    );
  }
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    return refused(
      parsed.error.issues.map((i) => `${pathText(i.path)}: ${i.message}`),
      head.success,
    );
  }
  return { ok: true, value: parsed.data };
}

/** Parses and validates a backup's text; the message says what is wrong and where. */
export function parseBackup(text: string): StorageOutcome<BackupFile> {
  const reading = readBackup(text);
  return reading.ok ? reading : invalid(reading.error.problems, reading.error.isFormCoachBackup);
}

/** The first place where two JSON values differ, as a path in the file; null when equal. */
function firstDifference(a: unknown, b: unknown, path: readonly PropertyKey[] = []): string | null {
  if (a === b) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
      const d = firstDifference(a[i], b[i], [...path, i]);
      if (d !== null) return d;
    }
    return null;
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    for (const key of [...new Set([...Object.keys(ra), ...Object.keys(rb)])].sort()) {
      const d = firstDifference(ra[key], rb[key], [...path, key]);
      if (d !== null) return d;
    }
    return null;
  }
  return pathText(path);
}

/**
 * A backup's text as it will be downloaded, and whether it was read back. Verified: the same
 * reading as an import (parseBackup's) accepts it and writes it back byte for byte. Unverified:
 * `problem` says what is wrong and where; the text is still offered (raw data beats none).
 */
export type BackupText =
  | { readonly text: string; readonly verified: true }
  | { readonly text: string; readonly verified: false; readonly problem: string };

/** Reads a backup's text back as an import would, before it is offered for download. */
export function verifyBackupText(text: string): BackupText {
  const reading = readBackup(text);
  if (!reading.ok) {
    return { text, verified: false, problem: problemList(reading.error.problems) };
  }
  if (backupToJson(reading.value) === text) return { text, verified: true };
  const where = firstDifference(JSON.parse(text), JSON.parse(backupToJson(reading.value)));
  return {
    text,
    verified: false,
    problem:
      where === null
        ? 'the file read back is the same data, written differently'
        : `${where}: reads back differently from what was written`,
  };
}

/** The file's text, checked as an import would read it (see verifyBackupText). */
export const backupToVerifiedJson = (file: BackupFile): BackupText =>
  verifyBackupText(backupToJson(file));

type Keyed = { key: IDBValidKey; record: unknown; path: string; index: number };

const keyOf = (store: StoreName, record: Record<string, unknown>): IDBValidKey =>
  (store === 'readiness'
    ? record['answeredAt']
    : store === 'settings'
      ? record['key']
      : record['id']) as IDBValidKey;

const comparable = (store: StoreName, record: unknown): string =>
  canonicalJson(store === 'traces' ? traceToBackup(record as TraceChunkRecord) : record);

type Decision = 'add' | 'replace' | 'same' | 'keep' | 'conflict';

function decide(store: StoreName, stored: unknown, incoming: unknown): Decision {
  if (stored === undefined) return 'add';
  if (comparable(store, stored) === comparable(store, incoming)) return 'same';
  if (store === 'sessions' || store === 'sets') {
    const unfinished = (r: unknown) => {
      const status = (r as { status: string }).status;
      return status === 'in_progress' || status === 'interrupted';
    };
    if (unfinished(stored) && !unfinished(incoming)) return 'replace';
    if (!unfinished(stored) && unfinished(incoming)) return 'keep';
    return 'conflict';
  }
  if (store === 'journal' || store === 'programs' || store === 'profile' || store === 'settings') {
    const a = (stored as { updatedAt: number }).updatedAt;
    const b = (incoming as { updatedAt: number }).updatedAt;
    return b > a ? 'replace' : b < a ? 'keep' : 'conflict';
  }
  return 'conflict';
}

/** Checks ids inside the file: a repeated id must repeat the same record. */
function duplicateProblems(data: BackupData): {
  problems: string[];
  unique: Map<StoreName, Keyed[]>;
} {
  const problems: string[] = [];
  const unique = new Map<StoreName, Keyed[]>();
  for (const store of STORE_NAMES) {
    const seen = new Map<string, Keyed>();
    const rows: Keyed[] = [];
    (backupRecords(data, store) as readonly object[] as readonly Record<string, unknown>[]).forEach(
      (record, index) => {
        const key = keyOf(store, record);
        const path = `data.${store}[${index}]`;
        const first = seen.get(String(key));
        if (first === undefined) {
          const row = { key, record, path, index };
          seen.set(String(key), row);
          rows.push(row);
        } else if (canonicalJson(first.record) !== canonicalJson(record)) {
          problems.push(
            `${path}: duplicate id ${JSON.stringify(key)} with different content (first at ${first.path})`,
          );
        }
      },
    );
    unique.set(store, rows);
  }
  const dates = new Map<string, string>();
  for (const row of unique.get('journal') ?? []) {
    const date = (row.record as { date: string }).date;
    const other = dates.get(date);
    if (other !== undefined)
      problems.push(`${row.path}.date: a second journal entry for ${date} (first at ${other})`);
    else dates.set(date, row.path);
  }
  return { problems, unique };
}

/** Imports a backup's text; all or nothing (see the header for what a conflict does). */
export async function importBackup(db: Db, text: string): Promise<StorageOutcome<ImportSummary>> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const data = parsed.value.data;
  const { problems, unique } = duplicateProblems(data);
  if (problems.length > 0) return invalid(problems, true);
  const records = new Map<StoreName, Keyed[]>(
    STORE_NAMES.map((store) => [
      store,
      (unique.get(store) ?? []).map((row) =>
        store === 'traces' ? { ...row, record: traceFromBackup(row.record as BackupTrace) } : row,
      ),
    ]),
  );
  const fileSessions = new Set(data.sessions.map((s) => s.id));
  // A check-up test's trace is filed under its result's id (see StoredTestResult).
  const fileTestResults = new Set(backupRecords(data, 'testResults').map((r) => r.id));

  const tx = db.transaction([...STORE_NAMES], 'readwrite');
  const conflicts: string[] = [];
  let added = 0;
  let replaced = 0;
  let unchanged = 0;
  try {
    const storedRows = await Promise.all(
      STORE_NAMES.map((store) =>
        Promise.all(
          (records.get(store) ?? []).map(
            (row) => tx.objectStore(store).get(row.key as never) as Promise<unknown>,
          ),
        ),
      ),
    );
    const orphanChecks = await Promise.all(
      (['sets', 'reps', 'partials', 'cues', 'traces'] as const).flatMap((store) =>
        (records.get(store) ?? []).map(async (row) => {
          const sessionId = (row.record as { sessionId: string }).sessionId;
          if (fileSessions.has(sessionId)) return null;
          if (store === 'traces' && fileTestResults.has(sessionId)) return null;
          const stored =
            (await tx.objectStore('sessions').getKey(sessionId)) ??
            (store === 'traces'
              ? await tx.objectStore('testResults').getKey(sessionId)
              : undefined);
          return stored === undefined
            ? `${row.path}.sessionId: no session ${JSON.stringify(sessionId)} in the file or on this device`
            : null;
        }),
      ),
    );
    const journalByDate = await Promise.all(
      (records.get('journal') ?? []).map((row) =>
        tx
          .objectStore('journal')
          .index('by-date')
          .get((row.record as { date: string }).date),
      ),
    );
    conflicts.push(...orphanChecks.filter((p): p is string => p !== null));
    (records.get('journal') ?? []).forEach((row, i) => {
      const other = journalByDate[i];
      if (other !== undefined && other.id !== (row.record as { id: string }).id) {
        conflicts.push(
          `${row.path}.date: this device already has another journal entry (${other.id}) for ${other.date}`,
        );
      }
    });
    const writes: [StoreName, unknown][] = [];
    STORE_NAMES.forEach((store, s) => {
      (records.get(store) ?? []).forEach((row, i) => {
        const decision = decide(store, storedRows[s]?.[i], row.record);
        if (decision === 'conflict') {
          conflicts.push(
            `${row.path}: differs from the record with id ${JSON.stringify(row.key)} on this device`,
          );
        } else if (decision === 'same' || decision === 'keep') {
          unchanged += 1;
        } else {
          if (decision === 'add') added += 1;
          else replaced += 1;
          writes.push([store, row.record]);
        }
      });
    });
    if (conflicts.length > 0) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return {
        ok: false,
        error: storageError(
          'conflict',
          `The backup conflicts with data on this device: ${problemList(conflicts)}. Nothing was imported.`,
        ),
      };
    }
    // A failed put aborts the transaction: `await tx.done` rejects with it.
    for (const [store, record] of writes)
      void tx.objectStore(store).put(record as StoredValue<typeof store> as never);
    await tx.done;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // already finished
    }
    await tx.done.catch(() => undefined);
    const name = e instanceof Error || e instanceof DOMException ? e.name : 'Error';
    return {
      ok: false,
      error: storageError(
        name === 'QuotaExceededError' ? 'quota_exceeded' : 'write_failed',
        `Import failed while writing (${name}); nothing was imported.`,
      ),
    };
  }
  return { ok: true, value: { added, replaced, unchanged } };
}
