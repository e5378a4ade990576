// A backup is read back, as an import would read it, before the app offers it for download: a file
// the app could not bring back is offered all the same, but called unverified, with the reason.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  backupFile,
  backupToJson,
  backupToVerifiedJson,
  emptyBackupData,
  parseBackup,
  verifyBackupText,
} from '../../../src/platform/storage/backup';
import type { BackupFile } from '../../../src/platform/storage/backup-schema';
import { generateSession } from '../../browser/storage-fixtures';

const EXPORTED_AT = 1_700_000_000_000;
const RECORDED_V1 = new URL('../../fixtures/backup-v1-recorded.json', import.meta.url);

/** A full backup of one generated session (1 set of 3 reps), edited by `edit`. */
function generatedFile(edit: (data: BackupFile['data']) => BackupFile['data']): BackupFile {
  const g = generateSession(0, 1, 3);
  return backupFile(
    'full',
    edit({ ...emptyBackupData(), sessions: [g.session], sets: g.sets, reps: g.reps }),
    EXPORTED_AT,
  );
}

describe('backupToVerifiedJson', () => {
  it('calls the app’s own recorded backup verified, and offers its very text', () => {
    const text = readFileSync(RECORDED_V1, 'utf8');
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(backupToVerifiedJson(parsed.value)).toEqual({ text, verified: true });
  });

  it('a stored value the import would refuse: unverified, with its path, and the file still offered', () => {
    // A rep whose smoothness came out NaN (0 / 0): JSON writes it as null, which no import reads.
    const file = generatedFile((data) => ({
      ...data,
      reps: data.reps.map((r, i) =>
        i === 1 ? { ...r, rep: { ...r.rep, quality: { ...r.rep.quality, smoothness: NaN } } } : r,
      ),
    }));
    const backup = backupToVerifiedJson(file);
    expect(backup).toEqual({
      text: backupToJson(file),
      verified: false,
      problem: 'data.reps[1].rep.quality.smoothness: Invalid input: expected number, received null',
    });
    // Raw data beats none: every session and rep is in the text offered.
    const raw = JSON.parse(backup.text) as BackupFile;
    expect(raw.data.sessions.map((s) => s.id)).toEqual(file.data.sessions.map((s) => s.id));
    expect(raw.data.reps).toHaveLength(3);
  });

  it('names each refused value, up to five, and counts the rest', () => {
    const file = generatedFile((data) => ({
      ...data,
      sessions: data.sessions.map((s) => ({ ...s, painBefore: 12 })),
      reps: data.reps.map((r) => ({
        ...r,
        rep: { ...r.rep, quality: { ...r.rep.quality, score: Infinity, smoothness: -1 } },
      })),
    }));
    const backup = backupToVerifiedJson(file);
    expect(backup.verified).toBe(false);
    expect(!backup.verified && backup.problem).toBe(
      [
        'data.sessions[0].painBefore: Too big: expected number to be <=10',
        'data.reps[0].rep.quality.smoothness: Too small: expected number to be >=0',
        'data.reps[0].rep.quality.score: Invalid input: expected number, received null',
        'data.reps[1].rep.quality.smoothness: Too small: expected number to be >=0',
        'data.reps[1].rep.quality.score: Invalid input: expected number, received null',
      ].join('; ') + ' (and 2 more)',
    );
  });
});

describe('verifyBackupText', () => {
  it('a text the import reads but would not write back the same is unverified', () => {
    const text = backupToJson(generatedFile((data) => data));
    expect(verifyBackupText(text)).toEqual({ text, verified: true });
    const pretty = JSON.stringify(JSON.parse(text), null, 2);
    expect(verifyBackupText(pretty)).toEqual({
      text: pretty,
      verified: false,
      problem: 'the file read back is the same data, written differently',
    });
  });

  it('a text cut short is unverified, and says it is not valid JSON', () => {
    const text = backupToJson(generatedFile((data) => data)).slice(0, 500);
    const backup = verifyBackupText(text);
    expect(!backup.verified && backup.problem).toMatch(/^the file is not valid JSON \(/);
  });
});
