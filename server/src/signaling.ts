// The signaling server: Socket.IO on the app's own HTTP server. A therapist creates a visit, the
// server mints its invite secret; the one patient holding it waits until admitted; then the server
// relays WebRTC signaling between the two, and only between them. Every message is rate limited,
// size capped and validated before a handler sees it; a refusal answers the sender and leaves the
// visit as it was. Rooms per visit: `v:<id>` the admitted members (signals go there),
// `v:<id>:t` the therapist, `v:<id>:p` the patient, so Socket.IO's Redis adapter can reach a
// member on any node.
import type { Server as HttpServer } from 'node:http';
import { Server, type ServerOptions, type Socket } from 'socket.io';
import type { ZodType } from 'zod';
import {
  CreateVisitSchema,
  JoinVisitSchema,
  MAX_MESSAGE_BYTES,
  MAX_PACKET_BYTES,
  ResumeVisitSchema,
  SIGNALING_PATH,
  SignalMessageSchema,
  VisitRefSchema,
  signalingError,
  type ClientToServerEvents,
  type IceServer,
  type Reply,
  type ServerToClientEvents,
  type SignalingError,
  type SignalingErrorCode,
  type VisitEndReason,
} from '../../src/platform/signaling/protocol';
import { consoleLog, type SignalingLog } from './log';
import { hashSecret, mintSecret, mintVisitId } from './secrets';
import {
  createTokenBucket,
  DEFAULT_RATE_LIMIT,
  type RateLimit,
  type TokenBucket,
} from './token-bucket';
import { createMemoryVisitStore, type Member, type VisitStore } from './visit-store';

export interface SignalingOptions {
  /** Default: this process's memory. With REDIS_URL, the Redis store (see config.ts). */
  readonly store?: VisitStore;
  /** Socket.IO adapter (the Redis adapter for several nodes); default in-memory. */
  readonly adapter?: ServerOptions['adapter'];
  /** ICE servers for one member of a visit (TURN credentials are minted per call). */
  readonly iceServers?: (nowMs: number) => readonly IceServer[];
  /** How long an invite (and its visit) lasts. Default 2 h. */
  readonly inviteTtlMs?: number;
  readonly rateLimit?: RateLimit;
  /**
   * Sockets one address may hold on this node at once (default 64: a clinic's devices behind one
   * NAT share an address). Past it, a connection is refused before any handler runs.
   */
  readonly maxConnectionsPerAddress?: number;
  /**
   * Where a connection comes from: the socket's remote address by default; behind a reverse proxy
   * the proxy's `X-Forwarded-For` (see `TRUST_PROXY` in config.ts).
   */
  readonly addressOf?: (handshake: Socket['handshake']) => string;
  /** Wall clock in ms (injected by tests). */
  readonly now?: () => number;
  readonly log?: SignalingLog;
}

export interface Signaling {
  readonly io: Server<ClientToServerEvents, ServerToClientEvents>;
  /** Clears every timer and closes every socket, and with them the HTTP server (Socket.IO's close). */
  close(): Promise<void>;
}

type ServerSocket = Socket<ClientToServerEvents, ServerToClientEvents, object, SocketData>;
interface SocketData {
  bucket?: TokenBucket;
}

export const DEFAULT_INVITE_TTL_MS = 2 * 60 * 60 * 1000;
export const DEFAULT_MAX_CONNECTIONS_PER_ADDRESS = 64;
const remoteAddress = (handshake: Socket['handshake']): string => handshake.address;

const room = (visitId: string): string => `v:${visitId}`;
const memberRoom = (visitId: string, member: Member): string =>
  `v:${visitId}:${member === 'therapist' ? 't' : 'p'}`;
const allRooms = (visitId: string): string[] => [
  room(visitId),
  memberRoom(visitId, 'therapist'),
  memberRoom(visitId, 'patient'),
];

/** The visit this socket belongs to and as whom, from its rooms (null: none). */
function membership(socket: ServerSocket): { visitId: string; member: Member } | null {
  for (const name of socket.rooms) {
    const match = /^v:([A-Za-z0-9_-]+):([tp])$/.exec(name);
    if (match?.[1] !== undefined) {
      return { visitId: match[1], member: match[2] === 't' ? 'therapist' : 'patient' };
    }
  }
  return null;
}

const KNOWN_EVENTS = new Set<string>([
  'visit:create',
  'visit:resume',
  'visit:join',
  'visit:admit',
  'visit:end',
  'signal',
]);

