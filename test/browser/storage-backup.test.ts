// Export, import (all or nothing, never duplicating), fuzzed bad files, and deleting everything.
import fc from 'fast-check';
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import {
  backupToJson,
  deleteAllData,
  openStorage,
  repsToCsv,
  type Storage,
} from '../../src/platform/storage';
import type { BackupFile } from '../../src/platform/storage';
import {
  generateSession,
  makeJournal,
  makeProgram,
  makeSession,
  uniqueDbName,
} from './storage-fixtures';

/** The full backup's text, which the app must have read back before offering it. */
async function verifiedExport(storage: Storage): Promise<string> {
  const backup = await storage.exportAllJson(EXPORTED_AT);
  expect(backup.verified ? 'verified' : backup.problem).toBe('verified');
  return backup.text;
}

async function seed(storage: Storage, sessions: number): Promise<void> {
  await storage.programs.saveProgram(makeProgram());
  await storage.profile.saveProfile({ id: 'me', displayName: 'Ana', createdAt: 1, updatedAt: 2 });
  await storage.profile.saveSetting('model', 'lite', 3);
  await storage.profile.saveSetting('voice', true, 3);
  for (let i = 0; i < sessions; i += 1) {
    const g = generateSession(i, 2, 3);
    await storage.sessions.saveSession(g.session);
    for (const s of g.sets) await storage.sessions.saveSet(s);
    for (const r of g.reps) await storage.sessions.saveRep(r);
    for (const p of g.partials) await storage.sessions.savePartial(p);
    for (const c of g.cues) await storage.sessions.saveCue(c);
    await storage.journal.saveJournalEntry(makeJournal(i));
  }
  await storage.sessions.saveReadiness({
    answeredAt: 10,
    answers: { chest_pain: false, dizziness: true },
    clearanceAdvised: true,
    disclaimerAcceptedAt: 11,
  });
  const recorder = storage.createTraceRecorder('session-0', 'session-0-set-0');
  for (let i = 0; i < 200; i += 1) {
    const lm = Array.from({ length: 33 }, (_, k) => ({
      x: 0.3 + k / 100 + i / 1000,
      y: 0.5,
      z: -0.1,
      visibility: 0.9,
      presence: 0.95,
    }));
    recorder.push({
      timestampMs: (i * 33) as never,
      imageWidth: 640,
      imageHeight: 480,
      landmarks: lm,
      worldLandmarks: lm,
    });
  }
  await recorder.flush();
}

const EXPORTED_AT = 1_700_000_000_000;

