// The patient's check-up tests end to end, with a fake camera playing a real clip through the real
// model: from the tests list to the Five Times Sit-to-Stand's result, by keyboard alone, axe clean
// on each screen, screenshots at phone and laptop size.
//
// The fake camera loops the clip (five stands in 9.5 s, seated at both ends), so where "Go" falls
// in the loop is not under the test's control: the five stands counted may be the clip's 1st–5th
// or wrap round its end (say the 3rd, 4th, 5th, then the 1st and 2nd of the next lap). The test
// reads where: at Go it takes the camera track's frame count (the fake camera delivers the clip's
// frames in order from its first, at the clip's 30 fps, looping), which puts Go at a place in the
// clip. The stand counted first is then the clip's stand whose start, as the loop plays it from
// there, is nearest the measured first start (stands are 1.7–1.9 s apart, so Go need only be
// placed to a few tenths). For that order the span from the first stand's start to the fifth's
// end is known from the manifest's stand times (8.7 s for the 1st–5th, the manifest's five-stand
// time; up to 9.1 s across the seam) and must be measured within LIVE_SPAN_S, and the first start
// within 0.5 s of where the clip puts it. The score (Go to the fifth stand's end) is that span
// plus the wait before the first.
//
// (An earlier version guessed the order from the gaps between stands. The seam's gap is the
// longest but by only 0.2–0.4 s, within the gaps' own jitter: CI once picked the 1st–5th for a
// run across the seam and failed a right measurement by the 0.43 s between the two spans.)
import { countFrames, y4mFromClip } from '../helpers/browser';
import { expect, launchWithCamera, requireClip, test } from './fixtures';
import { isFullyShown, overlapsWith, shownControls } from './layout-check';
import type { BackupFile } from '../../src/platform/storage/backup-schema';
import {
  answerReadiness,
  downloadFrom,
  expectAccessible,
  importResult,
  importText,
  LAPTOP,
  PHONE,
  snap,
  tabTo,
} from './screens';

const CLIP = 'sit-to-stand-side-01.webm';
const STANDS = 5;
/**
 * The live span's allowance. Analysing the file (the eval) holds the issue's 0.3 s; live, with
 * the machine loaded, the fifth stand's end has been seen up to 0.6 s late (a fresh-clone run
 * here: first start 0.10 s off, fifth end 0.6 s, span +0.47 s; CI once +0.53 s). That lag is an
 * open defect of the live path (issue #14's note), not the clip's: this allowance holds it from
 * growing until it is fixed.
 */
const LIVE_SPAN_S = 0.75;

