// Reports for the clinic: sealed to the clinic's ECDH key, opened only by that clinic, one changed
// byte refused, the content validated as a backup file.
import { beforeAll, describe, expect, it } from 'vitest';
import { backupFile, emptyBackupData } from '../../../src/platform/storage/backup';
import type { BackupFile } from '../../../src/platform/storage/backup-schema';
import {
  clinicKeysGenerate,
  clinicPublicKeys,
  type ClinicKeys,
} from '../../../src/platform/share/clinic-keys';
import { reportOpen, reportSeal } from '../../../src/platform/share/clinic-report';

let clinic: ClinicKeys;
let other: ClinicKeys;
let report: BackupFile;

beforeAll(async () => {
  [clinic, other] = await Promise.all([clinicKeysGenerate(), clinicKeysGenerate()]);
  const data = emptyBackupData();
  data.sessions = [
    {
      id: 's1',
      programId: 'L@v2',
      programVersion: 2,
      startedAt: 1_796_000_000_000,
      endedAt: 1_796_000_600_000,
      status: 'completed',
      painBefore: 2,
      painAfter: 3,
      exertion: 5,
      ownerId: 'tab',
      notes: '',
    },
  ];
  report = backupFile('session', data, 1_796_000_700_000);
});

describe('report for the clinic', () => {
  it('round trips to the clinic it was sealed for', async () => {
    const sealed = await reportSeal(report, (await clinicPublicKeys(clinic)).receivingRaw);
    expect(await reportOpen(sealed, clinic)).toEqual({ ok: true, value: report });
  });

  it('cannot be opened by another clinic', async () => {
    const sealed = await reportSeal(report, (await clinicPublicKeys(clinic)).receivingRaw);
    expect(await reportOpen(sealed, other)).toEqual({
      ok: false,
      error: { code: 'not_for_this_clinic' },
    });
  });

  it('cannot be opened by another clinic even with the recipient id rewritten to its own', async () => {
    const sealed = await reportSeal(report, (await clinicPublicKeys(clinic)).receivingRaw);
    const forSelf = await reportSeal(report, (await clinicPublicKeys(other)).receivingRaw);
    const relabelled = sealed.slice();
    relabelled.set(forSelf.subarray(1, 9), 1);
    expect(await reportOpen(relabelled, other)).toEqual({ ok: false, error: { code: 'tampered' } });
  });

  for (const [what, at] of [
    ['ephemeral key', 30],
    ['IV', 80],
    ['ciphertext', 100],
    ['tag', -1],
  ] as const) {
    it(`refuses one changed byte in the ${what}`, async () => {
      const sealed = await reportSeal(report, (await clinicPublicKeys(clinic)).receivingRaw);
      const i = at < 0 ? sealed.length + at : at;
      sealed[i] = (sealed[i] ?? 0) ^ 0x80;
      expect(await reportOpen(sealed, clinic)).toEqual({ ok: false, error: { code: 'tampered' } });
    });
  }

  it('opens nothing that is not a valid report, and says where it is wrong', async () => {
    const bad = { ...report, scope: 'everything' } as unknown as BackupFile;
    const sealed = await reportSeal(bad, (await clinicPublicKeys(clinic)).receivingRaw);
    const opened = await reportOpen(sealed, clinic);
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.error.code).toBe('invalid_content');
    expect(JSON.stringify(opened.error)).toContain('scope');
  });

  it('refuses what is not a report', async () => {
    expect(await reportOpen(new Uint8Array(40), clinic)).toEqual({
      ok: false,
      error: { code: 'wrong_format' },
    });
  });
});
