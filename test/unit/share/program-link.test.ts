// Program links: round trip, one changed byte at several places, replay of an older version,
// another clinic's keys for an installed lineage. WebCrypto and CompressionStream of Node 22.
import { beforeAll, describe, expect, it } from 'vitest';
import { prescriptionDefinition } from '../../../src/core/programs/builtin';
import type { Program } from '../../../src/core/session/types';
import { base64urlDecode, base64urlEncode } from '../../../src/platform/share/bytes';
import {
  clinicFingerprint,
  clinicKeysGenerate,
  clinicPublicKeys,
  type ClinicKeys,
} from '../../../src/platform/share/clinic-keys';
import {
  programLinkCreate,
  programLinkRead,
  programPayloadCreate,
  programPayloadRead,
  type InstalledProgram,
} from '../../../src/platform/share/program-link';
import { programWith } from '../../helpers/program-fixtures';

const APP = 'https://formcoach.example/app/';
let keys: ClinicKeys;
let fingerprint: string;
let v1: Program;
let v2: Program;

beforeAll(async () => {
  keys = await clinicKeysGenerate();
  fingerprint = await clinicFingerprint(await clinicPublicKeys(keys));
  v1 = programWith(4, fingerprint);
  v2 = programWith(4, fingerprint, { previous: v1 });
});

const installedOf = (p: Program, fp = fingerprint): InstalledProgram => ({
  lineageId: p.lineageId ?? p.id,
  version: p.version ?? 1,
  keyFingerprint: fp,
});

