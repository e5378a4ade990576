// Every real clip, once, through the real app (video-file source, worker, MediaPipe, analysis):
// every frame is processed exactly once, and the accuracy levels reached are held. Each clip's
// exported frames are also stored and replayed as a set would be (golden replay, in this Node
// process): the replay gives the app's reps, each within 1° of peak ROM and a frame of its times. Clips of a
// functional test the app does not run yet are listed as not evaluated (no test, so no pass); a
// clip whose exercise nobody knows fails. Sit-to-stand clips are also scored as the 30-second
// chair stand and the Five Times Sit-to-Stand (test/helpers/functional-clip.ts). Each clip's
// frames also make the metamorphic variants (test/helpers/metamorphic.ts: trimmed inside a rep,
// mirrored, a still pose added), replayed here in Node right after the clip is analysed: they
// need only the frames this test already holds, so they cost no browser time and no .cache
// dependency, and run in every CI run with the clip table.
import { findExercise, getExercise } from '../../src/core/exercises/library';
import type { PoseFrame } from '../../src/core/landmarks';
import type { NotCountingReason } from '../../src/core/not-counting';
import { OPEN_PROTOCOL, setRunCreate } from '../../src/core/set-run';
import { clipCutEnds, DEFAULT_MANIFEST, MISSING_CLIPS_MESSAGE } from '../helpers/clips';
import { sitToStandClipScores } from '../helpers/functional-clip';
import { evaluateClip } from '../helpers/eval-clip';
import {
  chunksShifted,
  framesThroughStorage,
  goldenFileReplay,
  landmarkDumpWrite,
} from '../helpers/golden-file';
import { setComparisonProblems } from '../helpers/set-comparison';
import {
  formatMetamorphicTable,
  metamorphicRun,
  STRICT_TRANSFORMATIONS,
  type VariantResult,
} from '../helpers/metamorphic';
import { evalTotals, formatEvalTable, planClip, type ClipResult } from '../helpers/eval-metrics';
import { expect, manifest, test } from './fixtures';

test.describe.configure({ mode: 'serial' });

const plans = (manifest?.clips ?? []).map((clip) => planClip(clip, findExercise));
const evaluated = plans.filter((plan) => plan.kind === 'evaluate');
const notEvaluated = plans.filter((plan) => plan.kind === 'not_evaluated');
const results: ClipResult[] = [];
/** Standing squats under seated exercises, lying bridges under a standing one. */
const OTHER_POSTURE = [
  { clip: 'squat-side-01.webm', exercise: 'knee_extension_seated', required: 'seated' },
  { clip: 'squat-side-02.webm', exercise: 'knee_extension_seated', required: 'seated' },
  { clip: 'squat-side-01.webm', exercise: 'sit_to_stand', required: 'seated' },
  { clip: 'squat-side-02.webm', exercise: 'sit_to_stand', required: 'seated' },
  { clip: 'bridge-side-01.webm', exercise: 'squat', required: 'standing' },
] as const;
/** Each clip's exported frames, for the tests after its own that score it another way. */
const framesOf = new Map<string, PoseFrame[]>();
/** The metamorphic variants of every clip, and whether the clip itself was counted right. */
const variants: { readonly isSourceRight: boolean; readonly results: VariantResult[] }[] = [];