describe('export and import', () => {
  const opened: { storage: Storage; name: string }[] = [];
  afterEach(async () => {
    for (const { storage, name } of opened.splice(0)) {
      storage.close();
      await deleteAllData(name);
    }
  });
  const fresh = async (label: string) => {
    const name = uniqueDbName(label);
    const storage = await openStorage({ name });
    opened.push({ storage, name });
    return { storage, name };
  };

  it('round trip: export, delete all, import gives back the same data', async () => {
    const { storage, name } = await fresh('roundtrip');
    await seed(storage, 4);
    const before = await verifiedExport(storage);
    const parsed = JSON.parse(before) as BackupFile;
    expect(parsed.data.sessions.length).toBe(4);
    expect(parsed.data.traces.length).toBeGreaterThan(0);

    storage.close();
    const deleted = await deleteAllData(name);
    expect(deleted.ok).toBe(true);
    expect((await indexedDB.databases()).some((d) => d.name === name)).toBe(false);

    const again = await openStorage({ name });
    opened[0] = { storage: again, name };
    expect(await again.sessions.listSessions()).toEqual([]);
    const result = await again.importBackup(before);
    const total = Object.values(parsed.data).reduce((n, rows) => n + rows.length, 0);
    expect(result).toEqual({ ok: true, value: { added: total, replaced: 0, unchanged: 0 } });
    expect(await verifiedExport(again)).toBe(before);
    const trace = await again.traces.readSetTrace('session-0', 'session-0-set-0');
    expect(trace.ok && trace.value.length).toBe(200);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const { storage } = await fresh('twice');
    await seed(storage, 2);
    const text = await verifiedExport(storage);
    const result = await storage.importBackup(text);
    expect(result.ok && result.value.added).toBe(0);
    expect(await verifiedExport(storage)).toBe(text);
  });

  it('a per-session export carries that session only, and imports into another device', async () => {
    const { storage } = await fresh('one');
    await seed(storage, 3);
    const file = await storage.exportSession('session-1', EXPORTED_AT);
    expect(file?.scope).toBe('session');
    expect(file?.data.sessions.map((s) => s.id)).toEqual(['session-1']);
    expect(new Set(file?.data.reps.map((r) => r.sessionId))).toEqual(new Set(['session-1']));
    expect(file?.data.programs.map((p) => p.id)).toEqual(['program-knee']);
    const { storage: other } = await fresh('clinic');
    const result = await other.importBackup(backupToJson(file!));
    expect(result.ok).toBe(true);
    expect((await other.sessions.getSessionDetail('session-1'))?.reps).toEqual(
      generateSession(1, 2, 3).reps,
    );
  });

  it('a record that differs from a stored finished one is a conflict: nothing is written', async () => {
    const { storage } = await fresh('conflict');
    await seed(storage, 2);
    const before = await verifiedExport(storage);
    const file = JSON.parse(before) as BackupFile;
    const newSession = makeSession(9);
    const edited = {
      ...file,
      data: {
        ...file.data,
        sessions: [...file.data.sessions, newSession],
        reps: file.data.reps.map((r, i) =>
          i === 1 ? { ...r, rep: { ...r.rep, quality: { ...r.rep.quality, score: 1 } } } : r,
        ),
      },
    };
    const result = await storage.importBackup(JSON.stringify(edited));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('conflict');
    expect(!result.ok && result.error.message).toContain(`data.reps[1]`);
    expect(await verifiedExport(storage)).toBe(before);
  });

  it('reps as CSV: a header and one row per rep', async () => {
    const { storage } = await fresh('csv');
    await seed(storage, 1);
    const file = await storage.exportAll(EXPORTED_AT);
    const csv = repsToCsv(file.data.reps, file.data.sets, file.data.sessions);
    expect(csv.trimEnd().split('\r\n').length).toBe(1 + file.data.reps.length);
  });
});

// ---- Fuzzing: generated bad files never crash, always explain, never change stored data. ----

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

const pathText = (path: Path): string =>
  path.reduce<string>(
    (out, k) => (typeof k === 'number' ? `${out}[${k}]` : out === '' ? k : `${out}.${k}`),
    '',
  );

function leaves(value: Json, path: Path = []): { path: Path; value: Json }[] {
  if (value !== null && typeof value === 'object') {
    const entries: [string | number, Json][] = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.entries(value);
    return entries.flatMap(([k, v]) => leaves(v, [...path, k]));
  }
  return [{ path, value }];
}

