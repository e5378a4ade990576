// Per-frame bookkeeping of the pose check: the store is updated a few times a second, not per frame.
import { isPlausibleStandingPose } from '../../core/plausibility';
import type { PoseDetection } from '../../../workers/pose-types';

export interface PoseStats {
  readonly fps: number;
  readonly inferenceMs: number;
  readonly roundTripMs: number;
  readonly framesProcessed: number;
  readonly framesDropped: number;
  readonly framesPlausible: number;
  readonly frameCount: number | null;
  readonly realtimeFactor: number | null;
}

export const emptyStats: PoseStats = {
  fps: 0,
  inferenceMs: 0,
  roundTripMs: 0,
  framesProcessed: 0,
  framesDropped: 0,
  framesPlausible: 0,
  frameCount: null,
  realtimeFactor: null,
};

const STATS_INTERVAL_MS = 250;

export interface MeterUpdate {
  readonly personInView: boolean;
  readonly stats: PoseStats;
}

export function createMeter(frameCount: number | null, publish: (update: MeterUpdate) => void) {
  let processed = 0;
  let plausible = 0;
  let lastPublish = 0;
  const recent: number[] = [];
  let inferenceMs = 0;
  let roundTripMs = 0;
  let person = false;
  const meter = {
    add(detection: PoseDetection, roundTrip: number, dropped: number): void {
      processed += 1;
      if (isPlausibleStandingPose(detection.landmarks)) plausible += 1;
      person = detection.landmarks !== null;
      const now = performance.now();
      recent.push(now);
      while (recent.length > 0 && (recent[0] ?? now) < now - 1000) recent.shift();
      inferenceMs = detection.timing.inferenceMs;
      roundTripMs = roundTrip;
      if (now - lastPublish >= STATS_INTERVAL_MS) {
        lastPublish = now;
        meter.publish(dropped, null);
      }
    },
    publish(dropped: number, realtimeFactor: number | null): void {
      publish({
        personInView: person,
        stats: {
          fps: recent.length,
          inferenceMs,
          roundTripMs,
          framesProcessed: processed,
          framesDropped: dropped,
          framesPlausible: plausible,
          frameCount,
          realtimeFactor,
        },
      });
    },
  };
  return meter;
}
