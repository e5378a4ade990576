// One contract, both visit stores: the in-memory one and the Redis one on a real redis-server
// (skipped with a message without redis-server, except under CI=true).
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisVisitStore } from '../../server/src/redis-visit-store';
import { createMemoryVisitStore, type VisitStore } from '../../server/src/visit-store';
import { hasRedisServer, startRedis, type RedisProcess } from './redis-harness';

const NOW_MS = Date.now();
let serial = 0;
const newVisit = () => {
  serial += 1;
  return {
    visitId: `visit-${serial}-aaaaaaaaaaaaaaaa`,
    secretHash: `secret-${serial}`,
    hostKeyHash: `host-${serial}`,
    expiresAtMs: NOW_MS + 60_000,
  };
};

function contract(name: string, open: () => VisitStore) {
  describe(name, () => {
    it('gives the patient slot once, to the right secret, before the expiry', async () => {
      const store = open();
      const visit = newVisit();
      await store.create(visit);
      expect(await store.claimPatient(visit.visitId, 'wrong', NOW_MS)).toEqual({
        ok: false,
        code: 'invite-invalid',
      });
      expect(await store.claimPatient('no-such-visit', visit.secretHash, NOW_MS)).toEqual({
        ok: false,
        code: 'invite-invalid',
      });
      // The host key is not the invite secret.
      expect(await store.claimPatient(visit.visitId, visit.hostKeyHash, NOW_MS)).toEqual({
        ok: false,
        code: 'invite-invalid',
      });
      expect(await store.claimPatient(visit.visitId, visit.secretHash, visit.expiresAtMs)).toEqual({
        ok: false,
        code: 'invite-expired',
      });
      expect(await store.claimPatient(visit.visitId, visit.secretHash, NOW_MS)).toEqual({
        ok: true,
        expiresAtMs: visit.expiresAtMs,
      });
      expect(await store.claimPatient(visit.visitId, visit.secretHash, NOW_MS)).toEqual({
        ok: false,
        code: 'visit-full',
      });
    });

    it('lets the therapist back only after leaving, with the host key', async () => {
      const store = open();
      const visit = newVisit();
      await store.create(visit);
      expect(await store.claimTherapist(visit.visitId, visit.hostKeyHash, NOW_MS)).toEqual({
        ok: false,
        code: 'visit-full',
      });
      expect(await store.claimPatient(visit.visitId, visit.secretHash, NOW_MS)).toMatchObject({
        ok: true,
      });
      expect(await store.leave(visit.visitId, 'therapist')).toBe(false);
      expect(await store.claimTherapist(visit.visitId, visit.secretHash, NOW_MS)).toEqual({
        ok: false,
        code: 'invite-invalid',
      });
      expect(await store.claimTherapist(visit.visitId, visit.hostKeyHash, NOW_MS)).toMatchObject({
        ok: true,
      });
    });

    it('forgets a visit when both have left, or when it is removed', async () => {
      const store = open();
      const before = await store.count();
      const [left, removed] = [newVisit(), newVisit()];
      await store.create(left);
      await store.create(removed);
      expect(await store.count()).toBe(before + 2);
      await store.claimPatient(left.visitId, left.secretHash, NOW_MS);
      expect(await store.leave(left.visitId, 'patient')).toBe(false);
      expect(await store.leave(left.visitId, 'therapist')).toBe(true);
      await store.remove(removed.visitId);
      expect(await store.count()).toBe(before);
      expect(await store.claimPatient(left.visitId, left.secretHash, NOW_MS)).toEqual({
        ok: false,
        code: 'invite-invalid',
      });
    });
  });
}

contract('memory visit store', createMemoryVisitStore);

const isCi = process.env['CI'] === 'true';
const canRun = hasRedisServer();
if (!canRun && !isCi) {
  console.warn('Skipping the Redis visit store test: redis-server is not installed.');
}
describe.runIf(canRun || isCi)('with redis-server', () => {
  let redis: RedisProcess;
  let client: ReturnType<typeof createClient>;
  beforeAll(async () => {
    if (!canRun) throw new Error('CI needs redis-server: apt install redis-server');
    redis = await startRedis();
    client = createClient({ url: redis.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.quit();
    await redis?.stop();
  });
  contract('Redis visit store', () => createRedisVisitStore(client));

  it('sets the visit key to expire in Redis at the visit expiry (PEXPIREAT)', async () => {
    const store = createRedisVisitStore(client);
    const visit = newVisit();
    await store.create(visit);
    const ttlMs = await client.pTTL(`formcoach:visit:${visit.visitId}`);
    expect(ttlMs).toBeGreaterThan(0);
    expect(ttlMs).toBeLessThanOrEqual(visit.expiresAtMs - NOW_MS);
  });
});
