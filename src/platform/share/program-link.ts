// A program shared as a link, with no server: the payload sits in the URL fragment (`#program=…`,
// never sent in an HTTP request), deflate-raw compressed, signed by the clinic (ECDSA P-256,
// SHA-256) and base64url-encoded. It carries the clinic's public keys, so the patient's device can
// check the signature and later encrypt reports to that clinic.
//
// Payload v1, bytes: [0] format version (1) · [1..66) signing key, raw · [66..131) receiving key,
// raw · [131..195) signature (P1363 r‖s) · [195..) body = deflate-raw(JSON { program }). The
// signature covers every byte but its own. Reading checks, in order: format, keys, signature,
// body (the program schema of backups, then the library's checks of programValidate), the
// fingerprint in `prescribedBy` against the keys carried, then versions against what is
// installed (an older version is a replay).
import type { Program } from '../../core/session/types';
import {
  programVersionOf,
  programVersionRelation,
  type ProgramVersionRef,
} from '../../core/programs/versions';
import { programValidate } from '../../core/programs/program-validate';
import type { Result } from '../../core/result';
import { programSchema } from '../storage/backup-schema';
import { deflateRaw, inflateRawLimited } from '../storage/compression';
import { base64urlDecode, base64urlEncode, concatBytes, fromUtf8, utf8, type Bytes } from './bytes';
import {
  P256_RAW_BYTES,
  clinicFingerprint,
  clinicPublicKeys,
  publicKeyFromRaw,
  type ClinicKeys,
  type ClinicPublicKeys,
} from './clinic-keys';

export const PROGRAM_LINK_VERSION = 1;
export const PROGRAM_LINK_PARAM = 'program';
const SIG_BYTES = 64;
const KEYS_END = 1 + 2 * P256_RAW_BYTES;
const BODY_AT = KEYS_END + SIG_BYTES;
/** Longer fragments are refused before decoding (a 12-exercise program is ~2 kB; see bench). */
export const MAX_LINK_CHARS = 64 * 1024;
const ECDSA = { name: 'ECDSA', hash: 'SHA-256' } as const;

export type ProgramLinkError =
  /** Not a FormCoach program link, or a version of the format this app does not read. */
  | { readonly code: 'wrong_format' }
  /** A byte changed since the clinic signed it (or a key that is no key). */
  | { readonly code: 'tampered' }
  /** Signed, but not a program this app can read (e.g. made by a newer app). */
  | { readonly code: 'invalid_program'; readonly problems: readonly string[] }
  /** Signed, but `prescribedBy` names other keys than the ones that signed it. */
  | { readonly code: 'key_mismatch' }
  /** A program of this lineage is installed from another clinic's keys. */
  | { readonly code: 'other_clinic' }
  /** An older version than the one installed: a replay, refused. */
  | { readonly code: 'replay'; readonly installedVersion: number; readonly linkVersion: number };

export interface ProgramFromLink {
  readonly program: Program;
  readonly clinic: ClinicPublicKeys;
  readonly fingerprint: string;
  /** 'same': this version is installed already (nothing to do). */
  readonly relation: 'new' | 'newer' | 'same';
}

/** What is installed on the patient's device, per lineage, to refuse replays and key swaps. */
export interface InstalledProgram extends ProgramVersionRef {
  readonly keyFingerprint: string | null;
}

/** The payload bytes of a program link (also what a QR code or a file carries). */
export async function programPayloadCreate(program: Program, keys: ClinicKeys): Promise<Bytes> {
  const pub = await clinicPublicKeys(keys);
  const body = await deflateRaw(utf8(JSON.stringify({ program })));
  const signed = concatBytes(
    Uint8Array.of(PROGRAM_LINK_VERSION),
    pub.signingRaw,
    pub.receivingRaw,
    body,
  );
  const sig = new Uint8Array(await crypto.subtle.sign(ECDSA, keys.signing.privateKey, signed));
  return concatBytes(signed.subarray(0, KEYS_END), sig, body);
}

export async function programLinkCreate(
  program: Program,
  keys: ClinicKeys,
  appUrl: string,
): Promise<string> {
  const payload = await programPayloadCreate(program, keys);
  return `${appUrl.split('#')[0] ?? appUrl}#${PROGRAM_LINK_PARAM}=${base64urlEncode(payload)}`;
}