test('Five Times Sit-to-Stand: tests list → start → setup → 3-2-1-Go → five stands → result', async ({
  baseURL,
}) => {
  test.setTimeout(240_000);
  const { clip, path: clipPath } = requireClip(CLIP);
  const clipFrames = countFrames(y4mFromClip(clipPath));
  const clipFps = clipFrames / clip.duration_s;
  const times = clip.rep_times;
  const first = times[0];
  const fifth = times[STANDS - 1];
  if (first === undefined || fifth === undefined) {
    throw new Error(`${CLIP}: the manifest lacks its rep times`);
  }
  // The start-to-start cycle of each stand and the next, the last across the loop's seam.
  const starts = times.map((t) => t.start);
  const cycles = starts.map((s, i) => (starts[i + 1] ?? (starts[0] ?? 0) + clip.duration_s) - s);
  const longestCycle = Math.max(...cycles);
  /** The clip's stands on one time line as the loop plays them from stand `k` (0-based). */
  const looped = (k: number) =>
    Array.from({ length: STANDS }, (_, i) => {
      const stand = times[(k + i) % times.length];
      if (stand === undefined) throw new Error(`${CLIP}: fewer than ${STANDS} rep times`);
      const lap = k + i >= times.length ? clip.duration_s : 0;
      return { start: stand.start + lap, end: stand.end + lap };
    });

  const browser = await launchWithCamera(CLIP);
  try {
    const context = await browser.newContext({ viewport: LAPTOP, baseURL });
    const page = await context.newPage();
    await page.goto('/');
    await answerReadiness(page);
    await page.getByRole('button', { name: 'Continue' }).click();

    // From here on, the keyboard alone.
    const nav = page.getByRole('navigation', { name: 'Main' });
    await tabTo(page, nav.getByRole('link', { name: 'Check-up tests' }));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('tests')).toBeVisible();
    await expect(page.getByTestId('tests-safety')).toContainText('dizziness');
    await expect(page.getByTestId('tests-gate')).toHaveCount(0);
    await expectAccessible(page, 'tests list');
    await snap(page, 'tests-list');

    await tabTo(page, page.getByRole('link', { name: 'Do the Five Times Sit-to-Stand' }));
    await page.keyboard.press('Enter');
    const run = page.getByTestId('test-run');
    await expect(run).toHaveAttribute('data-state', 'start');
    await expect(page.getByTestId('test-needs')).toContainText('without arm rests');
    await tabTo(page, page.getByRole('textbox', { name: 'Age in years' }));
    await page.keyboard.type('67');
    // Nothing said yet: "Prefer not to say" is checked; the arrow keys move within the group.
    await tabTo(page, page.getByRole('radio', { name: 'Prefer not to say' }));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('radio', { name: 'Female' })).toBeChecked();
    await expectAccessible(page, 'test start');
    await snap(page, 'test-start');
    await tabTo(page, page.getByRole('button', { name: 'Start camera' }));
    await page.keyboard.press('Enter');

    await expect(run).toHaveAttribute('data-state', 'ready', { timeout: 90_000 });
    await expectAccessible(page, 'test setup');
    await snap(page, 'test-setup');
    const begin = page.getByRole('button', { name: 'Start test' });
    await tabTo(page, begin);
    // The camera track's frame count when the run turns to 'running' (Go): where in the clip's
    // loop Go fell.
    await page.evaluate(() => {
      const run = document.querySelector('[data-testid="test-run"]');
      const video = document.querySelector('video');
      const track =
        video?.srcObject instanceof MediaStream ? video.srcObject.getVideoTracks()[0] : undefined;
      if (run === null || track === undefined) throw new Error('no test run or camera track');
      const observer = new MutationObserver(() => {
        if (run.getAttribute('data-state') !== 'running') return;
        observer.disconnect();
        // The frame statistics of Chromium's tracks (TypeScript's DOM library lacks them).
        const { stats } = track as MediaStreamTrack & { stats: { totalFrames: number } };
        (window as { goFrames?: number }).goFrames = stats.totalFrames;
      });
      observer.observe(run, { attributes: true, attributeFilter: ['data-state'] });
    });
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('test-countdown')).toBeVisible();
    await expect(run).toHaveAttribute('data-state', 'running', { timeout: 10_000 });
    // The big Stop has the focus: one key ends the test.
    await expect(page.getByTestId('test-stop')).toBeFocused();
    await expectAccessible(page, 'test running');
    // At phone and laptop size: Stop fully on screen over no other control, the stands in view.
    for (const size of [PHONE, LAPTOP]) {
      await page.setViewportSize(size);
      const controls = await shownControls(page);
      const stop = controls.find((c) => c.testId === 'test-stop');
      expect(stop !== undefined && isFullyShown(stop), `Stop at ${size.width}px`).toBe(true);
      expect(overlapsWith(controls, 'test-stop')).toEqual([]);
      // The whole count is on screen above the bar (the bar is fixed over the page's bottom).
      const count = await page.getByTestId('test-stands').boundingBox();
      const bar = await page.locator('.stop-bar').boundingBox();
      expect(count !== null && bar !== null && count.y >= 0, `stands at ${size.width}px`).toBe(
        true,
      );
      expect((count?.y ?? 0) + (count?.height ?? 0)).toBeLessThanOrEqual(bar?.y ?? 0);
    }
    await snap(page, 'test-running');

    await expect(run).toHaveAttribute('data-state', 'result', { timeout: 60_000 });
    const score = page.getByTestId('test-score');
    const stands = page.getByTestId('test-stand-times').getByRole('listitem');
    await expect(stands).toHaveCount(STANDS);
    const measured = await Promise.all(
      Array.from({ length: STANDS }, async (_, i) => ({
        start: Number(await stands.nth(i).getAttribute('data-start-s')),
        end: Number(await stands.nth(i).getAttribute('data-end-s')),
      })),
    );
    const seconds = Number(await score.getAttribute('data-score'));
    const firstStart = measured[0]?.start ?? NaN;
    const fifthEnd = measured[STANDS - 1]?.end ?? NaN;
    const goFrames = await page.evaluate(() => (window as { goFrames?: number }).goFrames);
    if (goFrames === undefined) throw new Error('Go was not seen');
    // Go's place in the clip, then the stand whose start as the loop plays it from there (this
    // lap or the next) is nearest the first start measured.
    const goInClip = (goFrames % clipFrames) / clipFps;
    const candidates = times.flatMap((stand, k) =>
      [0, 1].map((lap) => ({ k, firstStart: stand.start + lap * clip.duration_s - goInClip })),
    );
    const nearest = candidates.reduce((best, c) =>
      Math.abs(c.firstStart - firstStart) < Math.abs(best.firstStart - firstStart) ? c : best,
    );
    const order = nearest.k;
    const expected = looped(order);
    const expectedSpan = (expected[STANDS - 1]?.end ?? 0) - (expected[0]?.start ?? 0);
    const span = fifthEnd - firstStart;
    console.log(`Stands (s from Go): ${(await stands.allTextContents()).join('; ')}`);
    console.log(
      `5xSTS: score ${seconds.toFixed(2)} s (Go → fifth stand's end); first stand's start ` +
        `${firstStart.toFixed(2)} s after Go; the clip's stands from its stand ${order + 1}: ` +
        `span ${span.toFixed(2)} s vs the manifest's ${expectedSpan.toFixed(2)} s ` +
        `(error ${(span - expectedSpan).toFixed(2)} s); Go at ${goInClip.toFixed(2)} s into ` +
        `the clip (camera frame ${goFrames}), so the first start expected at ` +
        `${nearest.firstStart.toFixed(2)} s (error ${(firstStart - nearest.firstStart).toFixed(2)} s)`,
    );
    expect(seconds).toBeCloseTo(fifthEnd, 2);
    expect(Math.abs(span - expectedSpan)).toBeLessThanOrEqual(LIVE_SPAN_S);
    expect(Math.abs(firstStart - nearest.firstStart)).toBeLessThanOrEqual(0.5);
    expect(firstStart).toBeGreaterThanOrEqual(0);
    // At most one cycle waiting for the first stand, with the same 0.5 s allowance.
    expect(firstStart).toBeLessThanOrEqual(longestCycle + 0.5);
    // Age and sex given: the comparison with the norms for the patient and the clinician.
    await expect(page.getByTestId('test-norms')).toContainText('Bohannon 2006');
    await expect(page.getByTestId('test-norms')).toContainText('age 67, female');
    await expect(page.getByTestId('test-stop-reason')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
    await expectAccessible(page, 'test result');
    await snap(page, 'test-result');

    // Stored: after a reload the tests list shows it in the test's history, age and sex kept.
    await expect(page.getByTestId('test-result-save')).toHaveAttribute('data-state', 'saved');
    const scoreShown = (await score.locator('.counter-value').textContent()) ?? '';
    await page.goto('/#/tests');
    await page.reload();
    const history = page.getByTestId('test-history-five_times_sit_to_stand');
    await expect(history).toHaveAttribute('data-count', '1');
    await expect(page.getByTestId('test-history-chair_stand_30s')).toHaveCount(0);
    await history.getByText('Show the numbers').click();
    const row = history.getByRole('row').nth(1);
    await expect(row).toContainText(scoreShown);
    await expect(row).toContainText('Bohannon 2006 reference values (age 67, female)');
    await expectAccessible(page, 'tests list with history');
    await page.getByRole('link', { name: 'Do the Five Times Sit-to-Stand' }).click();
    await expect(page.getByRole('textbox', { name: 'Age in years' })).toHaveValue('67');
    await expect(page.getByRole('radio', { name: 'Female' })).toBeChecked();

    // In the backup, and back after deleting everything and importing it.
    await page.getByRole('link', { name: 'Your data' }).click();
    const backup = await downloadFrom(
      page,
      page.getByRole('button', { name: 'Download a full backup (JSON)' }),
    );
    await expect(page.getByTestId('download-status')).toHaveAttribute('data-state', 'verified');
    const file = JSON.parse(backup.text) as BackupFile;
    expect((file.data.testResults ?? []).map((r) => r.result.testId)).toEqual([
      'five_times_sit_to_stand',
    ]);
    expect(file.data.testResults?.[0]?.facts).toEqual({ ageYears: 67, sex: 'female' });
    expect(file.data.profile[0]?.patientFacts).toEqual({ ageYears: 67, sex: 'female' });
    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    // Deleting ends on the first run of its own: wait for it, or its navigation home can land
    // after the next goto (CI saw the tests page replaced by home).
    await expect(page.getByTestId('coach')).toHaveAttribute('data-screen', 'readiness');
    await page.goto('/#/tests');
    await expect(page.getByTestId('tests')).toBeVisible();
    await expect(history).toHaveCount(0);
    await importText(page, backup.name, backup.text);
    await expect(importResult(page)).toContainText('Imported:');
    // The same file again: nothing duplicated.
    await importText(page, backup.name, backup.text);
    await expect(importResult(page)).toContainText(' 0 records added');
    await page.goto('/#/tests');
    await expect(history).toHaveAttribute('data-count', '1');
  } finally {
    await browser.close();
  }
});