test.describe('real clips through the real pipeline', () => {
  test.skip(manifest === null, MISSING_CLIPS_MESSAGE);

  for (const plan of plans) {
    if (plan.kind !== 'unknown_exercise') continue;
    test(`${plan.clip.file}: its exercise is one the eval knows`, () => {
      throw new Error(
        `${plan.reason}: add it to the library, or to FUNCTIONAL_TESTS_NOT_BUILT (test/helpers/eval-metrics.ts) until its protocol is built`,
      );
    });
  }

  for (const plan of evaluated) {
    const { clip } = plan;
    test(`${clip.file}: every frame analysed once, as ${clip.exercise}`, async ({
      page,
      baseURL,
    }) => {
      const { result, trace } = await evaluateClip(page, baseURL ?? '/', DEFAULT_MANIFEST, plan);
      results.push(result);
      // Frames processed == frames in the file (counted independently by ffprobe).
      expect(result.frames_processed).toBe(result.frames_in_file);
      const times = trace.frames.map((frame) => frame.timestampMs);
      expect(times.every((time, i) => i === 0 || time > (times[i - 1] ?? Infinity))).toBe(true);
      landmarkDumpWrite(clip.file, clip.exercise, trace);
      framesOf.set(clip.file, trace.frames);

      // Golden replay: the frames stored as trace chunks, read back and run through the set run.
      const analysis = trace.analysis;
      if (analysis === null) throw new Error(`${clip.file}: no analysis`);
      const chunks = framesThroughStorage(trace.frames);
      const golden = goldenFileReplay(chunks, clip.exercise, analysis);
      const { frameMs } = golden;
      expect(setComparisonProblems(golden.comparison)).toEqual([]);
      expect(golden.comparison.isSame).toBe(true);
      expect(
        Math.abs((golden.replayed.holdSeconds ?? 0) - (analysis.holdSeconds ?? 0)),
      ).toBeLessThanOrEqual(frameMs / 1000);
      // It can fail: the same trace with the chunk of the first rep's peak (and the ones after)
      // moved two frames later is not the set the app analysed.
      const firstPeak = analysis.reps[0]?.peakMs;
      if (firstPeak !== undefined) {
        const shifted = chunksShifted(chunks, firstPeak, 2 * frameMs);
        const bad = goldenFileReplay(shifted, clip.exercise, analysis);
        expect(bad.comparison.isSame).toBe(false);
      }
      // The results tell the person about a movement the recording cut at its start or end,
      // wherever the manifest has one (on a clip counted right: a wrong count is in the table).
      if (plan.countsReps && result.count === result.truth) {
        const cut = clipCutEnds(clip);
        if (cut.atStart) await expect(page.getByTestId('partial-at-start')).toBeVisible();
        if (cut.atEnd) await expect(page.getByTestId('partial-at-end')).toBeVisible();
      }
      variants.push({
        isSourceRight: !plan.countsReps || result.count === result.truth,
        results: metamorphicRun(plan, trace.frames),
      });
      await page.screenshot({ path: test.info().outputPath(`${clip.file}.png`) });
    });
  }

  // The sit-to-stand clips scored as the functional tests (issue #14), from the frames above:
  // every stand counted, the 5×STS time within 0.3 s of the manifest's.
  for (const { clip } of evaluated.filter((plan) => plan.clip.exercise === 'sit_to_stand')) {
    test(`${clip.file}: scored as the chair stand and the 5×STS`, () => {
      const frames = framesOf.get(clip.file);
      if (frames === undefined) throw new Error(`${clip.file}: its own test exported no frames`);
      const scores = sitToStandClipScores(clip, frames);
      console.log(`${clip.file} as the sit-to-stand tests: ${JSON.stringify(scores)}`);
      expect(scores.armsUsed).toBe(false);
      expect(scores.stands).toBe(scores.standsTruth);
      if (scores.fiveStsTruthS !== null) {
        expect(scores.fiveStsS).not.toBeNull();
        expect(Math.abs((scores.fiveStsS ?? 0) - scores.fiveStsTruthS)).toBeLessThanOrEqual(0.3);
      }
    });
  }

  // Clips analysed as an exercise done in another posture (issue #9 item 4), from the frames
  // above (the landmarks do not depend on the exercise; the golden replay shows the set run gives
  // what the app gives): nothing counted, the needed posture named as the reason. The reason's
  // words on screen: test/e2e/posture.spec.ts, with one clip through the page.
  for (const c of OTHER_POSTURE) {
    test(`${c.clip} as ${c.exercise}: nothing counted, the posture named as the reason`, () => {
      const frames = framesOf.get(c.clip);
      if (frames === undefined) throw new Error(`${c.clip}: its own test exported no frames`);
      const run = setRunCreate(getExercise(c.exercise), OPEN_PROTOCOL);
      let reason: NotCountingReason | null = null;
      for (const frame of frames) reason = run.push(frame)?.notCounting ?? reason;
      expect(run.finish().summary.repCount).toBe(0);
      expect(reason).toMatchObject({ code: 'posture', required: c.required });
      if (reason?.code === 'posture') expect(reason.observed).not.toBe(c.required);
    });
  }
  test('sit-to-stand-side-01.webm as sit_to_stand: no posture reason, every stand counted', () => {
    const clip = evaluated.find((plan) => plan.clip.file === 'sit-to-stand-side-01.webm')?.clip;
    const frames = framesOf.get('sit-to-stand-side-01.webm');
    if (clip === undefined || frames === undefined)
      throw new Error('sit-to-stand-side-01.webm: no frames');
    const run = setRunCreate(getExercise('sit_to_stand'), OPEN_PROTOCOL);
    const reasons = frames.map((frame) => run.push(frame)?.notCounting?.code ?? null);
    expect(reasons).not.toContain('posture');
    expect(run.finish().summary.repCount).toBe(clip.reps);
  });

  test('accuracy on the shared clips holds the levels reached', () => {
    expect(results).toHaveLength(evaluated.length);
    const totals = evalTotals(results);
    console.log(formatEvalTable(results, totals, notEvaluated));
    // Targets of the motion-analysis issue: exact on ≥ 90% of rep clips, every clip within one,
    // hold time within 1 s (a hold exercise's total, a rep exercise's pauses at the target); and
    // the counted reps are the real ones (level reached: all but the one extra rep of the clip
    // that opens mid-descent).
    expect(totals.exact).toBeGreaterThanOrEqual(0.9);
    expect(totals.max_count_err).toBeLessThanOrEqual(1);
    expect(totals.max_hold_err_s ?? 0).toBeLessThanOrEqual(1);
    expect(totals.reps_counted - totals.reps_in_window).toBeLessThanOrEqual(1);
  });

  test('metamorphic variants of the clips counted right keep their relations', () => {
    expect(variants).toHaveLength(evaluated.length);
    console.log(formatMetamorphicTable(variants.flatMap((v) => v.results)));
    // A clip counted wrongly gives wrong variants too (they are in the table); every variant of a
    // clip counted right must keep its count, its cut partial, its sides and its hold time (the
    // cuts on the way out and back are measured, not required: see STRICT_TRANSFORMATIONS).
    const broken = variants
      .filter((v) => v.isSourceRight)
      .flatMap((v) => v.results)
      .filter((r) => STRICT_TRANSFORMATIONS.includes(r.transformation) && r.problems.length > 0)
      .map((r) => `${r.file} ${r.transformation} (${r.label}): ${r.problems.join('; ')}`);
    expect(broken).toEqual([]);
  });
});
