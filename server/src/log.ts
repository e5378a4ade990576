// What the signaling server logs: event names and counts, nothing else. The entry's type has no
// free-text field, so an SDP, an ICE candidate, an id or a name cannot be logged by mistake.
import type { Signal, SignalingErrorCode } from '../../src/platform/signaling/protocol';

export type LogEvent =
  | 'connected'
  | 'disconnected'
  | 'visit-created'
  | 'visit-resumed'
  | 'patient-waiting'
  | 'patient-admitted'
  | 'signal-relayed'
  | 'peer-left'
  | 'visit-ended'
  | 'visit-expired'
  | 'refused';

export interface LogEntry {
  readonly event: LogEvent;
  /** Why a message was refused. */
  readonly code?: SignalingErrorCode;
  /** Which kind of signal was relayed (never its content). */
  readonly kind?: Signal['kind'];
  /** Visits held by this node after the event. */
  readonly visits?: number;
}

export type SignalingLog = (entry: LogEntry) => void;

/** One JSON line per event on stdout. */
export const consoleLog: SignalingLog = (entry) => {
  console.log(JSON.stringify({ t: new Date().toISOString(), ...entry }));
};

export const silentLog: SignalingLog = () => {};
