// The clinic workspace's backup, encrypted with a passphrase: it holds many people's health data.
// PBKDF2-HMAC-SHA256 (WebCrypto has no memory-hard KDF) at 600,000 iterations, OWASP's 2023 floor
// for it, derives 512 bits: an AES-256-GCM key and a 128-bit check value. The check value lets a
// wrong passphrase be told from a damaged file; it gives an attacker nothing the GCM tag does not
// (both cost one PBKDF2 run per guess). The header is the GCM additional data.
//
// File v1, bytes: 'FCWB' · [4] version (1) · [5] KDF (1 = PBKDF2-SHA256) · [6..10) iterations,
// u32 BE · [10..26) salt · [26..42) check value · [42..54) IV · [54..58) ciphertext length, u32 BE ·
// [58..) ciphertext with its tag. The plaintext is deflate-raw compressed JSON. Opening checks
// format, length, passphrase, tag, then the caller's schema, and returns nothing unless all pass.
import type { z } from 'zod';
import type { Result } from '../../core/result';
import { deflateRaw, inflateRaw } from '../storage/compression';
import { concatBytes, fromUtf8, readU32be, u32be, utf8, type Bytes } from './bytes';

export const WORKSPACE_BACKUP_VERSION = 1;
export const MIN_PBKDF2_ITERATIONS = 600_000;
const MAGIC = utf8('FCWB');
const KDF_PBKDF2_SHA256 = 1;
const SALT_BYTES = 16;
const CHECK_BYTES = 16;
const IV_BYTES = 12;
const SALT_AT = 10;
const CHECK_AT = SALT_AT + SALT_BYTES;
const IV_AT = CHECK_AT + CHECK_BYTES;
const LEN_AT = IV_AT + IV_BYTES;
export const WORKSPACE_HEADER_BYTES = LEN_AT + 4;
const TAG_BYTES = 16;

export type WorkspaceBackupError =
  /** Not a FormCoach workspace backup, or one this app cannot read (version, KDF, weak settings). */
  | { readonly code: 'wrong_format' }
  /** Shorter than its header says: cut off in a download or copy. */
  | { readonly code: 'truncated'; readonly expectedBytes: number; readonly actualBytes: number }
  /**
   * The passphrase does not give the stored check value. A changed salt, iteration count or check
   * value reads the same way: the header cannot be told apart from a wrong passphrase.
   */
  | { readonly code: 'wrong_passphrase' }
  /** The passphrase is right but the data does not match its tag: damaged or changed. */
  | { readonly code: 'damaged' }
  /** Decrypted, but the content fails the workspace schema; `problems` say where. */
  | { readonly code: 'invalid_content'; readonly problems: readonly string[] };

async function deriveKeys(
  passphrase: string,
  salt: Bytes,
  iterations: number,
): Promise<{ key: CryptoKey; check: Bytes }> {
  const base = await crypto.subtle.importKey(
    'raw',
    utf8(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = new Uint8Array(
    await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
      base,
      512,
    ),
  );
  const key = await crypto.subtle.importKey('raw', bits.slice(0, 32), 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
  return { key, check: bits.slice(32, 32 + CHECK_BYTES) };
}

/** Encrypts the workspace (any JSON value) with the passphrase. */
export async function workspaceBackupSeal(
  workspace: unknown,
  passphrase: string,
  iterations: number = MIN_PBKDF2_ITERATIONS,
): Promise<Bytes> {
  if (iterations < MIN_PBKDF2_ITERATIONS) {
    throw new Error(`workspaceBackupSeal: ${iterations} iterations is under the floor`);
  }
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const { key, check } = await deriveKeys(passphrase, salt, iterations);
  const plain = await deflateRaw(utf8(JSON.stringify(workspace)));
  const header = concatBytes(
    MAGIC,
    Uint8Array.of(WORKSPACE_BACKUP_VERSION, KDF_PBKDF2_SHA256),
    u32be(iterations),
    salt,
    check,
    iv,
    u32be(plain.length + TAG_BYTES),
  );
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: header },
    key,
    plain as Bytes,
  );
  return concatBytes(header, new Uint8Array(ct));
}

const fail = (error: WorkspaceBackupError): Result<never, WorkspaceBackupError> => ({
  ok: false,
  error,
});

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === b.length && a.reduce((diff, x, i) => diff | (x ^ (b[i] ?? 0)), 0) === 0;

/** Decrypts and validates a workspace backup against `schema`; nothing is returned unless all holds. */
export async function workspaceBackupOpen<S extends z.ZodType>(
  file: Uint8Array,
  passphrase: string,
  schema: S,
): Promise<Result<z.output<S>, WorkspaceBackupError>> {
  if (file.length < WORKSPACE_HEADER_BYTES) {
    return sameBytes(file.subarray(0, MAGIC.length), MAGIC.subarray(0, file.length)) &&
      file.length > 0
      ? fail({ code: 'truncated', expectedBytes: WORKSPACE_HEADER_BYTES, actualBytes: file.length })
      : fail({ code: 'wrong_format' });
  }
  const iterations = readU32be(file, 6);
  if (
    !sameBytes(file.subarray(0, 4), MAGIC) ||
    file[4] !== WORKSPACE_BACKUP_VERSION ||
    file[5] !== KDF_PBKDF2_SHA256 ||
    iterations < MIN_PBKDF2_ITERATIONS ||
    iterations > 100 * MIN_PBKDF2_ITERATIONS
  ) {
    return fail({ code: 'wrong_format' });
  }
  const expectedBytes = WORKSPACE_HEADER_BYTES + readU32be(file, LEN_AT);
  if (file.length < expectedBytes) {
    return fail({ code: 'truncated', expectedBytes, actualBytes: file.length });
  }
  if (file.length > expectedBytes) return fail({ code: 'damaged' });
  const { key, check } = await deriveKeys(passphrase, file.slice(SALT_AT, CHECK_AT), iterations);
  if (!sameBytes(check, file.subarray(CHECK_AT, IV_AT))) return fail({ code: 'wrong_passphrase' });
  let plain: Bytes;
  try {
    plain = new Uint8Array(
      await crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: file.slice(IV_AT, LEN_AT),
          additionalData: file.slice(0, WORKSPACE_HEADER_BYTES),
        },
        key,
        file.slice(WORKSPACE_HEADER_BYTES),
      ),
    );
  } catch {
    return fail({ code: 'damaged' });
  }
  let json: unknown;
  try {
    const text = fromUtf8(await inflateRaw(plain));
    json = text === null ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (json === undefined) return fail({ code: 'invalid_content', problems: ['not JSON'] });
  const checked = schema.safeParse(json);
  return checked.success
    ? { ok: true, value: checked.data }
    : fail({
        code: 'invalid_content',
        problems: checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
      });
}