export function createSignaling(httpServer: HttpServer, options: SignalingOptions = {}): Signaling {
  const store = options.store ?? createMemoryVisitStore();
  const now = options.now ?? Date.now;
  const log = options.log ?? consoleLog;
  const iceServers = options.iceServers ?? (() => []);
  const inviteTtlMs = options.inviteTtlMs ?? DEFAULT_INVITE_TTL_MS;
  const rateLimit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  const io = new Server<ClientToServerEvents, ServerToClientEvents, object, SocketData>(
    httpServer,
    {
      path: SIGNALING_PATH,
      maxHttpBufferSize: MAX_PACKET_BYTES,
      serveClient: false,
      // Same origin only: the app and the signaling are served together.
      cors: undefined,
      // Vite's HMR websocket shares the dev server: leave upgrades on other paths alone.
      destroyUpgrade: false,
      ...(options.adapter === undefined ? {} : { adapter: options.adapter }),
    },
  );
  /** This node's expiry timer per visit it has a member of. */
  const timers = new Map<string, NodeJS.Timeout>();
  /** This node's open sockets per address. */
  const perAddress = new Map<string, number>();
  const maxPerAddress = options.maxConnectionsPerAddress ?? DEFAULT_MAX_CONNECTIONS_PER_ADDRESS;
  const addressOf = options.addressOf ?? remoteAddress;

  // Before a connection is taken: the cap per address. A refused one counts for nothing.
  io.use((socket, next) => {
    const address = addressOf(socket.handshake);
    const held = perAddress.get(address) ?? 0;
    if (held >= maxPerAddress) {
      log({ event: 'refused', code: 'too-many-connections' });
      const error = new Error('too-many-connections') as Error & { data: SignalingError };
      error.data = signalingError('too-many-connections');
      next(error);
      return;
    }
    perAddress.set(address, held + 1);
    socket.once('disconnect', () => {
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left > 0) perAddress.set(address, left);
      else perAddress.delete(address);
    });
    next();
  });

  const refuse = (code: SignalingErrorCode): Reply<never> => {
    log({ event: 'refused', code });
    return { ok: false, error: signalingError(code) };
  };

  const scheduleExpiry = (visitId: string, expiresAtMs: number): void => {
    if (timers.has(visitId)) return;
    const timer = setTimeout(() => void expire(visitId), Math.max(0, expiresAtMs - now()));
    timer.unref();
    timers.set(visitId, timer);
  };
  const clearExpiry = (visitId: string): void => {
    clearTimeout(timers.get(visitId));
    timers.delete(visitId);
  };
  const hasLocalMembers = (visitId: string, except?: string): boolean =>
    allRooms(visitId).some((name) =>
      [...(io.of('/').adapter.rooms.get(name) ?? [])].some((id) => id !== except),
    );

  /** Each node ends its own sockets' part of an expired visit. */
  async function expire(visitId: string): Promise<void> {
    timers.delete(visitId);
    io.local.to(allRooms(visitId)).emit('visit:ended', { visitId, reason: 'expired' });
    io.local.in(allRooms(visitId)).socketsLeave(allRooms(visitId));
    await store.remove(visitId);
    log({ event: 'visit-expired', visits: timers.size });
  }

  async function end(visitId: string, reason: VisitEndReason): Promise<void> {
    io.to(allRooms(visitId)).emit('visit:ended', { visitId, reason });
    io.in(allRooms(visitId)).socketsLeave(allRooms(visitId));
    clearExpiry(visitId);
    await store.remove(visitId);
    log({ event: 'visit-ended', visits: timers.size });
  }

  /** Registers a handler whose message is validated by `schema` first. */
  function handle<T, R extends object>(
    socket: ServerSocket,
    event: keyof ClientToServerEvents,
    schema: ZodType<T>,
    handler: (message: T) => Promise<Reply<R>>,
  ): void {
    socket.on(event, (raw: unknown, ack: unknown) => {
      const reply = replier(socket, ack);
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        reply(refuse('message-invalid'));
        return;
      }
      handler(parsed.data).then(reply, () => reply(refuse('server-error')));
    });
  }

  io.on('connection', (socket: ServerSocket) => {
    log({ event: 'connected' });
    socket.data.bucket = createTokenBucket(rateLimit, now());

    // Before any handler: the rate limit, the size cap, and unknown events.
    socket.use((packet, next) => {
      const [event, ...args] = packet;
      const last = args.at(-1);
      const reply = replier(socket, last);
      if (socket.data.bucket?.take(now()) !== true) return reply(refuse('rate-limited'));
      const payload = typeof last === 'function' ? args.slice(0, -1) : args;
      if (Buffer.byteLength(JSON.stringify(payload) ?? '') > MAX_MESSAGE_BYTES) {
        return reply(refuse('message-too-large'));
      }
      if (!KNOWN_EVENTS.has(event)) return reply(refuse('message-invalid'));
      next();
    });

    handle(socket, 'visit:create', CreateVisitSchema, async () => {
      if (membership(socket) !== null) return refuse('not-allowed');
      const visitId = mintVisitId();
      const secret = mintSecret();
      const hostKey = mintSecret();
      const expiresAtMs = now() + inviteTtlMs;
      await store.create({
        visitId,
        secretHash: hashSecret(secret),
        hostKeyHash: hashSecret(hostKey),
        expiresAtMs,
      });
      await socket.join([room(visitId), memberRoom(visitId, 'therapist')]);
      scheduleExpiry(visitId, expiresAtMs);
      log({ event: 'visit-created', visits: timers.size });
      return { ok: true, visitId, secret, hostKey, expiresAtMs, iceServers: iceServers(now()) };
    });

    handle(socket, 'visit:resume', ResumeVisitSchema, async ({ visitId, hostKey }) => {
      if (membership(socket) !== null) return refuse('not-allowed');
      const claim = await store.claimTherapist(visitId, hashSecret(hostKey), now());
      if (!claim.ok) return refuse(claim.code);
      await socket.join([room(visitId), memberRoom(visitId, 'therapist')]);
      scheduleExpiry(visitId, claim.expiresAtMs);
      log({ event: 'visit-resumed', visits: timers.size });
      return { ok: true, expiresAtMs: claim.expiresAtMs, iceServers: iceServers(now()) };
    });

    handle(socket, 'visit:join', JoinVisitSchema, async ({ visitId, secret }) => {
      if (membership(socket) !== null) return refuse('not-allowed');
      const claim = await store.claimPatient(visitId, hashSecret(secret), now());
      if (!claim.ok) return refuse(claim.code);
      await socket.join(memberRoom(visitId, 'patient'));
      scheduleExpiry(visitId, claim.expiresAtMs);
      io.to(memberRoom(visitId, 'therapist')).emit('visit:waiting', { visitId });
      log({ event: 'patient-waiting', visits: timers.size });
      return { ok: true, expiresAtMs: claim.expiresAtMs, iceServers: iceServers(now()) };
    });

    handle(socket, 'visit:admit', VisitRefSchema, async ({ visitId }) => {
      const member = membership(socket);
      if (member?.visitId !== visitId || member.member !== 'therapist') {
        return refuse('not-allowed');
      }
      // On whichever node the patient is: into the members' room, then told (same channel, in order).
      io.in(memberRoom(visitId, 'patient')).socketsJoin(room(visitId));
      io.to(memberRoom(visitId, 'patient')).emit('visit:admitted', { visitId });
      log({ event: 'patient-admitted' });
      return { ok: true };
    });

    handle(socket, 'visit:end', VisitRefSchema, async ({ visitId }) => {
      // An admitted member ends the visit; a patient still waiting leaves by disconnecting.
      const member = membership(socket);
      if (member?.visitId !== visitId || !socket.rooms.has(room(visitId))) {
        return refuse('not-allowed');
      }
      await end(visitId, member.member === 'therapist' ? 'ended-by-therapist' : 'ended-by-patient');
      return { ok: true };
    });

    handle(socket, 'signal', SignalMessageSchema, async (message) => {
      // Only an admitted member (in the members' room) reaches the other one.
      if (!socket.rooms.has(room(message.visitId))) return refuse('not-allowed');
      socket.to(room(message.visitId)).emit('signal', message);
      log({ event: 'signal-relayed', kind: message.signal.kind });
      return Promise.resolve({ ok: true });
    });

    socket.on('disconnecting', () => {
      const member = membership(socket);
      if (member === null) return;
      const { visitId } = member;
      socket.to(allRooms(visitId)).emit('visit:peer-left', { visitId });
      if (!hasLocalMembers(visitId, socket.id)) clearExpiry(visitId);
      store.leave(visitId, member.member).then(
        (isEmpty) => log({ event: isEmpty ? 'visit-ended' : 'peer-left', visits: timers.size }),
        () => log({ event: 'refused', code: 'server-error' }),
      );
    });
    socket.on('disconnect', () => log({ event: 'disconnected' }));
  });

  return {
    io,
    async close() {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      await io.close();
    },
  };
}

/** The acknowledgement to answer with, or a `refused` event when the sender gave none. */
function replier(socket: ServerSocket, ack: unknown): (reply: Reply<object>) => void {
  if (typeof ack === 'function') return (reply) => void (ack as (r: Reply<object>) => void)(reply);
  return (reply) => {
    if (!reply.ok) socket.emit('refused', reply.error);
  };
}
