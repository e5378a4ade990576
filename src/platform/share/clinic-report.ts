// The patient's report for the clinic, encrypted to the clinic's ECDH key (from the program link)
// so it can travel by e-mail or a messenger and only that clinic opens it. ECIES in WebCrypto
// terms: an ephemeral ECDH P-256 key pair per report, the shared secret through HKDF-SHA256 into
// an AES-256-GCM key; the header is the GCM additional data, so no header byte can change unseen.
//
// Sealed v1, bytes: [0] version (1) · [1..9) recipient key id (SHA-256 of its raw key, 8 bytes:
// says "not for this clinic" before any decryption) · [9..74) ephemeral public key, raw ·
// [74..86) IV · [86..) AES-GCM ciphertext with its 16-byte tag. The plaintext is the report's
// canonical JSON (a FormCoach backup file of the chosen sessions), deflate-raw compressed.
import type { Result } from '../../core/result';
import { MAX_BACKUP_CHARS, backupToJson, parseBackup } from '../storage/backup';
import type { BackupFile } from '../storage/backup-schema';
import { deflateRaw, inflateRawLimited } from '../storage/compression';
import { concatBytes, fromUtf8, sha256, utf8, type Bytes } from './bytes';
import { P256_RAW_BYTES, publicKeyFromRaw, type ClinicKeys } from './clinic-keys';

export const REPORT_VERSION = 1;
const KEY_ID_BYTES = 8;
const IV_BYTES = 12;
const EPH_AT = 1 + KEY_ID_BYTES;
const IV_AT = EPH_AT + P256_RAW_BYTES;
const CT_AT = IV_AT + IV_BYTES;
const TAG_BYTES = 16;
const INFO = utf8('formcoach-report-v1');

export type ReportOpenError =
  | { readonly code: 'wrong_format' }
  /** Encrypted to another clinic's key. */
  | { readonly code: 'not_for_this_clinic' }
  /** A byte changed on the way (the GCM tag does not match). */
  | { readonly code: 'tampered' }
  /** Opened, but not a report this app can read; `problem` says what and where. */
  | { readonly code: 'invalid_content'; readonly problem: string };

const keyId = async (raw: Uint8Array): Promise<Bytes> => (await sha256(raw)).slice(0, KEY_ID_BYTES);

async function aesKey(
  privateKey: CryptoKey,
  publicKey: CryptoKey,
  ephRaw: Uint8Array,
  recipientRaw: Uint8Array,
  usage: 'encrypt' | 'decrypt',
): Promise<CryptoKey> {
  const shared = await crypto.subtle.deriveBits(
    { name: 'ECDH', public: publicKey },
    privateKey,
    256,
  );
  const hkdfKey = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: new Uint8Array(0),
      info: concatBytes(INFO, ephRaw, recipientRaw),
    },
    hkdfKey,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

/** Encrypts a report (a backup file of the chosen sessions) to the clinic's receiving key. */
export async function reportSeal(report: BackupFile, clinicReceivingRaw: Bytes): Promise<Bytes> {
  const recipient = await publicKeyFromRaw(clinicReceivingRaw, 'receiving');
  if (recipient === null) throw new Error('reportSeal: the clinic key is not a P-256 point');
  const eph = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, [
    'deriveBits',
  ]);
  const ephRaw = new Uint8Array(await crypto.subtle.exportKey('raw', eph.publicKey));
  const key = await aesKey(eph.privateKey, recipient, ephRaw, clinicReceivingRaw, 'encrypt');
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header = concatBytes(
    Uint8Array.of(REPORT_VERSION),
    await keyId(clinicReceivingRaw),
    ephRaw,
    iv,
  );
  const plain = await deflateRaw(utf8(backupToJson(report)));
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: header },
    key,
    plain as Bytes,
  );
  return concatBytes(header, new Uint8Array(ct));
}

const fail = (error: ReportOpenError): Result<never, ReportOpenError> => ({ ok: false, error });

/** Decrypts and validates a report with the clinic's keys; nothing is returned unless all holds. */
export async function reportOpen(
  sealed: Uint8Array,
  keys: ClinicKeys,
): Promise<Result<BackupFile, ReportOpenError>> {
  if (sealed.length < CT_AT + TAG_BYTES || sealed[0] !== REPORT_VERSION) {
    return fail({ code: 'wrong_format' });
  }
  const ownRaw = new Uint8Array(await crypto.subtle.exportKey('raw', keys.receiving.publicKey));
  const id = await keyId(ownRaw);
  if (!id.every((b, i) => b === sealed[1 + i])) return fail({ code: 'not_for_this_clinic' });
  const ephRaw = sealed.slice(EPH_AT, IV_AT);
  const eph = await publicKeyFromRaw(ephRaw, 'receiving');
  if (eph === null) return fail({ code: 'tampered' });
  const key = await aesKey(keys.receiving.privateKey, eph, ephRaw, ownRaw, 'decrypt');
  let plain: Bytes;
  try {
    plain = new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: sealed.slice(IV_AT, CT_AT), additionalData: sealed.slice(0, CT_AT) },
        key,
        sealed.slice(CT_AT),
      ),
    );
  } catch {
    return fail({ code: 'tampered' });
  }
  // Anyone with the clinic's public key can seal a report: the inflated size is capped.
  let inflated: Uint8Array | null | undefined;
  try {
    inflated = await inflateRawLimited(plain, MAX_BACKUP_CHARS);
  } catch {
    inflated = undefined;
  }
  if (inflated === null) {
    return fail({ code: 'invalid_content', problem: `larger than ${MAX_BACKUP_CHARS} bytes` });
  }
  const text = inflated === undefined ? null : fromUtf8(inflated);
  if (text === null) return fail({ code: 'invalid_content', problem: 'not compressed UTF-8 text' });
  const parsed = parseBackup(text);
  return parsed.ok ? parsed : fail({ code: 'invalid_content', problem: parsed.error.message });
}
