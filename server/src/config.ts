// The signaling server's options from the environment:
//   REDIS_URL     several nodes share visits and rooms through Redis (else one node, in memory)
//   ICE_SERVERS   JSON array of RTCIceServer (default: none, nothing third-party)
//   TURN_SECRET + TURN_URLS (comma-separated)  coturn `use-auth-secret`: per-member credentials
//   TURN_TTL_SECONDS  lifetime of those credentials (default 3600)
//   INVITE_TTL_MINUTES  how long an invite and its visit last (default 120)
//   MAX_CONNECTIONS_PER_ADDRESS  sockets one address may hold on a node (default 64)
//   TRUST_PROXY=1  behind one reverse proxy: a connection's address is the last one the proxy
//                  added to X-Forwarded-For (the earlier ones are the client's word, not proof)
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import { z } from 'zod';
import { IceServerSchema, type IceServer } from '../../src/platform/signaling/protocol';
import type { Socket } from 'socket.io';
import { createRedisVisitStore } from './redis-visit-store';
import { DEFAULT_MAX_CONNECTIONS_PER_ADDRESS, type SignalingOptions } from './signaling';
import { turnCredentials } from './turn';

export interface EnvSignaling {
  readonly options: SignalingOptions;
  /** Closes what the options opened (the Redis connections). */
  close(): Promise<void>;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Reads the configuration; a bad value stops the start with a message naming the variable. */
export function iceServersFromEnv(env: Env): (nowMs: number) => readonly IceServer[] {
  let fixed: readonly IceServer[] = [];
  if (env['ICE_SERVERS'] !== undefined && env['ICE_SERVERS'] !== '') {
    let json: unknown;
    try {
      json = JSON.parse(env['ICE_SERVERS']);
    } catch {
      throw new Error('ICE_SERVERS is not JSON: give an array of {"urls": …} objects.');
    }
    const parsed = z.array(IceServerSchema).safeParse(json);
    if (!parsed.success) {
      throw new Error(`ICE_SERVERS is not a list of ICE servers: ${z.prettifyError(parsed.error)}`);
    }
    fixed = parsed.data;
  }
  const secret = env['TURN_SECRET'];
  const urls = (env['TURN_URLS'] ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
  if ((secret === undefined || secret === '') !== (urls.length === 0)) {
    throw new Error('TURN_SECRET and TURN_URLS go together: set both, or neither.');
  }
  if (secret === undefined || secret === '') return () => fixed;
  const ttlSeconds = Number(env['TURN_TTL_SECONDS'] ?? 3600);
  if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) {
    throw new Error('TURN_TTL_SECONDS must be a whole number of seconds above 0.');
  }
  return (nowMs) => [...fixed, turnCredentials({ secret, urls, ttlSeconds }, nowMs)];
}

/** The address a connection counts against: the proxy's last X-Forwarded-For hop when trusted. */
export function addressOfFromEnv(env: Env): (handshake: Socket['handshake']) => string {
  const trust = env['TRUST_PROXY'] ?? '';
  if (!['', '0', '1'].includes(trust)) throw new Error('TRUST_PROXY must be 1 or 0.');
  if (trust !== '1') return (handshake) => handshake.address;
  return (handshake) => {
    const header = handshake.headers['x-forwarded-for'];
    const hops = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',');
    return hops.at(-1)?.trim() || handshake.address;
  };
}

export async function signalingFromEnv(env: Env): Promise<EnvSignaling> {
  const minutes = Number(env['INVITE_TTL_MINUTES'] ?? 120);
  if (!(minutes > 0)) throw new Error('INVITE_TTL_MINUTES must be a number of minutes above 0.');
  const cap = Number(env['MAX_CONNECTIONS_PER_ADDRESS'] ?? DEFAULT_MAX_CONNECTIONS_PER_ADDRESS);
  if (!Number.isInteger(cap) || cap < 1) {
    throw new Error('MAX_CONNECTIONS_PER_ADDRESS must be a whole number above 0.');
  }
  const base: SignalingOptions = {
    iceServers: iceServersFromEnv(env),
    inviteTtlMs: minutes * 60_000,
    maxConnectionsPerAddress: cap,
    addressOf: addressOfFromEnv(env),
  };
  const url = env['REDIS_URL'];
  if (url === undefined || url === '') return { options: base, close: () => Promise.resolve() };
  const pub = createClient({ url });
  const sub = pub.duplicate();
  await Promise.all([pub.connect(), sub.connect()]);
  return {
    options: { ...base, store: createRedisVisitStore(pub), adapter: createAdapter(pub, sub) },
    async close() {
      await Promise.all([pub.quit(), sub.quit()]);
    },
  };
}
