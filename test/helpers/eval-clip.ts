// One clip of the eval: analysed by the real app as its manifest exercise.
import type { Page } from '@playwright/test';
import { analyseFileInApp } from './app-driver';
import { countFrames } from './browser';
import { clipPath, type ClipEntry } from './clips';
import { holdTruthSeconds, inTrueRepWindow, type ClipResult } from './eval-metrics';

export async function evaluateClip(
  page: Page,
  baseUrl: string,
  manifestPath: string,
  clip: ClipEntry,
): Promise<{ result: ClipResult; trace: Awaited<ReturnType<typeof analyseFileInApp>>['trace'] }> {
  const path = clipPath(manifestPath, clip);
  const { trace } = await analyseFileInApp(page, baseUrl, path, { exercise: clip.exercise });
  const analysis = trace.analysis;
  if (analysis === null) throw new Error(`${clip.file}: the app returned no analysis`);
  const ends = analysis.reps.map((rep) => rep.endTimestampMs / 1000);
  const holdTruth = holdTruthSeconds(clip);
  return {
    trace,
    result: {
      file: clip.file,
      exercise: clip.exercise,
      truth: clip.reps,
      count: analysis.repCount,
      rep_end_times_s: ends.map((e) => Math.round(e * 1000) / 1000),
      reps_in_window: ends.filter((e) => inTrueRepWindow(clip, e)).length,
      hold_truth_s: holdTruth,
      hold_s: holdTruth === null ? null : analysis.holdSeconds,
      frames_processed: trace.frames.length,
      frames_in_file: countFrames(path),
    },
  };
}
