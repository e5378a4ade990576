// One clip of the eval: analysed by the real app as its manifest exercise.
import type { Page } from '@playwright/test';
import { analyseFileInApp } from './app-driver';
import { countFrames } from './browser';
import { clipPath } from './clips';
import {
  holdTruthSeconds,
  inTrueRepWindow,
  targetHoldTruthSeconds,
  type ClipPlan,
  type ClipResult,
} from './eval-metrics';

export async function evaluateClip(
  page: Page,
  baseUrl: string,
  manifestPath: string,
  plan: Extract<ClipPlan, { kind: 'evaluate' }>,
): Promise<{ result: ClipResult; trace: Awaited<ReturnType<typeof analyseFileInApp>>['trace'] }> {
  const { clip } = plan;
  const path = clipPath(manifestPath, clip);
  const { trace } = await analyseFileInApp(page, baseUrl, path, { exercise: clip.exercise });
  const analysis = trace.analysis;
  if (analysis === null) throw new Error(`${clip.file}: the app returned no analysis`);
  const ends = analysis.reps.map((rep) => rep.endTimestampMs / 1000);
  const atTargetS = analysis.reps.reduce((sum, rep) => sum + (rep.quality.targetHoldMs ?? 0), 0);
  return {
    trace,
    result: {
      file: clip.file,
      exercise: clip.exercise,
      counts_reps: plan.countsReps,
      truth: clip.reps,
      count: analysis.repCount,
      rep_end_times_s: ends.map((e) => Math.round(e * 1000) / 1000),
      reps_in_window: ends.filter((e) => inTrueRepWindow(clip, e)).length,
      hold_truth_s:
        plan.hold === 'total'
          ? holdTruthSeconds(clip)
          : plan.hold === 'at_target'
            ? targetHoldTruthSeconds(clip)
            : null,
      hold_s:
        plan.hold === 'total'
          ? (analysis.holdSeconds ?? 0)
          : plan.hold === 'at_target'
            ? atTargetS / 1000
            : null,
      frames_processed: trace.frames.length,
      frames_in_file: countFrames(path),
    },
  };
}