function setAt(root: Json, path: Path, value: Json | undefined): Json {
  const copy = structuredClone(root);
  let node = copy as Record<string | number, Json>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

/** Leaves where any other JSON type is invalid (settings values accept several types). */
const typedLeaf = (p: Path) => !(p[1] === 'settings' && p[3] === 'value');
/** Record fields (every one is required); not inside optional override objects. */
const requiredField = (p: Path) =>
  (p.length === 4 && p[0] === 'data') || (p.length === 1 && p[0] !== 'data');

const wrongTypeOf = (v: Json): Json[] =>
  typeof v === 'string'
    ? [1, true, [], {}]
    : typeof v === 'number'
      ? ['1', false, [1], {}]
      : typeof v === 'boolean'
        ? [0, 'true', {}]
        : v === null
          ? [[], true]
          : ['x', 2];

describe('import fuzzing', () => {
  let storage: Storage;
  let name: string;
  let base: Json;
  let baseText: string;
  let before: string;
  let candidates: { path: Path; value: Json }[];

  beforeAll(async () => {
    name = uniqueDbName('fuzz');
    storage = await openStorage({ name });
    await seed(storage, 3);
    before = await verifiedExport(storage);
    baseText = before;
    base = JSON.parse(before) as Json;
    candidates = leaves(base);
  });
  afterAll(async () => {
    storage.close();
    await deleteAllData(name);
  });

  const wrongType = fc.integer({ min: 0, max: 1e9 }).chain((n) => {
    const typed = candidates.filter((c) => typedLeaf(c.path));
    const leaf = typed[n % typed.length]!;
    return fc
      .constantFrom(...wrongTypeOf(leaf.value))
      .map((bad) =>
        fuzzCase('wrong type', JSON.stringify(setAt(base, leaf.path, bad)), pathText(leaf.path)),
      );
  });

  const missingField = fc.integer({ min: 0, max: 1e9 }).map((n) => {
    const fields = candidates.filter((c) => requiredField(c.path));
    const leaf = fields[n % fields.length]!;
    return fuzzCase(
      'missing field',
      JSON.stringify(setAt(base, leaf.path, undefined)),
      pathText(leaf.path),
    );
  });

  const hugeValue = fc.integer({ min: 0, max: 1e9 }).chain((n) => {
    const typed = candidates.filter(
      (c) => typedLeaf(c.path) && (typeof c.value === 'number' || typeof c.value === 'string'),
    );
    const leaf = typed[n % typed.length]!;
    const huge: fc.Arbitrary<Json> =
      typeof leaf.value === 'number'
        ? fc.constantFrom(1e300, -1e300, 1e16, Number.MAX_VALUE)
        : fc.constant('\u0000'.repeat(20_001));
    return huge.map((v) =>
      fuzzCase('huge value', JSON.stringify(setAt(base, leaf.path, v)), pathText(leaf.path)),
    );
  });

  const truncated = fc
    .integer({ min: 1, max: 1e9 })
    .map((n) => fuzzCase('truncated', baseText.slice(0, n % baseText.length), 'not valid JSON'));

  const duplicateId = fc
    .tuple(fc.constantFrom('sessions', 'reps', 'journal', 'cues'), fc.nat())
    .map(([store, n]) => {
      const rows = (base as { data: Record<string, Record<string, Json>[]> }).data[store]!;
      const i = n % rows.length;
      const row = rows[i]!;
      const changed =
        store === 'reps'
          ? { ...row, recordedAt: (row['recordedAt'] as number) + 1 }
          : store === 'cues'
            ? { ...row, setId: 'another-set' }
            : { ...row, notes: `${String(row['notes'])} changed` };
      const file = setAt(base, ['data', store, rows.length], changed);
      return fuzzCase(
        'duplicate id',
        JSON.stringify(file),
        `data.${store}[${rows.length}]: duplicate id`,
      );
    });

  const wrongHeader = fc
    .constantFrom<[Path, Json]>(
      [['format'], 'formcoach-backup-x'],
      [['version'], 2],
      [['version'], 0],
      [['scope'], 'everything'],
    )
    .map(([path, v]) => fuzzCase('header', JSON.stringify(setAt(base, path, v)), pathText(path)));

  it('rejects ≥ 1,000 generated bad files with a message naming where, and changes nothing', async () => {
    const seen = new Map<string, number>();
    const example = new Map<string, string>();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(wrongType, missingField, hugeValue, truncated, duplicateId, wrongHeader),
        async (c) => {
          seen.set(c.kind, (seen.get(c.kind) ?? 0) + 1);
          const result = await storage.importBackup(c.text);
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.error.stage).toBe('Storage');
          expect(result.error.message).toContain(c.where);
          example.set(c.kind, result.error.message.slice(0, 240));
          expect(result.error.message).toMatch(/Nothing was imported\.$/);
        },
      ),
      { numRuns: 1200, seed: 20250105 },
    );
    // Byte for byte: the full export is the same text as before the 1,200 attempts.
    expect(await verifiedExport(storage)).toBe(before);
    expect([...seen.values()].reduce((a, b) => a + b, 0)).toBe(1200);
    expect(seen.size).toBe(6);
    console.log('import fuzz cases by kind:', Object.fromEntries(seen));
    console.log('a message of each kind:', Object.fromEntries(example));
  }, 300_000);
});

interface FuzzCase {
  readonly kind: string;
  readonly text: string;
  /** What the message must name: the path of the fault (or "not valid JSON"). */
  readonly where: string;
  readonly [fc.toStringMethod]: () => string;
}
/** A case that prints as its kind and path, not as a whole backup file. */
const fuzzCase = (kind: string, text: string, where: string): FuzzCase => ({
  kind,
  text,
  where,
  [fc.toStringMethod]: () => `${kind} at ${where} (${text.length} chars)`,
});
