// Every real clip, once, through the real app (video-file source, worker, MediaPipe, analysis):
// every frame is processed exactly once, and the accuracy levels reached are held.
import { DEFAULT_MANIFEST } from '../helpers/clips';
import { evaluateClip } from '../helpers/eval-clip';
import { evalTotals, formatEvalTable, type ClipResult } from '../helpers/eval-metrics';
import { expect, manifest, test } from './fixtures';
import { MISSING_CLIPS_MESSAGE } from '../helpers/clips';

test.describe.configure({ mode: 'serial' });

const results: ClipResult[] = [];

test.describe('real clips through the real pipeline', () => {
  test.skip(manifest === null, MISSING_CLIPS_MESSAGE);

  for (const clip of manifest?.clips ?? []) {
    test(`${clip.file}: every frame analysed once, as ${clip.exercise}`, async ({
      page,
      baseURL,
    }) => {
      const { result, trace } = await evaluateClip(page, baseURL ?? '/', DEFAULT_MANIFEST, clip);
      results.push(result);
      // Frames processed == frames in the file (counted independently by ffprobe).
      expect(result.frames_processed).toBe(result.frames_in_file);
      const times = trace.frames.map((frame) => frame.timestampMs);
      expect(times.every((time, i) => i === 0 || time > (times[i - 1] ?? Infinity))).toBe(true);
      await page.screenshot({ path: test.info().outputPath(`${clip.file}.png`) });
    });
  }

  test('accuracy on the shared clips holds the levels reached', () => {
    expect(results).toHaveLength(manifest?.clips.length ?? -1);
    const totals = evalTotals(results);
    console.log(formatEvalTable(results, totals));
    // Targets of the motion-analysis issue: exact on ≥ 90% of rep clips, every clip within one,
    // hold time within 1 s; and the counted reps are the real ones (level reached: all but the
    // one extra rep of the clip that opens mid-descent).
    expect(totals.exact).toBeGreaterThanOrEqual(0.9);
    expect(totals.max_count_err).toBeLessThanOrEqual(1);
    expect(totals.max_hold_err_s ?? 0).toBeLessThanOrEqual(1);
    expect(totals.reps_counted - totals.reps_in_window).toBeLessThanOrEqual(1);
  });
});
