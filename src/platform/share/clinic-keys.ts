// The clinic's key pairs, WebCrypto only: ECDSA P-256 signs the programs it shares; ECDH P-256
// receives the reports patients encrypt to it. Public keys travel as raw uncompressed points
// (65 bytes each: the smallest standard form, for links and QR codes). The private keys are
// extractable so the encrypted workspace backup can carry them (as JWK): without them a restored
// workspace could open no report sent to it.
import { fingerprintOf, type Bytes } from './bytes';

const SIGN = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const DH = { name: 'ECDH', namedCurve: 'P-256' } as const;
/** Uncompressed P-256 point: 0x04, x, y. */
export const P256_RAW_BYTES = 65;

export interface ClinicKeys {
  readonly signing: CryptoKeyPair;
  readonly receiving: CryptoKeyPair;
}

/** What a patient's device learns of a clinic: its two public keys, raw. */
export interface ClinicPublicKeys {
  readonly signingRaw: Bytes;
  readonly receivingRaw: Bytes;
}

/** The private and public keys as JWK, for the encrypted workspace backup. */
export interface ClinicKeysJwk {
  readonly signing: { readonly privateKey: JsonWebKey; readonly publicKey: JsonWebKey };
  readonly receiving: { readonly privateKey: JsonWebKey; readonly publicKey: JsonWebKey };
}

export async function clinicKeysGenerate(): Promise<ClinicKeys> {
  const [signing, receiving] = await Promise.all([
    crypto.subtle.generateKey(SIGN, true, ['sign', 'verify']),
    crypto.subtle.generateKey(DH, true, ['deriveBits']),
  ]);
  return { signing, receiving };
}

export async function clinicPublicKeys(keys: ClinicKeys): Promise<ClinicPublicKeys> {
  const [signingRaw, receivingRaw] = await Promise.all([
    crypto.subtle.exportKey('raw', keys.signing.publicKey),
    crypto.subtle.exportKey('raw', keys.receiving.publicKey),
  ]);
  return { signingRaw: new Uint8Array(signingRaw), receivingRaw: new Uint8Array(receivingRaw) };
}

/** The fingerprint a program's `prescribedBy.keyFingerprint` carries: of both public keys. */
export const clinicFingerprint = (pub: ClinicPublicKeys): Promise<string> =>
  fingerprintOf(pub.signingRaw, pub.receivingRaw);

export async function clinicKeysToJwk(keys: ClinicKeys): Promise<ClinicKeysJwk> {
  const jwk = (k: CryptoKey) => crypto.subtle.exportKey('jwk', k);
  return {
    signing: {
      privateKey: await jwk(keys.signing.privateKey),
      publicKey: await jwk(keys.signing.publicKey),
    },
    receiving: {
      privateKey: await jwk(keys.receiving.privateKey),
      publicKey: await jwk(keys.receiving.publicKey),
    },
  };
}

/** null when the JWKs are not P-256 keys of the right kinds. */
export async function clinicKeysFromJwk(jwk: ClinicKeysJwk): Promise<ClinicKeys | null> {
  try {
    const imp = (k: JsonWebKey, alg: EcKeyImportParams, usages: KeyUsage[]) =>
      crypto.subtle.importKey('jwk', k, alg, true, usages);
    return {
      signing: {
        privateKey: await imp(jwk.signing.privateKey, SIGN, ['sign']),
        publicKey: await imp(jwk.signing.publicKey, SIGN, ['verify']),
      },
      receiving: {
        privateKey: await imp(jwk.receiving.privateKey, DH, ['deriveBits']),
        publicKey: await imp(jwk.receiving.publicKey, DH, []),
      },
    };
  } catch {
    return null;
  }
}

/** A raw public key as WebCrypto's; null when the bytes are not a point on P-256. */
export async function publicKeyFromRaw(
  raw: Uint8Array,
  kind: 'signing' | 'receiving',
): Promise<CryptoKey | null> {
  if (raw.length !== P256_RAW_BYTES || raw[0] !== 0x04) return null;
  try {
    return kind === 'signing'
      ? await crypto.subtle.importKey('raw', raw as Bytes, SIGN, true, ['verify'])
      : await crypto.subtle.importKey('raw', raw as Bytes, DH, true, []);
  } catch {
    return null;
  }
}
