// The signaling protocol between the browser and FormCoach's server, one module for both: the
// server validates every message with these schemas and the browser client takes its types from
// them, so the wire shape, its validator and its type cannot drift. The server relays WebRTC
// signaling between the two members of a visit and never looks inside (SDP and ICE candidates are
// opaque strings here); video, audio and metrics go browser to browser and never reach it.
import { z } from '../zod';

/** The Socket.IO path the server listens on (same origin as the app). */
export const SIGNALING_PATH = '/socket.io';

/**
 * The largest signaling message the server accepts, in bytes of its JSON. A Chromium offer with
 * audio, video and two data channels is ~5–8 kB; 16 KiB leaves room for more codecs.
 */
export const MAX_MESSAGE_BYTES = 16 * 1024;

/**
 * Socket.IO's own cap on one packet (`maxHttpBufferSize`): a packet above it closes the socket
 * before any handler sees it. Above MAX_MESSAGE_BYTES so an oversized signal is refused with a
 * message and the socket kept; only a far larger packet is cut off.
 */
export const MAX_PACKET_BYTES = 64 * 1024;

/** Random ids and secrets: base64url, no padding. */
const base64url = (minChars: number) =>
  z
    .string()
    .min(minChars)
    .max(128)
    .regex(/^[A-Za-z0-9_-]+$/);

/** A visit's id (128 random bits, 22 characters). */
export const VisitIdSchema = base64url(22);
/** The invite secret in the patient's link (256 random bits) and the therapist's host key. */
export const SecretSchema = base64url(43);

export const CreateVisitSchema = z.strictObject({});
export const JoinVisitSchema = z.strictObject({ visitId: VisitIdSchema, secret: SecretSchema });
/** The therapist comes back to a visit after a dropped connection, with the host key. */
export const ResumeVisitSchema = z.strictObject({ visitId: VisitIdSchema, hostKey: SecretSchema });
export const VisitRefSchema = z.strictObject({ visitId: VisitIdSchema });

const Sdp = z.string().min(1).max(MAX_MESSAGE_BYTES);

/** What one peer sends the other through the server: opaque to the server. */
export const SignalSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('offer'), sdp: Sdp }),
  z.strictObject({ kind: z.literal('answer'), sdp: Sdp }),
  z.strictObject({
    kind: z.literal('candidate'),
    candidate: z.strictObject({
      candidate: z.string().max(2048),
      sdpMid: z.string().max(64).nullable(),
      sdpMLineIndex: z.number().int().min(0).max(255).nullable(),
      usernameFragment: z.string().max(256).nullable().optional(),
    }),
  }),
  /** Asks the other side to restart ICE (it answers with an offer made with iceRestart). */
  z.strictObject({ kind: z.literal('restart') }),
]);

export const SignalMessageSchema = z.strictObject({
  visitId: VisitIdSchema,
  signal: SignalSchema,
});

export const IceServerSchema = z.strictObject({
  urls: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  username: z.string().optional(),
  credential: z.string().optional(),
});

export type CreateVisit = z.infer<typeof CreateVisitSchema>;
export type JoinVisit = z.infer<typeof JoinVisitSchema>;
export type ResumeVisit = z.infer<typeof ResumeVisitSchema>;
export type VisitRef = z.infer<typeof VisitRefSchema>;
export type Signal = z.infer<typeof SignalSchema>;
export type SignalMessage = z.infer<typeof SignalMessageSchema>;
export type IceServer = z.infer<typeof IceServerSchema>;

/** Every refusal the server can answer with; the client shows `message` as it is. */
export const SIGNALING_ERRORS = {
  'invite-invalid':
    'This invite link is not valid. Check the link, or ask your therapist for a new one.',
  'invite-expired': 'This invite link has expired. Ask your therapist for a new one.',
  'visit-full': 'Someone else has already joined this visit with this link.',
  'visit-ended': 'This visit has ended.',
  'not-allowed': 'Only the members of this visit can do that.',
  'message-invalid': 'The server did not understand a message from this device.',
  'message-too-large': 'A message from this device was too large, and the server refused it.',
  'rate-limited': 'This device sent too many messages at once; the server dropped some.',
  'too-many-connections':
    'Too many connections to the visit server come from this network. Close other visit tabs, or try again in a minute.',
  'server-error': 'The visit server had a problem. Try again.',
} as const;

export type SignalingErrorCode = keyof typeof SIGNALING_ERRORS;

export interface SignalingError {
  readonly code: SignalingErrorCode;
  readonly message: string;
}

/** The answer to every request (a Socket.IO acknowledgement). */
export type Reply<T extends object = object> =
  ({ readonly ok: true } & T) | { readonly ok: false; readonly error: SignalingError };

export interface VisitCreated {
  readonly visitId: string;
  readonly secret: string;
  readonly hostKey: string;
  readonly expiresAtMs: number;
  readonly iceServers: readonly IceServer[];
}

export interface VisitJoined {
  readonly expiresAtMs: number;
  readonly iceServers: readonly IceServer[];
}

/** Why a visit ended, as both members are told. */
export type VisitEndReason = 'ended-by-therapist' | 'ended-by-patient' | 'expired' | 'left';

type Ack<T extends object = object> = (reply: Reply<T>) => void;

/** Browser → server. Each request is answered through its acknowledgement. */
export interface ClientToServerEvents {
  'visit:create': (message: CreateVisit, ack: Ack<VisitCreated>) => void;
  'visit:resume': (message: ResumeVisit, ack: Ack<VisitJoined>) => void;
  'visit:join': (message: JoinVisit, ack: Ack<VisitJoined>) => void;
  'visit:admit': (message: VisitRef, ack: Ack) => void;
  'visit:end': (message: VisitRef, ack: Ack) => void;
  signal: (message: SignalMessage, ack: Ack) => void;
}

/** Server → browser. */
export interface ServerToClientEvents {
  /** To the therapist: a patient is in the waiting room (no name: the server knows none). */
  'visit:waiting': (event: VisitRef) => void;
  /** To the patient: the therapist let them in; signaling may start. */
  'visit:admitted': (event: VisitRef) => void;
  /** To a member: the other member's connection went away (they may come back). */
  'visit:peer-left': (event: VisitRef) => void;
  'visit:ended': (event: VisitRef & { readonly reason: VisitEndReason }) => void;
  signal: (message: SignalMessage) => void;
  /** A refusal of a message sent without an acknowledgement callback. */
  refused: (error: SignalingError) => void;
}

export const signalingError = (code: SignalingErrorCode): SignalingError => ({
  code,
  message: SIGNALING_ERRORS[code],
});
