// A real signaling server on an ephemeral port and real socket.io clients talking to it.
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { io as connect, type Socket } from 'socket.io-client';
import { createSignaling, type Signaling, type SignalingOptions } from '../../server/src/signaling';
import {
  SIGNALING_PATH,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '../../src/platform/signaling/protocol';

export type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface Node {
  readonly url: string;
  readonly signaling: Signaling;
  close(): Promise<void>;
}

export async function startNode(options: SignalingOptions): Promise<Node> {
  const http: HttpServer = createServer();
  const signaling = createSignaling(http, options);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    signaling,
    close: () => signaling.close(),
  };
}

/** A connected client (WebSocket only, as the browser client will be). */
export async function connectClient(url: string): Promise<Client> {
  const client: Client = connect(url, {
    path: SIGNALING_PATH,
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  await new Promise<void>((resolve, reject) => {
    client.once('connect', resolve);
    client.once('connect_error', reject);
  });
  return client;
}

/** The next `event` this client receives. */
export function nextEvent<E extends keyof ServerToClientEvents>(
  client: Client,
  event: E,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve) => {
    // socket.io-client's typed `once` cannot name a generic event's listener type.
    (client.once as (e: string, listener: (value: never) => void) => void)(event, resolve);
  });
}

/** Sends a request and waits for its acknowledgement. */
export function request(client: Client, event: string, message: unknown): Promise<unknown> {
  return (client.emitWithAck as (e: string, m: unknown) => Promise<unknown>)(event, message);
}
