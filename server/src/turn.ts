// Short-lived TURN credentials for coturn's `use-auth-secret` (the "TURN REST API"): the username
// is `<expiry unix seconds>:<random id>` and the password is base64(HMAC-SHA1(secret, username)).
// coturn recomputes the HMAC with the same static-auth-secret and refuses the pair once the expiry
// has passed, so a credential leaked from a page is useless after `ttlSeconds`.
import { createHmac, randomBytes } from 'node:crypto';
import type { IceServer } from '../../src/platform/signaling/protocol';

export interface TurnConfig {
  /** coturn's static-auth-secret. */
  readonly secret: string;
  /** e.g. ['turn:turn.example.org:3478?transport=udp', 'turns:turn.example.org:443?transport=tcp'] */
  readonly urls: readonly string[];
  readonly ttlSeconds: number;
}

export function turnCredentials(config: TurnConfig, nowMs: number): IceServer {
  const expiry = Math.floor(nowMs / 1000) + config.ttlSeconds;
  const username = `${expiry}:${randomBytes(9).toString('base64url')}`;
  const credential = createHmac('sha1', config.secret).update(username).digest('base64');
  return { urls: [...config.urls], username, credential };
}
