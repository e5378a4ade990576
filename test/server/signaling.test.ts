// The signaling server with real socket.io clients over a real port: a visit from create to end,
// every refusal, and that a refused message leaves the visit working.
import { afterEach, describe, expect, it } from 'vitest';
import type { LogEntry } from '../../server/src/log';
import { createMemoryVisitStore } from '../../server/src/visit-store';
import {
  MAX_MESSAGE_BYTES,
  MAX_PACKET_BYTES,
  type Signal,
  type SignalMessage,
} from '../../src/platform/signaling/protocol';
import {
  connectClient,
  nextEvent,
  request,
  startNode,
  type Client,
  type Node,
} from './signaling-harness';

const TTL_MS = 2 * 60 * 60 * 1000;
const OFFER: Signal = {
  kind: 'offer',
  sdp: 'v=0\r\no=- 4611 2 IN IP4 127.0.0.1\r\nSDP-MARKER-OFFER',
};
const ANSWER: Signal = {
  kind: 'answer',
  sdp: 'v=0\r\no=- 7311 2 IN IP4 127.0.0.1\r\nSDP-MARKER-ANSWER',
};
const CANDIDATE: Signal = {
  kind: 'candidate',
  candidate: {
    candidate: 'candidate:842163049 1 udp 1677729535 192.168.77.23 46154 typ srflx',
    sdpMid: '0',
    sdpMLineIndex: 0,
    usernameFragment: 'UFRAGMARKER',
  },
};

interface Created {
  ok: true;
  visitId: string;
  secret: string;
  hostKey: string;
  expiresAtMs: number;
}

let nowMs = 1_800_000_000_000;
const open: { nodes: Node[]; clients: Client[] } = { nodes: [], clients: [] };
afterEach(async () => {
  for (const client of open.clients.splice(0)) client.disconnect();
  await Promise.all(open.nodes.splice(0).map((node) => node.close()));
});

async function setup(
  options: { capacity?: number; ttlMs?: number; maxConnectionsPerAddress?: number } = {},
) {
  const logs: LogEntry[] = [];
  const store = createMemoryVisitStore();
  const node = await startNode({
    store,
    now: () => nowMs,
    log: (entry) => logs.push(entry),
    inviteTtlMs: options.ttlMs ?? TTL_MS,
    rateLimit: { capacity: options.capacity ?? 60, refillPerSecond: 20 },
    ...(options.maxConnectionsPerAddress === undefined
      ? {}
      : { maxConnectionsPerAddress: options.maxConnectionsPerAddress }),
  });
  open.nodes.push(node);
  const client = async () => {
    const socket = await connectClient(node.url);
    open.clients.push(socket);
    return socket;
  };
  return { node, logs, store, client };
}

/** A therapist with a visit and its admitted patient. */
async function admittedVisit(env: Awaited<ReturnType<typeof setup>>) {
  const therapist = await env.client();
  const patient = await env.client();
  const created = (await request(therapist, 'visit:create', {})) as Created;
  expect(created.ok).toBe(true);
  const waiting = nextEvent(therapist, 'visit:waiting');
  const joined = await request(patient, 'visit:join', {
    visitId: created.visitId,
    secret: created.secret,
  });
  expect(joined).toEqual({ ok: true, expiresAtMs: created.expiresAtMs, iceServers: [] });
  expect(await waiting).toEqual({ visitId: created.visitId });
  const admitted = nextEvent(patient, 'visit:admitted');
  expect(await request(therapist, 'visit:admit', { visitId: created.visitId })).toEqual({
    ok: true,
  });
  expect(await admitted).toEqual({ visitId: created.visitId });
  return { therapist, patient, created };
}

/** `from` sends `signal`; `to` receives exactly it. */
async function expectRelay(from: Client, to: Client, visitId: string, signal: Signal) {
  const received = nextEvent(to, 'signal');
  expect(await request(from, 'signal', { visitId, signal })).toEqual({ ok: true });
  expect(await received).toEqual({ visitId, signal });
}

const refusal = (code: string) => ({ ok: false, error: { code, message: expect.any(String) } });

