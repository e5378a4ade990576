// Scale-out: two signaling nodes sharing one real redis-server, configured from the environment
// as in production (REDIS_URL). A visit made on node A is joined on node B, and the nodes relay
// between them. Without redis-server the test is skipped with a message, except under CI=true.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signalingFromEnv, type EnvSignaling } from '../../server/src/config';
import { silentLog } from '../../server/src/log';
import type { Signal } from '../../src/platform/signaling/protocol';
import { hasRedisServer, startRedis, type RedisProcess } from './redis-harness';
import {
  connectClient,
  nextEvent,
  request,
  startNode,
  type Client,
  type Node,
} from './signaling-harness';

const isCi = process.env['CI'] === 'true';
const canRun = hasRedisServer();
if (!canRun && !isCi) {
  console.warn(
    'Skipping the scale-out test: redis-server is not installed (apt install redis-server).',
  );
}

describe.runIf(canRun || isCi)('signaling on two nodes sharing Redis', () => {
  let redis: RedisProcess;
  const envs: EnvSignaling[] = [];
  const nodes: Node[] = [];
  const clients: Client[] = [];

  beforeAll(async () => {
    if (!canRun)
      throw new Error('CI needs redis-server for the scale-out test: apt install redis-server');
    redis = await startRedis();
    for (let i = 0; i < 2; i += 1) {
      const env = await signalingFromEnv({ REDIS_URL: redis.url });
      envs.push(env);
      nodes.push(await startNode({ ...env.options, log: silentLog }));
    }
  });
  afterAll(async () => {
    for (const client of clients) client.disconnect();
    await Promise.all(nodes.map((node) => node.close()));
    await Promise.all(envs.map((env) => env.close()));
    await redis?.stop();
  });

  const clientOf = async (node: Node | undefined): Promise<Client> => {
    const client = await connectClient(node!.url);
    clients.push(client);
    return client;
  };

  it('joins, admits and relays between a therapist on node A and a patient on node B', async () => {
    const [a, b] = nodes;
    const therapist = await clientOf(a);
    const patient = await clientOf(b);
    const created = (await request(therapist, 'visit:create', {})) as {
      visitId: string;
      secret: string;
    };
    const { visitId } = created;
    const waiting = nextEvent(therapist, 'visit:waiting');
    expect(await request(patient, 'visit:join', { visitId, secret: created.secret })).toMatchObject(
      {
        ok: true,
      },
    );
    expect(await waiting).toEqual({ visitId });

    // A third device, on either node, is refused: the slot was taken in Redis.
    for (const node of [a, b]) {
      const third = await clientOf(node);
      expect(await request(third, 'visit:join', { visitId, secret: created.secret })).toEqual({
        ok: false,
        error: { code: 'visit-full', message: expect.any(String) },
      });
    }

    const admitted = nextEvent(patient, 'visit:admitted');
    expect(await request(therapist, 'visit:admit', { visitId })).toEqual({ ok: true });
    await admitted;
    const offer: Signal = { kind: 'offer', sdp: 'v=0 offer' };
    const answer: Signal = { kind: 'answer', sdp: 'v=0 answer' };
    const atPatient = nextEvent(patient, 'signal');
    expect(await request(therapist, 'signal', { visitId, signal: offer })).toEqual({ ok: true });
    expect(await atPatient).toEqual({ visitId, signal: offer });
    const atTherapist = nextEvent(therapist, 'signal');
    expect(await request(patient, 'signal', { visitId, signal: answer })).toEqual({ ok: true });
    expect(await atTherapist).toEqual({ visitId, signal: answer });

    const ended = nextEvent(patient, 'visit:ended');
    expect(await request(therapist, 'visit:end', { visitId })).toEqual({ ok: true });
    expect(await ended).toEqual({ visitId, reason: 'ended-by-therapist' });
    expect(await envs[0]!.options.store!.count()).toBe(0);
  });

  it('gives the patient slot to exactly one of two devices joining at once on two nodes', async () => {
    const [a, b] = nodes;
    const therapist = await clientOf(a);
    const created = (await request(therapist, 'visit:create', {})) as {
      visitId: string;
      secret: string;
    };
    const join = { visitId: created.visitId, secret: created.secret };
    const replies = await Promise.all(
      [a, b].map(
        async (node) =>
          (await request(await clientOf(node), 'visit:join', join)) as { ok: boolean },
      ),
    );
    expect(replies.map((reply) => reply.ok).sort()).toEqual([false, true]);
  });
});
