// Reading a backup's text (parse and validate, no database): files of every shape the app has
// stored keep importing, what is wrong is refused with its path.
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
});
