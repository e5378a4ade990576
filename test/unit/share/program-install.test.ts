// Installing a program from a link on the patient's device: reading stores nothing; accepting
// stores the version and the clinic's keys; an older version after a newer one is a replay, refused
// with nothing stored; another tab's newer install meanwhile makes an accept a replay too.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Program } from '../../../src/core/session/types';
import type { SettingValue } from '../../../src/platform/storage/schema';
import {
  clinicFingerprint,
  clinicKeysGenerate,
  clinicPublicKeys,
  type ClinicKeys,
} from '../../../src/platform/share/clinic-keys';
import { programLinkCreate } from '../../../src/platform/share/program-link';
import {
  clinicKeySetting,
  programInstall,
  programOfferRead,
  type ProgramInstallStorage,
} from '../../../src/platform/share/program-install';
import { programWith } from '../../helpers/program-fixtures';

const APP = 'https://formcoach.example/';
let keys: ClinicKeys;
let v1: Program;
let v2: Program;
let fp: string;

beforeAll(async () => {
  keys = await clinicKeysGenerate();
  fp = await clinicFingerprint(await clinicPublicKeys(keys));
  v1 = programWith(4, fp);
  v2 = programWith(4, fp, { previous: v1 });
});

function memoryStorage() {
  const programs = new Map<string, Program>();
  const settings = new Map<string, SettingValue>();
  const storage: ProgramInstallStorage = {
    programs: {
      listPrograms: () => Promise.resolve([...programs.values()]),
      saveProgram: (p) => Promise.resolve(void programs.set(p.id, p)),
    },
    profile: { saveSetting: (k, v) => Promise.resolve(void settings.set(k, v)) },
  };
  return { storage, programs, settings };
}

describe('program install', () => {
  it('reads a link without storing; accepting stores the version and the clinic keys', async () => {
    const m = memoryStorage();
    const read = await programOfferRead(m.storage, await programLinkCreate(v1, keys, APP));
    if (!read.ok) throw new Error(read.error.code);
    expect(m.programs.size).toBe(0);
    expect(m.settings.size).toBe(0);
    const done = await programInstall(m.storage, read.value, 5);
    expect(done).toEqual({ ok: true, value: v1 });
    expect([...m.programs.keys()]).toEqual([v1.id]);
    expect(m.settings.get(clinicKeySetting(fp))).toMatch(/^[\w-]+\.[\w-]+$/);
  });

  it('refuses an older version once a newer one is installed, storing nothing', async () => {
    const m = memoryStorage();
    const newer = await programOfferRead(m.storage, await programLinkCreate(v2, keys, APP));
    if (!newer.ok) throw new Error(newer.error.code);
    await programInstall(m.storage, newer.value, 5);
    const old = await programOfferRead(m.storage, await programLinkCreate(v1, keys, APP));
    expect(old).toEqual({
      ok: false,
      error: { code: 'replay', installedVersion: 2, linkVersion: 1 },
    });
    expect([...m.programs.keys()]).toEqual([v2.id]);
  });

  it('refuses at accept time when a newer version was installed meanwhile', async () => {
    const m = memoryStorage();
    const old = await programOfferRead(m.storage, await programLinkCreate(v1, keys, APP));
    const newer = await programOfferRead(m.storage, await programLinkCreate(v2, keys, APP));
    if (!old.ok || !newer.ok) throw new Error('both read');
    await programInstall(m.storage, newer.value, 5);
    const late = await programInstall(m.storage, old.value, 6);
    expect(late).toEqual({
      ok: false,
      error: { code: 'replay', installedVersion: 2, linkVersion: 1 },
    });
    expect([...m.programs.keys()]).toEqual([v2.id]);
  });
});
