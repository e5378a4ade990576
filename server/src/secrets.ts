// Visit ids, invite secrets and host keys: crypto-random, base64url. Only their SHA-256 is stored.
import { createHash, randomBytes } from 'node:crypto';

/** 128 random bits: a visit's id (a name for the room, not a key to it). */
export const mintVisitId = (): string => randomBytes(16).toString('base64url');

/** 256 random bits: the invite secret in the patient's link, or the therapist's host key. */
export const mintSecret = (): string => randomBytes(32).toString('base64url');

export const hashSecret = (secret: string): string =>
  createHash('sha256').update(secret).digest('hex');
