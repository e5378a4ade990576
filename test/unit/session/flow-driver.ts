// Drives the coach flow in unit tests: a fixed set of words, events applied in turn with their
// effects collected, and the frames, reps and summaries the flow reads, built by hand.
import type { AnalysisSummary, RepRecord } from '../../../src/core/analysis-types';
import type { CueEvent } from '../../../src/core/cues';
import type { SetProtocol, SetRunUpdate } from '../../../src/core/set-run';
import { Landmark, type PoseLandmark } from '../../../src/core/landmarks';
import type { AppError } from '../../../src/platform/errors';
import type { ReadinessRecord } from '../../../src/core/session/types';
import { ms } from '../../../src/core/units';
import type { FlowEffect, FlowEvent, FlowFrame } from '../../../src/ui/session/flow/events';
import { coachFlow } from '../../../src/ui/session/flow/flow';
import type { FlowWords } from '../../../src/ui/session/flow/live-frame';
import { flowInitial, type FlowState } from '../../../src/ui/session/flow/state';

export const words: FlowWords = {
  encourage: { halfway: 'HALFWAY', oneMore: 'ONE MORE', setDone: 'SET DONE' },
  announceRep: (count, target) => `REP ${count}/${target}`,
  describeNotCounting: (reason, exerciseId) => `NOT COUNTING ${reason.code} (${exerciseId})`,
  describeCue: (message) => (message.code === 'form_fault' ? (message.note ?? '') : message.code),
};

export const readinessRecord: ReadinessRecord = {
  answeredAt: 1,
  answers: {},
  clearanceAdvised: false,
  disclaimerAcceptedAt: 1,
};

export const cameraLost: AppError = {
  stage: 'Camera',
  code: 'ended',
  message: 'The camera stopped.',
};
export const workerLost: AppError = {
  stage: 'Worker',
  code: 'crashed',
  message: 'The movement tracker stopped.',
};

/** Applies events in turn; `effects` are those of the last event, `all` of every event. */
export class FlowDriver {
  state: FlowState;
  effects: readonly FlowEffect[] = [];
  all: FlowEffect[] = [];
  constructor(programId = 'builtin-knee') {
    this.state = flowInitial(programId, { speech: true, sounds: true, largeText: false });
  }
  send(...events: FlowEvent[]): this {
    for (const event of events) {
      const result = coachFlow(this.state, event, words);
      this.state = result.state;
      this.effects = result.effects;
      this.all.push(...result.effects);
    }
    return this;
  }
  /** The effects of the last event of these types. */
  effectsOf<T extends FlowEffect['type']>(type: T): Extract<FlowEffect, { type: T }>[] {
    return this.effects.filter((e): e is Extract<FlowEffect, { type: T }> => e.type === type);
  }
  writes(op?: string) {
    return this.effectsOf('persist')
      .map((e) => e.write)
      .filter((w) => op === undefined || w.op === op);
  }
}

/** A standing person spanning most of the frame, every landmark visible. */
export function standing(): PoseLandmark[] {
  const points = Array.from({ length: 33 }, () => ({
    x: 0.5,
    y: 0.1,
    z: 0,
    visibility: 0.9,
    presence: 0.9,
  }));
  const at = (fraction: number) => 0.1 + fraction * 0.8;
  const set = (i: number, y: number) => {
    points[i] = { x: 0.5, y, z: 0, visibility: 0.9, presence: 0.9 };
  };
  set(Landmark.nose, at(0));
  for (const i of [Landmark.leftShoulder, Landmark.rightShoulder]) set(i, at(0.2));
  for (const i of [Landmark.leftElbow, Landmark.rightElbow]) set(i, at(0.35));
  for (const i of [Landmark.leftWrist, Landmark.rightWrist]) set(i, at(0.5));
  for (const i of [Landmark.leftHip, Landmark.rightHip]) set(i, at(0.5));
  for (const i of [Landmark.leftKnee, Landmark.rightKnee]) set(i, at(0.75));
  for (const i of [Landmark.leftAnkle, Landmark.rightAnkle]) set(i, at(1));
  return points;
}

export function analysis(patch: Partial<SetRunUpdate> = {}): SetRunUpdate {
  return {
    timestampMs: ms(0),
    tracking: 'tracking',
    view: 'side',
    visibleSide: 'left',
    measures: {},
    phase: 'rest',
    repCount: 0,
    reps: [],
    partials: [],
    hold: null,
    balance: null,
    activeFaults: [],
    cues: [],
    posture: 'standing',
    notCounting: null,
    stage: { index: 0, key: 'main', count: 1, elapsedMs: 0, remainingMs: null },
    completion: null,
    ...patch,
  };
}