describe('program link', () => {
  it('round trips: the program, the clinic keys and their fingerprint', async () => {
    for (const p of v1.exercises) expect(prescriptionDefinition(p).ok).toBe(true);
    const link = await programLinkCreate(v1, keys, `${APP}#home`);
    expect(link.startsWith(`${APP}#program=`)).toBe(true);
    const read = await programLinkRead(link, []);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.program).toEqual(v1);
    expect(read.value.fingerprint).toBe(fingerprint);
    expect(read.value.relation).toBe('new');
    expect(read.value.clinic).toEqual(await clinicPublicKeys(keys));
  });

  it('says a newer version is newer and the same one is the same', async () => {
    const link2 = await programLinkCreate(v2, keys, APP);
    const newer = await programLinkRead(link2, [installedOf(v1)]);
    expect(newer.ok && newer.value.relation).toBe('newer');
    const same = await programLinkRead(link2, [installedOf(v2)]);
    expect(same.ok && same.value.relation).toBe('same');
  });

  it('refuses a replayed older version when a newer one is installed', async () => {
    const old = await programLinkCreate(v1, keys, APP);
    expect(await programLinkRead(old, [installedOf(v1), installedOf(v2)])).toEqual({
      ok: false,
      error: { code: 'replay', installedVersion: 2, linkVersion: 1 },
    });
  });

  // One byte changed at: the format version, inside each key, the signature, the body's start,
  // middle and end.
  const positions: readonly { what: string; at: (n: number) => number; code: string }[] = [
    { what: 'format version', at: () => 0, code: 'wrong_format' },
    { what: 'signing key prefix', at: () => 1, code: 'tampered' },
    { what: 'signing key x', at: () => 20, code: 'tampered' },
    { what: 'receiving key y', at: () => 120, code: 'tampered' },
    { what: 'signature r', at: () => 140, code: 'tampered' },
    { what: 'signature s', at: () => 190, code: 'tampered' },
    { what: 'body start', at: () => 195, code: 'tampered' },
    { what: 'body middle', at: (n) => Math.floor((195 + n) / 2), code: 'tampered' },
    { what: 'body end', at: (n) => n - 1, code: 'tampered' },
  ];
  for (const { what, at, code } of positions) {
    it(`refuses one changed byte in the ${what} (${code})`, async () => {
      const payload = await programPayloadCreate(v1, keys);
      const bad = payload.slice();
      const i = at(payload.length);
      bad[i] = (bad[i] ?? 0) ^ 0x01;
      expect(await programPayloadRead(bad, [])).toEqual({ ok: false, error: { code } });
    });
  }

  it('refuses a link with one changed character of its text', async () => {
    const link = await programLinkCreate(v1, keys, APP);
    const i = link.length - 40;
    const swapped = link.slice(0, i) + (link[i] === 'A' ? 'B' : 'A') + link.slice(i + 1);
    expect(await programLinkRead(swapped, [])).toEqual({ ok: false, error: { code: 'tampered' } });
  });

  it('refuses what is no program link: other text, a cut payload', async () => {
    expect(await programLinkRead('https://example.org/#page=2', [])).toEqual({
      ok: false,
      error: { code: 'wrong_format' },
    });
    const payload = await programPayloadCreate(v1, keys);
    expect(await programPayloadRead(payload.slice(0, 150), [])).toEqual({
      ok: false,
      error: { code: 'wrong_format' },
    });
  });

  it('refuses a program re-signed with other keys than its prescriber names', async () => {
    const mallory = await clinicKeysGenerate();
    expect(await programPayloadRead(await programPayloadCreate(v1, mallory), [])).toEqual({
      ok: false,
      error: { code: 'key_mismatch' },
    });
  });

  it('refuses a lineage installed from one clinic when another clinic’s keys sign it', async () => {
    const other = await clinicKeysGenerate();
    const otherFp = await clinicFingerprint(await clinicPublicKeys(other));
    const forged = programWith(4, otherFp, { previous: v2 });
    const read = await programPayloadRead(await programPayloadCreate(forged, other), [
      installedOf(v2),
    ]);
    expect(read).toEqual({ ok: false, error: { code: 'other_clinic' } });
  });

  it('says what is wrong with a signed program this app cannot read', async () => {
    const broken = { ...v1, exercises: [{ ...v1.exercises[0], sets: -1 }] } as unknown as Program;
    const read = await programPayloadRead(await programPayloadCreate(broken, keys), []);
    expect(read).toEqual({
      ok: false,
      error: {
        code: 'invalid_program',
        problems: ['exercises.0.sets: Too small: expected number to be >=0'],
      },
    });
  });

  it('refuses a signed program naming an exercise this app does not have', async () => {
    const unknown = {
      ...v1,
      exercises: [{ ...v1.exercises[0], exerciseId: 'moonwalk' }],
    } as unknown as Program;
    const read = await programPayloadRead(await programPayloadCreate(unknown, keys), []);
    expect(read).toEqual({
      ok: false,
      error: { code: 'invalid_program', problems: ['exercises[0].exerciseId: unknown_exercise'] },
    });
  });

  it('refuses a signed body that inflates past the limit (a compression bomb)', async () => {
    const bomb = { ...v1, description: 'a'.repeat(2 * 1024 * 1024) };
    const payload = await programPayloadCreate(bomb, keys);
    expect(payload.length).toBeLessThan(8 * 1024);
    expect(await programPayloadRead(payload, [])).toEqual({
      ok: false,
      error: { code: 'invalid_program', problems: ['larger than 1048576 bytes once inflated'] },
    });
  });

  it('refuses a program that is not a therapist’s versioned one', async () => {
    const unversioned: Program = { ...v1 };
    delete (unversioned as { lineageId?: string }).lineageId;
    delete (unversioned as { version?: number }).version;
    for (const p of [unversioned, { ...v1, source: 'builtin' as const }]) {
      expect(await programPayloadRead(await programPayloadCreate(p, keys), [])).toEqual({
        ok: false,
        error: { code: 'invalid_program', problems: ['not a therapist’s versioned program'] },
      });
    }
  });

  it('base64url round trips every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(base64urlDecode(base64urlEncode(all))).toEqual(all);
    expect(base64urlDecode('a+b/')).toBeNull();
  });
});