describe('signaling server', () => {
  it('creates a visit, admits the patient, relays offer, answer and candidates, and ends it', async () => {
    const env = await setup();
    const { therapist, patient, created } = await admittedVisit(env);
    expect(created.secret).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits, base64url
    expect(created.expiresAtMs).toBe(nowMs + TTL_MS);
    await expectRelay(therapist, patient, created.visitId, OFFER);
    await expectRelay(patient, therapist, created.visitId, ANSWER);
    await expectRelay(patient, therapist, created.visitId, CANDIDATE);
    await expectRelay(therapist, patient, created.visitId, { kind: 'restart' });
    expect(await env.store.count()).toBe(1);

    const endedForPatient = nextEvent(patient, 'visit:ended');
    const endedForTherapist = nextEvent(therapist, 'visit:ended');
    expect(await request(patient, 'visit:end', { visitId: created.visitId })).toEqual({ ok: true });
    const ended = { visitId: created.visitId, reason: 'ended-by-patient' };
    expect(await endedForPatient).toEqual(ended);
    expect(await endedForTherapist).toEqual(ended);
    expect(await env.store.count()).toBe(0);
    // Ended means no more relay, and the same link admits nobody.
    expect(await request(therapist, 'signal', { visitId: created.visitId, signal: OFFER })).toEqual(
      refusal('not-allowed'),
    );
    const late = await env.client();
    expect(
      await request(late, 'visit:join', { visitId: created.visitId, secret: created.secret }),
    ).toEqual(refusal('invite-invalid'));
  });

  it('refuses a wrong secret, an expired one, and a third device', async () => {
    const env = await setup();
    const therapist = await env.client();
    const created = (await request(therapist, 'visit:create', {})) as Created;
    const stranger = await env.client();
    const wrong = `${created.secret.slice(0, -1)}${created.secret.endsWith('A') ? 'B' : 'A'}`;
    expect(
      await request(stranger, 'visit:join', { visitId: created.visitId, secret: wrong }),
    ).toEqual(refusal('invite-invalid'));
    const patient = await env.client();
    const join = { visitId: created.visitId, secret: created.secret };
    expect(await request(patient, 'visit:join', join)).toMatchObject({ ok: true });
    expect(await request(stranger, 'visit:join', join)).toEqual(refusal('visit-full'));
    // The patient's device leaves: the link lets it (or another) back in, once.
    const left = nextEvent(therapist, 'visit:peer-left');
    patient.disconnect();
    await left;
    expect(await request(stranger, 'visit:join', join)).toMatchObject({ ok: true });

    const second = (await request(therapist, 'visit:create', {})) as unknown;
    expect(second).toEqual(refusal('not-allowed')); // one visit per connection
    const other = await env.client();
    const later = (await request(other, 'visit:create', {})) as Created;
    nowMs += TTL_MS;
    const expired = await request(await env.client(), 'visit:join', {
      visitId: later.visitId,
      secret: later.secret,
    });
    expect(expired).toEqual(refusal('invite-expired'));
    expect((expired as { error: { message: string } }).error.message).toMatch(/expired/);
  });

  it('ends a visit at its expiry and forgets it', async () => {
    const env = await setup({ ttlMs: 50 });
    const { therapist, patient, created } = await admittedVisit(env);
    const expected = { visitId: created.visitId, reason: 'expired' };
    expect(await nextEvent(patient, 'visit:ended')).toEqual(expected);
    expect(await request(therapist, 'signal', { visitId: created.visitId, signal: OFFER })).toEqual(
      refusal('not-allowed'),
    );
    expect(await env.store.count()).toBe(0);
  });

  it('forgets a visit when both members have left', async () => {
    const env = await setup();
    const { therapist, patient } = await admittedVisit(env);
    const left = nextEvent(therapist, 'visit:peer-left');
    patient.disconnect();
    await left;
    expect(await env.store.count()).toBe(1);
    therapist.disconnect();
    await expect.poll(() => env.store.count()).toBe(0);
  });

  it('lets the therapist come back with the host key, and nobody else', async () => {
    const env = await setup();
    const { therapist, patient, created } = await admittedVisit(env);
    const left = nextEvent(patient, 'visit:peer-left');
    therapist.disconnect();
    await left;
    const back = await env.client();
    const resume = { visitId: created.visitId, hostKey: created.secret };
    expect(await request(back, 'visit:resume', resume)).toEqual(refusal('invite-invalid'));
    expect(
      await request(back, 'visit:resume', { visitId: created.visitId, hostKey: created.hostKey }),
    ).toMatchObject({ ok: true });
    await expectRelay(back, patient, created.visitId, { kind: 'restart' });
  });

  it('relays nothing from a patient still in the waiting room', async () => {
    const env = await setup();
    const therapist = await env.client();
    const created = (await request(therapist, 'visit:create', {})) as Created;
    const patient = await env.client();
    await request(patient, 'visit:join', { visitId: created.visitId, secret: created.secret });
    expect(await request(patient, 'signal', { visitId: created.visitId, signal: OFFER })).toEqual(
      refusal('not-allowed'),
    );
    expect(await request(patient, 'visit:admit', { visitId: created.visitId })).toEqual(
      refusal('not-allowed'),
    );
    expect(await request(patient, 'visit:end', { visitId: created.visitId })).toEqual(
      refusal('not-allowed'),
    );
    expect(await env.store.count()).toBe(1);
  });

  it('refuses oversized and malformed messages and keeps the visit working', async () => {
    const env = await setup();
    const { therapist, patient, created } = await admittedVisit(env);
    const { visitId } = created;
    const huge: Signal = { kind: 'offer', sdp: 'a'.repeat(MAX_MESSAGE_BYTES + 1) };
    expect(await request(patient, 'signal', { visitId, signal: huge })).toEqual(
      refusal('message-too-large'),
    );
    expect(await request(patient, 'signal', { visitId, signal: { kind: 'pranswer' } })).toEqual(
      refusal('message-invalid'),
    );
    expect(await request(patient, 'signal', 'not an object')).toEqual(refusal('message-invalid'));
    expect(await request(patient, 'visit:shout', { visitId })).toEqual(refusal('message-invalid'));
    // Without an acknowledgement the refusal comes as an event.
    const refused = nextEvent(patient, 'refused');
    patient.emit('signal', { visitId, signal: { kind: 'offer' } } as never, undefined as never);
    expect(await refused).toEqual({ code: 'message-invalid', message: expect.any(String) });

    await expectRelay(patient, therapist, visitId, ANSWER);
    await expectRelay(therapist, patient, visitId, CANDIDATE);
  });

  it("cuts off only the sender of a packet past Socket.IO's cap; the patient can come back", async () => {
    const env = await setup();
    const { therapist, patient, created } = await admittedVisit(env);
    const { visitId } = created;
    const left = nextEvent(therapist, 'visit:peer-left');
    const cut = new Promise<string>((resolve) => patient.once('disconnect', resolve));
    const packet = { visitId, signal: { kind: 'offer', sdp: 'a'.repeat(MAX_PACKET_BYTES) } };
    patient.emit('signal', packet as SignalMessage, () => {}); // never answered: the socket is cut
    expect(await cut).toBe('transport close');
    expect(await left).toEqual({ visitId });
    const back = await env.client();
    expect(await request(back, 'visit:join', { visitId, secret: created.secret })).toMatchObject({
      ok: true,
    });
    const admitted = nextEvent(back, 'visit:admitted');
    await request(therapist, 'visit:admit', { visitId });
    await admitted;
    await expectRelay(back, therapist, visitId, ANSWER);
  });

  it('drops a flood beyond the rate limit and keeps the visit working', async () => {
    const capacity = 40;
    const env = await setup({ capacity });
    const { therapist, patient, created } = await admittedVisit(env);
    const { visitId } = created;
    let relayed = 0;
    therapist.on('signal', () => (relayed += 1));
    const replies = await Promise.all(
      Array.from({ length: 200 }, () => request(patient, 'signal', { visitId, signal: CANDIDATE })),
    );
    const accepted = replies.filter((reply) => (reply as { ok: boolean }).ok).length;
    expect(accepted).toBe(capacity - 1); // the patient's join took a token
    expect(replies.filter((reply) => !(reply as { ok: boolean }).ok)).toEqual(
      Array.from({ length: 200 - accepted }, () => refusal('rate-limited')),
    );
    therapist.off('signal');
    expect(relayed).toBe(accepted);

    // The therapist's own budget is untouched; the patient's refills with time.
    await expectRelay(therapist, patient, visitId, OFFER);
    nowMs += 1000;
    await expectRelay(patient, therapist, visitId, ANSWER);
  });

  it('logs event names and counts only: no SDP, candidate, secret or id', async () => {
    const env = await setup();
    const { therapist, patient, created } = await admittedVisit(env);
    await expectRelay(therapist, patient, created.visitId, OFFER);
    await expectRelay(patient, therapist, created.visitId, CANDIDATE);
    await request(patient, 'signal', {
      visitId: created.visitId,
      signal: { kind: 'x', sdp: 'SDP-MARKER-BAD' },
    });
    await request(therapist, 'visit:end', { visitId: created.visitId });
    const text = JSON.stringify(env.logs);
    expect(env.logs.map((entry) => entry.event)).toEqual(
      expect.arrayContaining([
        'visit-created',
        'patient-admitted',
        'signal-relayed',
        'refused',
        'visit-ended',
      ]),
    );
    for (const secret of [
      'SDP-MARKER',
      '192.168.77.23',
      'UFRAGMARKER',
      'candidate:',
      created.secret,
      created.hostKey,
      created.visitId,
    ]) {
      expect(text).not.toContain(secret);
    }
    for (const entry of env.logs) {
      expect(
        Object.keys(entry).every((key) => ['event', 'code', 'kind', 'visits'].includes(key)),
      ).toBe(true);
    }
  });

  it('refuses connections past the cap from one address, and takes them again when one leaves', async () => {
    const env = await setup({ maxConnectionsPerAddress: 2 });
    const [first, second] = [await env.client(), await env.client()];
    const refused = await connectClient(env.node.url).then(
      (extra) => {
        open.clients.push(extra);
        return null;
      },
      (error: unknown) => error as Error & { data?: unknown },
    );
    expect(refused?.message).toBe('too-many-connections');
    expect(refused?.data).toEqual({ code: 'too-many-connections', message: expect.any(String) });
    expect(env.logs.filter((entry) => entry.code === 'too-many-connections')).toHaveLength(1);
    // The two held are unharmed: a visit between them works.
    const created = (await request(first, 'visit:create', {})) as Created;
    expect(created.ok).toBe(true);
    expect(
      await request(second, 'visit:join', { visitId: created.visitId, secret: created.secret }),
    ).toMatchObject({ ok: true });
    // One leaves; its place is free again (the refused attempt took none).
    first.disconnect();
    await expect.poll(() => env.node.signaling.io.engine.clientsCount).toBe(1);
    await env.client();
  });
});
