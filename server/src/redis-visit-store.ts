// The visit store in Redis, shared by every signaling node. One hash per visit, expiring with the
// visit (PEXPIREAT), changed only by Lua scripts so that a claim is atomic across nodes: two
// devices presenting the same secret on two nodes at once cannot both take the patient's slot.
import type { RedisClientType } from 'redis';
import type { ClaimResult, Member, VisitStore } from './visit-store';

const KEY_PREFIX = 'formcoach:visit:';
const key = (visitId: string): string => `${KEY_PREFIX}${visitId}`;

// KEYS[1] the visit; ARGV: hash field of the expected hash, the presented hash, now (ms), the
// presence field to take. Returns the outcome, and the expiry when claimed.
const CLAIM = `
local v = redis.call('HMGET', KEYS[1], ARGV[1], 'e', ARGV[4])
if not v[1] or v[1] ~= ARGV[2] then return {'invite-invalid'} end
if tonumber(v[2]) <= tonumber(ARGV[3]) then return {'invite-expired'} end
if v[3] == '1' then return {'visit-full'} end
redis.call('HSET', KEYS[1], ARGV[4], '1')
return {'ok', v[2]}
`;

// KEYS[1] the visit; ARGV[1] the presence field to clear. Returns 1 when nobody is left (and the
// visit is deleted), else 0.
const LEAVE = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 1 end
redis.call('HSET', KEYS[1], ARGV[1], '0')
local v = redis.call('HMGET', KEYS[1], 't', 'p')
if v[1] == '0' and v[2] == '0' then
  redis.call('DEL', KEYS[1])
  return 1
end
return 0
`;

const presence = (member: Member): string => (member === 'therapist' ? 't' : 'p');

type Client = Pick<RedisClientType, 'eval' | 'multi' | 'del' | 'scan'>;

export function createRedisVisitStore(client: Client): VisitStore {
  const claim = async (
    visitId: string,
    hashField: 's' | 'h',
    hash: string,
    nowMs: number,
    member: Member,
  ): Promise<ClaimResult> => {
    const reply = (await client.eval(CLAIM, {
      keys: [key(visitId)],
      arguments: [hashField, hash, String(nowMs), presence(member)],
    })) as [string, string?];
    const [outcome, expiresAt] = reply;
    if (outcome === 'ok') return { ok: true, expiresAtMs: Number(expiresAt) };
    if (outcome === 'invite-invalid' || outcome === 'invite-expired' || outcome === 'visit-full') {
      return { ok: false, code: outcome };
    }
    throw new Error(`Visit store: unexpected reply from Redis: ${String(outcome)}`);
  };
  return {
    async create(visit) {
      await client
        .multi()
        .hSet(key(visit.visitId), {
          s: visit.secretHash,
          h: visit.hostKeyHash,
          e: String(visit.expiresAtMs),
          t: '1',
          p: '0',
        })
        .pExpireAt(key(visit.visitId), visit.expiresAtMs)
        .exec();
    },
    claimPatient: (visitId, secretHash, nowMs) => claim(visitId, 's', secretHash, nowMs, 'patient'),
    claimTherapist: (visitId, hostKeyHash, nowMs) =>
      claim(visitId, 'h', hostKeyHash, nowMs, 'therapist'),
    async leave(visitId, member) {
      const reply = await client.eval(LEAVE, {
        keys: [key(visitId)],
        arguments: [presence(member)],
      });
      return reply === 1;
    },
    async remove(visitId) {
      await client.del(key(visitId));
    },
    async count() {
      let total = 0;
      let cursor = '0';
      do {
        const page = await client.scan(cursor, { MATCH: `${KEY_PREFIX}*`, COUNT: 1000 });
        cursor = String(page.cursor);
        total += page.keys.length;
      } while (cursor !== '0');
      return total;
    },
  };
}
