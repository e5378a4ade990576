// The encrypted workspace backup: round trip, wrong passphrase, truncated, damaged, wrong format,
// a schema failure — each a typed error, and nothing returned unless every check passes.
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  clinicKeysFromJwk,
  clinicKeysGenerate,
  clinicKeysToJwk,
  clinicPublicKeys,
} from '../../../src/platform/share/clinic-keys';
import {
  MIN_PBKDF2_ITERATIONS,
  WORKSPACE_HEADER_BYTES,
  workspaceBackupOpen,
  workspaceBackupSeal,
} from '../../../src/platform/share/workspace-backup';

// A stand-in for the clinic workspace's own schema (another part of issue #11 defines it).
const workspaceSchema = z.strictObject({
  patients: z.array(z.strictObject({ id: z.string(), displayName: z.string().min(1) })),
  keys: z.unknown(),
});
type Workspace = z.output<typeof workspaceSchema>;

const PASS = 'correct horse battery staple';
let workspace: Workspace;
let sealed: Uint8Array;

beforeAll(async () => {
  const keys = await clinicKeysGenerate();
  workspace = {
    patients: [
      { id: 'p1', displayName: 'A. B.' },
      { id: 'p2', displayName: 'Žofie Nováková' },
    ],
    keys: await clinicKeysToJwk(keys),
  };
  sealed = await workspaceBackupSeal(workspace, PASS);
});

describe('encrypted workspace backup', () => {
  it('round trips, the clinic keys included', async () => {
    const opened = await workspaceBackupOpen(sealed, PASS, workspaceSchema);
    expect(opened).toEqual({ ok: true, value: workspace });
    const keys = await clinicKeysFromJwk(workspace.keys as Parameters<typeof clinicKeysFromJwk>[0]);
    expect(keys).not.toBeNull();
    if (keys !== null) expect((await clinicPublicKeys(keys)).signingRaw.length).toBe(65);
  });

  it('records at least 600,000 PBKDF2 iterations in its header and refuses fewer', async () => {
    const view = new DataView(sealed.buffer, sealed.byteOffset);
    expect(view.getUint32(6)).toBe(MIN_PBKDF2_ITERATIONS);
    await expect(workspaceBackupSeal(workspace, PASS, 1000)).rejects.toThrow(/under the floor/);
    const weakened = sealed.slice();
    new DataView(weakened.buffer).setUint32(6, 1000);
    expect(await workspaceBackupOpen(weakened, PASS, workspaceSchema)).toEqual({
      ok: false,
      error: { code: 'wrong_format' },
    });
  });

  it('refuses a wrong passphrase', async () => {
    expect(
      await workspaceBackupOpen(sealed, 'correct horse battery stapler', workspaceSchema),
    ).toEqual({ ok: false, error: { code: 'wrong_passphrase' } });
  });

  it('refuses a truncated file, saying how much is missing', async () => {
    const cut = sealed.slice(0, sealed.length - 10);
    expect(await workspaceBackupOpen(cut, PASS, workspaceSchema)).toEqual({
      ok: false,
      error: { code: 'truncated', expectedBytes: sealed.length, actualBytes: sealed.length - 10 },
    });
    const headerOnly = sealed.slice(0, 20);
    expect(await workspaceBackupOpen(headerOnly, PASS, workspaceSchema)).toEqual({
      ok: false,
      error: { code: 'truncated', expectedBytes: WORKSPACE_HEADER_BYTES, actualBytes: 20 },
    });
  });

  it('refuses a changed byte of the ciphertext as damaged', async () => {
    const bad = sealed.slice();
    const i = WORKSPACE_HEADER_BYTES + 5;
    bad[i] = (bad[i] ?? 0) ^ 0x01;
    expect(await workspaceBackupOpen(bad, PASS, workspaceSchema)).toEqual({
      ok: false,
      error: { code: 'damaged' },
    });
  });

  it('clinic keys from JWK that are not P-256 keys of the right kinds are refused', async () => {
    const jwk = await clinicKeysToJwk(await clinicKeysGenerate());
    const swapped = { signing: jwk.receiving, receiving: jwk.signing };
    expect(await clinicKeysFromJwk(swapped)).toBeNull();
  });

  it('refuses other files', async () => {
    const json = new TextEncoder().encode('{"format":"formcoach-backup"} and more text here......');
    expect(await workspaceBackupOpen(json, PASS, workspaceSchema)).toEqual({
      ok: false,
      error: { code: 'wrong_format' },
    });
  });

  it('returns nothing when the content fails the schema, and says where', async () => {
    const bad = await workspaceBackupSeal(
      { patients: [{ id: 'p1', displayName: '' }], keys: null },
      PASS,
    );
    expect(await workspaceBackupOpen(bad, PASS, workspaceSchema)).toEqual({
      ok: false,
      error: {
        code: 'invalid_content',
        problems: ['patients.0.displayName: Too small: expected string to have >=1 characters'],
      },
    });
  });
});