export function frame(
  atMs: number,
  update: SetRunUpdate | null,
  landmarks = standing(),
): FlowFrame {
  return {
    landmarks,
    pose: {
      timestampMs: ms(atMs),
      imageWidth: 640,
      imageHeight: 480,
      landmarks,
      worldLandmarks: [],
    },
    analysis: update,
    capturedAtMs: atMs,
    receivedAtMs: atMs + 20,
  };
}

export const frameEvent = (atMs: number, update: SetRunUpdate | null): FlowEvent => ({
  type: 'frame',
  frame: frame(atMs, update),
  nowMs: 1_000_000 + atMs,
});

export function rep(index: number, score = 80): RepRecord {
  return {
    index,
    side: 'left',
    startMs: ms(index * 2000),
    peakMs: ms(index * 2000 + 1000),
    endTimestampMs: ms(index * 2000 + 1900),
    quality: {
      peakRomDeg: null,
      targetDeg: null,
      romPercent: null,
      upMs: ms(900),
      downMs: ms(900),
      tempoUpRatio: null,
      tempoDownRatio: null,
      symmetryPercent: null,
      velocityPeaks: 1,
      smoothness: 1,
      faults: [],
      score,
    },
  };
}

export function summaryOf(repCount: number): AnalysisSummary {
  const reps = Array.from({ length: repCount }, (_, i) => rep(i + 1));
  return {
    exerciseId: 'squat',
    reps,
    repCount,
    partials: [],
    holdSeconds: null,
    longestHoldSeconds: null,
    balance: null,
    faults: [],
    meanScore: repCount === 0 ? null : 80,
  };
}

export function cue(
  kind: CueEvent['kind'],
  text: string,
  priority: CueEvent['priority'] = 4,
): CueEvent {
  // Worded by `words.describeCue` as `text` (a form-fault message carries it as its note).
  const message = { code: 'form_fault', exerciseId: 'test', ruleId: kind, note: text } as const;
  return { timestampMs: ms(0), kind, priority, message, key: `${kind}:x` };
}

/**
 * A session of `programId` (or one exercise of it) on the setup check with the camera on, the
 * position held good for over a second and the pain answered.
 */
export function readyDriver(
  { programId = 'builtin-knee', index }: { programId?: string; index?: number } = {},
  pain = 2,
): FlowDriver {
  const d = new FlowDriver(programId);
  d.send(
    { type: 'home-loaded', readiness: readinessRecord, lastSession: null, programs: [] },
    { type: 'session-started', index, sessionId: 'S1', ownerId: 'O1', nowMs: 1000 },
    { type: 'camera-start-asked' },
    { type: 'camera-phase', camera: 'running', modelProgress: null },
  );
  for (let t = 0; t <= 1200; t += 100) d.send(frameEvent(t, null));
  d.send({ type: 'pain-now-set', pain });
  return d;
}

/** `d` with set `setId` started (begin asked, or the rest over, and the analysis running). */
export function setStarted(d: FlowDriver, setId: string, nowMs = 2000): FlowDriver {
  if (d.state.screen === 'setup') d.send({ type: 'begin-asked' });
  return d.send({ type: 'set-started', setId, nowMs });
}

/**
 * Counts reps 1..`to` on frames of the live set; the frame of the prescribed rep count says the
 * set is complete, as the set run's update does (its protocol is the prescription's).
 */
export function countReps(d: FlowDriver, from: number, to: number): FlowDriver {
  const target = d.state.plan[d.state.itemIndex]?.reps ?? null;
  for (let n = from; n <= to; n += 1) {
    const atMs = ms(n * 2000);
    const completion =
      target !== null && n >= target
        ? ({ reason: 'target_reached', atMs, stageIndex: 0 } as const)
        : null;
    d.send(frameEvent(atMs, analysis({ repCount: n, reps: [rep(n)], completion })));
  }
  return d;
}

/** The protocol a set of the current exercise is run with: its prescribed reps, in one stage. */
export function setProtocol(d: FlowDriver): SetProtocol {
  const reps = d.state.plan[d.state.itemIndex]?.reps;
  if (reps === null || reps === undefined) throw new Error('setProtocol: not a rep exercise');
  return { stages: [{ key: 'main', target: { kind: 'reps', reps }, timeBoxMs: null }] };
}
