// Where the state of open visits lives: in this process (one node), or in Redis (several nodes
// behind one address share it, so a patient on node B joins a visit made on node A). It holds
// random ids and hashes only (never a name, never anything about the patient) and forgets a visit
// when it expires, ends, or both members have left.

/** A new visit, as the therapist's node creates it. */
export interface NewVisit {
  readonly visitId: string;
  /** SHA-256 of the invite secret (the secret itself is never stored). */
  readonly secretHash: string;
  /** SHA-256 of the therapist's host key (to come back after a dropped connection). */
  readonly hostKeyHash: string;
  readonly expiresAtMs: number;
}

export type Member = 'therapist' | 'patient';

/** The outcome of presenting a secret (or host key) for a visit. */
export type ClaimResult =
  | { readonly ok: true; readonly expiresAtMs: number }
  | { readonly ok: false; readonly code: 'invite-invalid' | 'invite-expired' | 'visit-full' };

export interface VisitStore {
  /** Records a visit with the therapist present and the patient's slot free. */
  create(visit: NewVisit): Promise<void>;
  /**
   * Takes the visit's one patient slot, atomically: of two devices presenting the secret at
   * once, one gets it. A wrong secret or an unknown visit is `invite-invalid`.
   */
  claimPatient(visitId: string, secretHash: string, nowMs: number): Promise<ClaimResult>;
  /** The therapist comes back with the host key (`visit-full` if they are already present). */
  claimTherapist(visitId: string, hostKeyHash: string, nowMs: number): Promise<ClaimResult>;
  /** A member left; true when nobody is left, and the visit has then been forgotten. */
  leave(visitId: string, member: Member): Promise<boolean>;
  /** Forgets a visit (ended or expired); forgetting an unknown visit is not an error. */
  remove(visitId: string): Promise<void>;
  /** How many visits are held (the memory store's count; Redis counts keys). */
  count(): Promise<number>;
}

interface MemoryVisit extends NewVisit {
  therapist: boolean;
  patient: boolean;
}

/** One node's visits, in a Map. Expired visits are removed by the signaling server's timers. */
export function createMemoryVisitStore(): VisitStore {
  const visits = new Map<string, MemoryVisit>();
  const claim = (
    visitId: string,
    hash: string,
    nowMs: number,
    member: Member,
  ): Promise<ClaimResult> => {
    const visit = visits.get(visitId);
    const expected = member === 'patient' ? visit?.secretHash : visit?.hostKeyHash;
    if (visit === undefined || expected !== hash) {
      return Promise.resolve({ ok: false, code: 'invite-invalid' });
    }
    if (visit.expiresAtMs <= nowMs) return Promise.resolve({ ok: false, code: 'invite-expired' });
    if (visit[member]) return Promise.resolve({ ok: false, code: 'visit-full' });
    visit[member] = true;
    return Promise.resolve({ ok: true, expiresAtMs: visit.expiresAtMs });
  };
  return {
    create(visit) {
      visits.set(visit.visitId, { ...visit, therapist: true, patient: false });
      return Promise.resolve();
    },
    claimPatient: (visitId, secretHash, nowMs) => claim(visitId, secretHash, nowMs, 'patient'),
    claimTherapist: (visitId, hostKeyHash, nowMs) =>
      claim(visitId, hostKeyHash, nowMs, 'therapist'),
    leave(visitId, member) {
      const visit = visits.get(visitId);
      if (visit === undefined) return Promise.resolve(true);
      visit[member] = false;
      const isEmpty = !visit.therapist && !visit.patient;
      if (isEmpty) visits.delete(visitId);
      return Promise.resolve(isEmpty);
    },
    remove(visitId) {
      visits.delete(visitId);
      return Promise.resolve();
    },
    count: () => Promise.resolve(visits.size),
  };
}
