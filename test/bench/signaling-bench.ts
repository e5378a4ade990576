// npm run bench:signaling [-- --visits N] [--messages N]
// Load on one signaling node on localhost, bounded: N visits (therapist + admitted patient, two
// WebSockets each) held at once, then every therapist relays M candidates to its patient (within
// the default rate limit's burst). Prints visits held, set-up rate, messages relayed per second and
// the node's RSS / heap (the node runs in its own process). The clients run in this process on the
// same 2 cores, so the rates are a floor for the node, not its ceiling. Not a test.
import { fork } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { io as connect } from 'socket.io-client';
import type { Signal } from '../../src/platform/signaling/protocol';
import { SIGNALING_PATH } from '../../src/platform/signaling/protocol';
import type { Client } from '../server/signaling-harness';

const { values } = parseArgs({
  options: {
    visits: { type: 'string', default: '1000' },
    messages: { type: 'string', default: '50' },
  },
});
const visits = Number(values.visits);
const messages = Number(values.messages);
const BATCH = 100;
const CANDIDATE: Signal = {
  kind: 'candidate',
  candidate: {
    candidate: 'candidate:842163049 1 udp 1677729535 10.0.0.1 46154 typ host',
    sdpMid: '0',
    sdpMLineIndex: 0,
  },
};

const node = fork(resolve(import.meta.dirname, 'signaling-node.ts'), {
  execArgv: ['--import', 'tsx'],
});
const fromNode = <T>(): Promise<T> => new Promise((done) => node.once('message', done));
const { port } = await fromNode<{ port: number }>();
const memory = async (): Promise<string> => {
  node.send('memory');
  const { rss, heapUsed } = await fromNode<{ rss: number; heapUsed: number }>();
  return `RSS ${(rss / 2 ** 20).toFixed(1)} MiB, heap ${(heapUsed / 2 ** 20).toFixed(1)} MiB`;
};
const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(1);

const open = (): Promise<Client> =>
  new Promise((done, fail) => {
    const client: Client = connect(`http://127.0.0.1:${port}`, {
      path: SIGNALING_PATH,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    client.once('connect', () => done(client));
    client.once('connect_error', fail);
  });

/** Runs `task` for 0..count-1, `BATCH` at a time. */
async function inBatches<T>(count: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += BATCH) {
    const size = Math.min(BATCH, count - start);
    results.push(...(await Promise.all(Array.from({ length: size }, (_, k) => task(start + k)))));
  }
  return results;
}

console.log(`Signaling load, one node on localhost: ${visits} visits, ${messages} messages each`);
console.log(`  idle node: ${await memory()}`);
const setupStart = performance.now();
const pairs = await inBatches(visits, async () => {
  const therapist = await open();
  const patient = await open();
  const created = await therapist.emitWithAck('visit:create', {});
  if (!created.ok) throw new Error(created.error.message);
  const joined = await patient.emitWithAck('visit:join', {
    visitId: created.visitId,
    secret: created.secret,
  });
  if (!joined.ok) throw new Error(joined.error.message);
  const admitted = new Promise<void>((done) => patient.once('visit:admitted', () => done()));
  await therapist.emitWithAck('visit:admit', { visitId: created.visitId });
  await admitted;
  return { therapist, patient, visitId: created.visitId };
});
const setupS = (performance.now() - setupStart) / 1000;
console.log(
  `  ${pairs.length} visits held (${pairs.length * 2} sockets), set up in ${setupS.toFixed(1)} s ` +
    `(${(pairs.length / setupS).toFixed(0)} visits/s): ${await memory()}`,
);

const total = pairs.length * messages;
let received = 0;
const allReceived = new Promise<void>((done) => {
  for (const { patient } of pairs) {
    patient.on('signal', () => {
      received += 1;
      if (received === total) done();
    });
  }
});
const relayStart = performance.now();
for (const { therapist, visitId } of pairs) {
  for (let m = 0; m < messages; m += 1)
    therapist.emit('signal', { visitId, signal: CANDIDATE }, () => {});
}
await allReceived;
const relayS = (performance.now() - relayStart) / 1000;
console.log(
  `  relayed ${total} messages in ${relayS.toFixed(2)} s: ${(total / relayS).toFixed(0)} messages/s; ` +
    `after: ${await memory()}`,
);

await inBatches(pairs.length, async (i) => {
  const { therapist, patient, visitId } = pairs[i]!;
  await therapist.emitWithAck('visit:end', { visitId });
  therapist.disconnect();
  patient.disconnect();
});
console.log(`  all ended and disconnected: ${await memory()}`);
console.log(`  bench process: RSS ${mb(process.memoryUsage().rss)} MiB (the clients)`);
node.send('close');
