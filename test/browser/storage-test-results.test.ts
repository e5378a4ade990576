// The check-up tests' records: v3's move of the age and sex from localStorage into the profile
// record, the results store, and both in a backup (all or nothing, no duplicates on a second import).
import { afterEach, describe, expect, it } from 'vitest';
import type { StoredTestResult } from '../../src/core/functional-tests/types';
import type { PoseFrame } from '../../src/core/landmarks';
import { ms } from '../../src/core/units';
import { deleteAllData, openStorage, type Storage } from '../../src/platform/storage';
import { openDatabase } from '../../src/platform/storage/database';
import {
  LEGACY_PATIENT_FACTS_KEY,
  type LegacyKeyValue,
} from '../../src/platform/storage/migrations';
import { uniqueDbName } from './storage-fixtures';

const names: string[] = [];
const storages: Storage[] = [];
afterEach(async () => {
  for (const s of storages.splice(0)) s.close();
  for (const name of names.splice(0)) await deleteAllData(name);
});

function legacyWith(value: string | null): LegacyKeyValue & { data: Map<string, string> } {
  const data = new Map<string, string>();
  if (value !== null) data.set(LEGACY_PATIENT_FACTS_KEY, value);
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    removeItem: (key) => void data.delete(key),
  };
}

/** A v2 database (with a profile record when `displayName` is given), upgraded with `legacy`. */
async function upgradedFromV2(legacy: LegacyKeyValue, displayName?: string) {
  const name = uniqueDbName('v2-facts');
  names.push(name);
  const old = await openDatabase({ name, version: 2, legacy });
  if (displayName !== undefined) {
    await old.put('profile', { id: 'me', displayName, createdAt: 1, updatedAt: 1 });
  }
  old.close();
  const db = await openDatabase({ name, legacy });
  const profile = await db.get('profile', 'me');
  db.close();
  return profile;
}

/** A frame of a person seen standing still (what the trace codec needs: 33 landmarks). */
const still = (i: number): PoseFrame => {
  const points = Array.from({ length: 33 }, (_, k) => ({
    x: 0.3 + 0.01 * k,
    y: 0.2 + 0.02 * k,
    z: 0,
    visibility: 0.9,
    presence: 0.9,
  }));
  return {
    timestampMs: ms(i * 33),
    imageWidth: 640,
    imageHeight: 480,
    landmarks: points,
    worldLandmarks: points,
  };
};

const result = (id: string, recordedAt: number): StoredTestResult => ({
  id,
  recordedAt,
  result: {
    testId: 'five_times_sit_to_stand',
    loinc: null,
    score: { kind: 'seconds', seconds: 10.9 },
    stopReason: null,
    interpretation: [
      { norm: 'bohannon_2006_five_times_sts', code: 'worse_than_average', threshold: 10.4 },
    ],
  },
  facts: { ageYears: 67, sex: 'female' },
  standTimes: [{ startS: 1, endS: 2.9 }],
});

describe('v3: patient facts from localStorage', () => {
  it('moves them into the profile record it makes, and removes the key once committed', async () => {
    const legacy = legacyWith('{"ageYears":67,"sex":"female"}');
    const profile = await upgradedFromV2(legacy);
    expect(profile?.patientFacts).toEqual({ ageYears: 67, sex: 'female' });
    expect(legacy.data.has(LEGACY_PATIENT_FACTS_KEY)).toBe(false);
  });

  it('keeps what the profile record had beside them', async () => {
    const profile = await upgradedFromV2(legacyWith('{"ageYears":70,"sex":null}'), 'Ann');
    expect(profile).toMatchObject({ displayName: 'Ann', createdAt: 1 });
    expect(profile?.patientFacts).toEqual({ ageYears: 70, sex: null });
  });

  it('an unreadable value is not said, and removed; without one nothing is written', async () => {
    const legacy = legacyWith('not json');
    expect((await upgradedFromV2(legacy))?.patientFacts).toEqual({ ageYears: null, sex: null });
    expect(legacy.data.size).toBe(0);
    expect(await upgradedFromV2(legacyWith(null))).toBeUndefined();
  });
});

describe('test results and patient facts', () => {
  it('are stored, read back oldest first, and in a backup that imports once, without duplicates', async () => {
    const name = uniqueDbName('results');
    names.push(name);
    const storage = await openStorage({ name });
    storages.push(storage);
    expect(await storage.testResults.patientFacts()).toEqual({ ageYears: null, sex: null });
    await storage.testResults.savePatientFacts({ ageYears: 67, sex: 'female' }, 5);
    await storage.testResults.saveTestResult(result('b', 2000));
    await storage.testResults.saveTestResult(result('a', 1000));
    // A result's trace is filed under its id (no session): the import must not call it an orphan.
    const recorder = storage.createTraceRecorder('a', 'a');
    for (let i = 0; i < 90; i += 1) recorder.push(still(i));
    await recorder.flush();
    expect((await storage.testResults.listTestResults()).map((r) => r.id)).toEqual(['a', 'b']);
    const backup = await storage.exportAllJson(9);
    expect(backup.verified).toBe(true);

    const otherName = uniqueDbName('results-import');
    names.push(otherName);
    const other = await openStorage({ name: otherName });
    storages.push(other);
    const first = await other.importBackup(backup.text);
    expect(first.ok).toBe(true);
    expect(await other.importBackup(backup.text)).toEqual({
      ok: true,
      value: { added: 0, replaced: 0, unchanged: 4 },
    });
    const trace = await other.traces.readSetTrace('a', 'a');
    expect(trace.ok && trace.value.length).toBe(90);
    expect(await other.testResults.listTestResults()).toEqual([
      result('a', 1000),
      result('b', 2000),
    ]);
    expect(await other.testResults.patientFacts()).toEqual({ ageYears: 67, sex: 'female' });
  });

  it('a result whose score is out of range refuses the whole file', async () => {
    const name = uniqueDbName('results-bad');
    names.push(name);
    const storage = await openStorage({ name });
    storages.push(storage);
    await storage.testResults.saveTestResult(result('a', 1000));
    const backup = await storage.exportAllJson(9);
    expect(backup.verified).toBe(true);
    const bad = backup.text.replace('"seconds":10.9', '"seconds":-1');
    await deleteAllData(name);
    const again = await openStorage({ name });
    storages.push(again);
    const refused = await again.importBackup(bad);
    expect(refused.ok ? 'imported' : refused.error.message).toMatch(
      /data\.testResults\[0\]\.result\.score\.seconds/,
    );
    expect(await again.testResults.listTestResults()).toEqual([]);
  });
});
