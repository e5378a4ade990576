// The signaling node the signaling benchmark measures, in a process of its own so that its memory
// is its own: listens on an ephemeral localhost port, reports the port, answers 'memory'.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { silentLog } from '../../server/src/log';
import { createSignaling } from '../../server/src/signaling';

const http = createServer();
const signaling = createSignaling(http, { log: silentLog });
http.listen(0, '127.0.0.1', () => {
  process.send?.({ port: (http.address() as AddressInfo).port });
});
process.on('message', (message) => {
  if (message === 'memory') {
    const { rss, heapUsed } = process.memoryUsage();
    process.send?.({ rss, heapUsed });
  } else if (message === 'close') {
    void signaling.close().then(() => process.exit(0));
  }
});