test('30-Second Chair Stand: Stop ends the test at once, and the result says it ended early', async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  requireClip(CLIP);
  const browser = await launchWithCamera(CLIP);
  try {
    const page = await (await browser.newContext({ viewport: LAPTOP, baseURL })).newPage();
    await page.goto('/');
    await answerReadiness(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.goto('/#/tests/chair_stand_30s');
    const run = page.getByTestId('test-run');
    // Age and sex not said: the raw score only.
    await page.getByRole('button', { name: 'Start camera' }).click();
    await expect(run).toHaveAttribute('data-state', 'ready', { timeout: 90_000 });
    await page.getByRole('button', { name: 'Start test' }).click();
    await expect(run).toHaveAttribute('data-state', 'running', { timeout: 10_000 });
    const clock = page.getByTestId('test-clock');
    await expect(clock).toHaveAttribute('data-seconds', '30');
    const stands = page.getByTestId('test-stands');
    await expect(stands).toHaveAttribute('data-count', '2', { timeout: 20_000 });
    const secondsLeft = Number(await clock.getAttribute('data-seconds'));
    expect(secondsLeft).toBeLessThan(30);
    await page.getByTestId('test-stop').click();
    const stoppedAt = Date.now();
    await expect(run).toHaveAttribute('data-state', 'result');
    console.log(`Chair stand: Stop → result in ${Date.now() - stoppedAt} ms`);
    await expect(page.getByTestId('test-stop-reason')).toHaveText(
      'The test ended before it was finished, so there is no full result this time.',
    );
    const score = Number(await page.getByTestId('test-score').getAttribute('data-score'));
    // The stands shown when Stop was pressed: two, or a third counted between the read and the click.
    expect(score).toBeGreaterThanOrEqual(2);
    expect(score).toBeLessThanOrEqual(3);
    await expect(page.getByTestId('test-meaning')).toHaveText(
      'Add your age and sex in your profile to see how your result compares with others your age.',
    );
    await expect(page.getByTestId('test-norms')).toHaveCount(0);
    await expectAccessible(page, 'chair stand stopped');
    await snap(page, 'chair-stand-stopped');
  } finally {
    await browser.close();
  }
});
