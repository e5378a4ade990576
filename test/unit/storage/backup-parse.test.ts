// Reading a backup's text (parse and validate, no database): files of every shape the app has
// stored keep importing, what is wrong is refused with its path.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StoredRep } from '../../../src/core/session/types';
import { ms } from '../../../src/core/units';
import {
  backupFile,
  backupToJson,
  emptyBackupData,
  parseBackup,
} from '../../../src/platform/storage/backup';
import { generateSession } from '../../browser/storage-fixtures';

const EXPORTED_AT = 1_700_000_000_000;
/**
 * A version-1 full backup the app itself wrote after live sessions on real clips (squats with
 * reps, a partial and a pain stop, an interrupted set, a single-leg-stance hold with balance, a
 * journal entry): test/e2e/backup-roundtrip.spec.ts saves the file it downloads as
 * full-backup.json in its output folder. Kept as it was written: every later version of the app
 * must still read it.
 */
const RECORDED_V1 = new URL('../../fixtures/backup-v1-recorded.json', import.meta.url);

/** A full backup of one generated session whose reps are replaced by `reps(original)`. */
function fileWithReps(reps: (original: readonly StoredRep[]) => StoredRep[]): string {
  const g = generateSession(0, 1, 3);
  return backupToJson(
    backupFile(
      'full',
      { ...emptyBackupData(), sessions: [g.session], sets: g.sets, reps: reps(g.reps) },
      EXPORTED_AT,
    ),
  );
}

describe('parseBackup', () => {
  it('reads a version-1 backup the app recorded live, and writes it back byte for byte', () => {
    const text = readFileSync(RECORDED_V1, 'utf8');
    const parsed = parseBackup(text);
    expect(parsed.ok ? 'read' : parsed.error.message).toBe('read');
    if (!parsed.ok) return;
    const { data } = parsed.value;
    expect(parsed.value.version).toBe(1);
    expect(data.sessions.map((s) => s.status).sort()).toEqual([
      'completed',
      'completed',
      'interrupted',
      'stopped_pain',
    ]);
    expect(data.reps.every((r) => r.rep.quality.targetHoldMs !== undefined)).toBe(true);
    expect(data.journal).toHaveLength(1);
    expect(data.readiness).toHaveLength(1);
    expect(data.sets.some((s) => (s.summary?.balance ?? null) !== null)).toBe(true);
    expect(backupToJson(parsed.value)).toBe(text);
  });

  it('reads reps stored before the pause at the target was measured, and reps stored since', () => {
    const text = fileWithReps((reps) =>
      reps.map((r, i) =>
        i === 0
          ? r
          : {
              ...r,
              rep: {
                ...r.rep,
                quality: { ...r.rep.quality, targetHoldMs: ms(250), targetHoldShort: i === 1 },
              },
            },
      ),
    );
    const parsed = parseBackup(text);
    expect(parsed.ok && parsed.value.data.reps.map((r) => r.rep.quality.targetHoldShort)).toEqual([
      undefined,
      true,
      false,
    ]);
    expect(parsed.ok && backupToJson(parsed.value)).toBe(text);
  });

  it('reads a set recorded in a tab open for a month (live times run from the page’s start)', () => {
    // Live frame times are the page's clock (performance.now()): 30 days after it opened.
    const monthMs = 30 * 86_400_000;
    const text = fileWithReps((reps) =>
      reps.map((r) => ({
        ...r,
        rep: {
          ...r.rep,
          startMs: ms(monthMs + r.rep.startMs),
          peakMs: ms(monthMs + r.rep.peakMs),
          endTimestampMs: ms(monthMs + r.rep.endTimestampMs),
        },
      })),
    );
    const parsed = parseBackup(text);
    expect(parsed.ok ? 'read' : parsed.error.message).toBe('read');
  });

  it('refuses a key it does not know, naming where, and says nothing was imported', () => {
    const text = fileWithReps((reps) =>
      reps.map((r) => ({ ...r, rep: { ...r.rep, quality: { ...r.rep.quality, extra: 1 } } })),
    );
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error.code).toBe('invalid_file');
    expect(!parsed.ok && parsed.error.message).toMatch(
      /^This FormCoach backup cannot be imported: data\.reps\[0\]\.rep\.quality: Unrecognized key: "extra";.*Nothing was imported\.$/,
    );
  });

  it('says a newer FormCoach backup needs an update, and calls another file what it is', () => {
    const newer = parseBackup(JSON.stringify({ format: 'formcoach-backup', version: 2 }));
    expect(!newer.ok && newer.error.message).toBe(
      'This FormCoach backup cannot be imported: version: the file is backup version 2; this app reads version 1 (update FormCoach). Nothing was imported.',
    );
    const other = parseBackup(JSON.stringify({ format: 'another-app', version: 1 }));
    expect(!other.ok && other.error.message).toMatch(
      /^This is not a FormCoach backup we can import: format: .*Nothing was imported\.$/,
    );
  });
});
