// ICE servers from the environment, and coturn `use-auth-secret` credentials.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io';
import { addressOfFromEnv, iceServersFromEnv, signalingFromEnv } from '../../server/src/config';
import { turnCredentials } from '../../server/src/turn';

const NOW_MS = 1_800_000_000_000;

describe('ICE servers from the environment', () => {
  it('is empty by default: nothing third-party', () => {
    expect(iceServersFromEnv({})(NOW_MS)).toEqual([]);
  });

  it('takes a JSON list, and says which variable is wrong otherwise', () => {
    const list = [{ urls: 'stun:stun.clinic.example:3478' }];
    expect(iceServersFromEnv({ ICE_SERVERS: JSON.stringify(list) })(NOW_MS)).toEqual(list);
    expect(() => iceServersFromEnv({ ICE_SERVERS: '[{"url":"x"}]' })).toThrow(
      /^ICE_SERVERS is not a list/,
    );
    expect(() => iceServersFromEnv({ ICE_SERVERS: 'stun:x' })).toThrow(/^ICE_SERVERS is not JSON/);
    expect(() => iceServersFromEnv({ TURN_SECRET: 's' })).toThrow(/TURN_SECRET and TURN_URLS/);
  });

  it('mints a TURN credential per call when TURN_SECRET and TURN_URLS are set', () => {
    const servers = iceServersFromEnv({
      TURN_SECRET: 'coturn-static-auth-secret',
      TURN_URLS:
        'turn:turn.clinic.example:3478?transport=udp, turns:turn.clinic.example:443?transport=tcp',
      TURN_TTL_SECONDS: '600',
    });
    const [first] = servers(NOW_MS);
    const [second] = servers(NOW_MS);
    expect(first?.urls).toEqual([
      'turn:turn.clinic.example:3478?transport=udp',
      'turns:turn.clinic.example:443?transport=tcp',
    ]);
    expect(first?.username).not.toBe(second?.username);
  });
});

describe('turnCredentials', () => {
  it("follows coturn's REST API: expiry:random as username, base64 HMAC-SHA1 as password", () => {
    const secret = 'coturn-static-auth-secret';
    const server = turnCredentials(
      { secret, urls: ['turn:t.example:3478'], ttlSeconds: 3600 },
      NOW_MS,
    );
    const [expiry, id] = (server.username ?? '').split(':');
    expect(Number(expiry)).toBe(NOW_MS / 1000 + 3600);
    expect(id).toMatch(/^[A-Za-z0-9_-]{12}$/);
    // What coturn computes from its static-auth-secret (turnserver's HMAC-SHA1 over the username).
    const expected = createHmac('sha1', secret)
      .update(server.username ?? '')
      .digest('base64');
    expect(server.credential).toBe(expected);
    expect(server.credential).toMatch(/^[A-Za-z0-9+/]{27}=$/);
  });
});

describe('the address a connection counts against', () => {
  const handshake = (forwardedFor?: string) =>
    ({
      address: '10.0.0.2',
      headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
    }) as unknown as Socket['handshake'];

  it("is the socket's own address unless TRUST_PROXY=1: a client's header proves nothing", () => {
    expect(addressOfFromEnv({})(handshake('203.0.113.9'))).toBe('10.0.0.2');
  });

  it("behind the proxy, is the hop the proxy added last, not the client's own claims", () => {
    const addressOf = addressOfFromEnv({ TRUST_PROXY: '1' });
    expect(addressOf(handshake('198.51.100.7, 203.0.113.9'))).toBe('203.0.113.9');
    expect(addressOf(handshake())).toBe('10.0.0.2');
  });

  it('says which variable is wrong', async () => {
    expect(() => addressOfFromEnv({ TRUST_PROXY: 'yes' })).toThrow(/^TRUST_PROXY/);
    await expect(signalingFromEnv({ MAX_CONNECTIONS_PER_ADDRESS: '0' })).rejects.toThrow(
      /^MAX_CONNECTIONS_PER_ADDRESS/,
    );
  });
});