/** The payload of a link, a fragment or the bare base64url text; null when there is none. */
export function programPayloadFromLink(link: string): Bytes | null {
  const trimmed = link.trim();
  if (trimmed.length > MAX_LINK_CHARS) return null;
  const hash = trimmed.includes('#') ? trimmed.slice(trimmed.indexOf('#') + 1) : trimmed;
  const value = new URLSearchParams(hash).get(PROGRAM_LINK_PARAM) ?? hash;
  return base64urlDecode(value);
}

const fail = (error: ProgramLinkError): Result<never, ProgramLinkError> => ({ ok: false, error });

/** A program's JSON is a few kB (see bench:share); more is refused before it fills the memory. */
export const MAX_PROGRAM_JSON_BYTES = 1024 * 1024;
const TOO_LARGE = Symbol('too large');

async function readBody(body: Uint8Array): Promise<unknown> {
  try {
    const inflated = await inflateRawLimited(body, MAX_PROGRAM_JSON_BYTES);
    if (inflated === null) return TOO_LARGE;
    const text = fromUtf8(inflated);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** Verifies a program payload and checks it against what is installed; changes nothing. */
export async function programPayloadRead(
  payload: Uint8Array,
  installed: readonly InstalledProgram[],
): Promise<Result<ProgramFromLink, ProgramLinkError>> {
  if (payload.length <= BODY_AT || payload[0] !== PROGRAM_LINK_VERSION) {
    return fail({ code: 'wrong_format' });
  }
  const signingRaw = payload.slice(1, 1 + P256_RAW_BYTES);
  const receivingRaw = payload.slice(1 + P256_RAW_BYTES, KEYS_END);
  const sig = payload.slice(KEYS_END, BODY_AT);
  const body = payload.slice(BODY_AT);
  const [signingKey, receivingKey] = await Promise.all([
    publicKeyFromRaw(signingRaw, 'signing'),
    publicKeyFromRaw(receivingRaw, 'receiving'),
  ]);
  if (signingKey === null || receivingKey === null) return fail({ code: 'tampered' });
  const signed = concatBytes(payload.subarray(0, KEYS_END), body);
  if (!(await crypto.subtle.verify(ECDSA, signingKey, sig, signed))) {
    return fail({ code: 'tampered' });
  }
  const json = await readBody(body);
  if (json === TOO_LARGE) {
    return fail({
      code: 'invalid_program',
      problems: [`larger than ${MAX_PROGRAM_JSON_BYTES} bytes once inflated`],
    });
  }
  const checked = programSchema.safeParse(
    typeof json === 'object' && json !== null && 'program' in json ? json.program : undefined,
  );
  if (!checked.success) {
    return fail({
      code: 'invalid_program',
      problems: checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    });
  }
  const meaning = programValidate(checked.data);
  if (!meaning.ok) {
    return fail({
      code: 'invalid_program',
      problems: meaning.error.map((e) => `${e.path}: ${e.code}`),
    });
  }
  const program: Program = meaning.value;
  // Only a therapist's versioned program travels by link: a built-in one is in every app already,
  // and without a lineage and version a replay could not be told.
  if (
    program.source !== 'therapist' ||
    program.lineageId === undefined ||
    program.version === undefined
  ) {
    return fail({ code: 'invalid_program', problems: ['not a therapist’s versioned program'] });
  }
  const clinic = { signingRaw, receivingRaw };
  const fingerprint = await clinicFingerprint(clinic);
  if (program.prescribedBy?.keyFingerprint !== fingerprint) return fail({ code: 'key_mismatch' });
  const ref = programVersionOf(program);
  const sameLineage = installed.filter((i) => i.lineageId === ref.lineageId);
  if (sameLineage.some((i) => i.keyFingerprint !== fingerprint)) {
    return fail({ code: 'other_clinic' });
  }
  const relation = programVersionRelation(ref, sameLineage);
  if (relation === 'older') {
    return fail({
      code: 'replay',
      installedVersion: Math.max(...sameLineage.map((i) => i.version)),
      linkVersion: ref.version,
    });
  }
  return { ok: true, value: { program, clinic, fingerprint, relation } };
}

/** `programPayloadRead` of a link's fragment; a link with no readable payload is 'wrong_format'. */
export async function programLinkRead(
  link: string,
  installed: readonly InstalledProgram[],
): Promise<Result<ProgramFromLink, ProgramLinkError>> {
  const payload = programPayloadFromLink(link);
  return payload === null ? fail({ code: 'wrong_format' }) : programPayloadRead(payload, installed);
}
