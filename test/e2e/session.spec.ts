// The patient's coaching session, end to end, with a fake webcam playing a real clip: readiness
// check → home → setup check → live sets → summary; the failure paths; a keyboard-only session;
// axe on every screen; screenshots of every screen at phone and laptop sizes; and the live
// session's measurements (long tasks, Start → first skeleton, camera frame → cue on screen).
import { inflateRawSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { prescriptionDefinition } from '../../src/core/programs/builtin';
import type { ExerciseSetRecord, StoredRep } from '../../src/core/session/types';
import { protocolOfSet, setRunCompare, setRunReplay, traceFrameMs } from '../../src/core/set-run';
import { traceDecode } from '../../src/core/trace-codec';
import { recordDifferences, setComparisonProblems } from '../helpers/set-comparison';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/browser';
import { expect, launchWithCamera, requireClip, test } from './fixtures';
import {
  answerReadiness,
  coach,
  expectAccessible,
  LAPTOP,
  openSetupCheck,
  READINESS_QUESTIONS,
  snap,
  tabTo,
} from './screens';

const CLIP = 'squat-side-02.webm';

// Measurements taken in the page, from what is on screen: long tasks, the Start click and the
// first drawn skeleton, and for each camera frame shown (the skeleton canvas, the gauge and the
// cue each carry their frame's capture time in data-frame-time) the time from capture to the next
// animation frame after the change, i.e. the paint that shows it. The canvas also carries the
// frame's inference time, so the target (p95 ≤ inference + one frame) is judged on the same run.
type ShownKind = 'skeleton' | 'gauge' | 'cue';
function installProbes(): void {
  const probe = {
    longTasks: [] as { start: number; duration: number }[],
    longFrames: [] as { start: number; duration: number; scripts: string[] }[],
    startClickAt: null as number | null,
    firstSkeletonAt: null as number | null,
    shown: [] as { kind: ShownKind; at: number; latencyMs: number; frameTimeMs: number }[],
    inferenceMs: [] as { at: number; ms: number }[],
    screens: [] as { screen: string; at: number }[],
    frameTimes: [] as number[],
  };
  (window as unknown as { probe: typeof probe }).probe = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // What ran in a long frame (Long Animation Frames API), to say where a long task came from.
  type Script = {
    invoker: string;
    sourceFunctionName: string;
    sourceURL: string;
    duration: number;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { scripts?: Script[] })[]) {
      const scripts = (e.scripts ?? [])
        .filter((x) => x.duration >= 5)
        .map(
          (x) =>
            `${x.invoker} ${x.sourceFunctionName}@${x.sourceURL.split('/').pop() ?? ''} ${Math.round(x.duration)} ms`,
        );
      probe.longFrames.push({ start: e.startTime, duration: e.duration, scripts });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
  document.addEventListener(
    'click',
    (event) => {
      const button = (event.target as Element | null)?.closest('button');
      if (button?.textContent?.trim() === 'Start camera') {
        probe.startClickAt = performance.now();
        probe.firstSkeletonAt = null;
      }
    },
    true,
  );
  new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target as HTMLElement;
      const value = el.getAttribute(r.attributeName ?? '') ?? '';
      if (r.attributeName === 'data-screen')
        probe.screens.push({ screen: value, at: performance.now() });
      if (r.attributeName === 'data-landmarks') probe.frameTimes.push(performance.now());
      if (
        r.attributeName === 'data-landmarks' &&
        Number(value) > 0 &&
        probe.firstSkeletonAt === null &&
        probe.startClickAt !== null
      ) {
        requestAnimationFrame(() => {
          probe.firstSkeletonAt ??= performance.now();
        });
      }
      if (r.attributeName === 'data-inference-ms')
        probe.inferenceMs.push({ at: performance.now(), ms: Number(value) });
      const kind = el.dataset['testid'] as ShownKind | undefined;
      if (r.attributeName === 'data-frame-time' && value !== '' && kind !== undefined) {
        const frameTimeMs = Number(value);
        requestAnimationFrame(() => {
          const at = performance.now();
          probe.shown.push({ kind, at, latencyMs: at - frameTimeMs, frameTimeMs });
        });
      }
    }
  }).observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-screen', 'data-landmarks', 'data-frame-time', 'data-inference-ms'],
  });
}

interface Probe {
  longTasks: { start: number; duration: number }[];
  longFrames: { start: number; duration: number; scripts: string[] }[];
  startClickAt: number | null;
  firstSkeletonAt: number | null;
  shown: { kind: ShownKind; at: number; latencyMs: number; frameTimeMs: number }[];
  inferenceMs: { at: number; ms: number }[];
  screens: { screen: string; at: number }[];
  frameTimes: number[];
}

type StoredSet = Pick<
  ExerciseSetRecord,
  'id' | 'setNumber' | 'status' | 'repCount' | 'prescription'
>;
interface StoredTraces {
  sets: StoredSet[];
  reps: Pick<StoredRep, 'setId' | 'rep'>[];
  chunks: { setId: string; chunkIndex: number; frameCount: number; data: number[] }[];
}

/**
 * The sets and pose-trace chunks in the app's IndexedDB, read with the plain IndexedDB API (what
 * the browser's storage inspector shows), not through the app's code.
 */
const readStoredTraces = (page: Page): Promise<StoredTraces> =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('formcoach');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T>(store: string): Promise<T[]> =>
      new Promise((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    type Chunk = { setId: string; chunkIndex: number; frameCount: number; data: ArrayBuffer };
    const [sets, reps, chunks] = await Promise.all([
      all<StoredSet>('sets'),
      all<Pick<StoredRep, 'setId' | 'rep'>>('reps'),
      all<Chunk>('traces'),
    ]);
    db.close();
    return {
      sets: sets.map(({ id, setNumber, status, repCount, prescription }) => ({
        id,
        setNumber,
        status,
        repCount,
        prescription,
      })),
      reps: reps.map(({ setId, rep }) => ({ setId, rep })),
      chunks: chunks.map((c) => ({
        setId: c.setId,
        chunkIndex: c.chunkIndex,
        frameCount: c.frameCount,
        data: Array.from(new Uint8Array(c.data)),
      })),
    };
  });
/**
 * Runs the test's own work in the page during the live session (axe runs in the page, a screenshot
 * resizes it) and notes when, so its long tasks are not counted as the app's.
 */
async function asTestWork(
  page: Page,
  windows: { from: number; to: number }[],
  work: () => Promise<void>,
): Promise<void> {
  const from = await page.evaluate(() => performance.now());
  await work();
  windows.push({ from, to: await page.evaluate(() => performance.now()) });
}

const readProbe = (page: Page): Promise<Probe> =>
  page.evaluate(() => (window as unknown as { probe: Probe }).probe);

const quantile = (values: readonly number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

test('a whole session: readiness → home → setup check → two sets of squats → summary', async ({
  baseURL,
}) => {
  test.setTimeout(240_000);
  const browser = await launchWithCamera(CLIP);
  try {
    const page = await (await browser.newContext({ viewport: LAPTOP })).newPage();
    await page.addInitScript(installProbes);
    await page.goto(baseURL ?? '/');

    await answerReadiness(page);
    await expectAccessible(page, 'readiness');
    await snap(page, '01-readiness');
    await page.getByRole('button', { name: 'Continue' }).click();

    await expect(coach(page)).toHaveAttribute('data-screen', 'home');
    await expect(page.getByRole('heading', { name: 'Today’s exercises' })).toBeVisible();
    await expect(page.getByTestId('last-session')).toHaveText(/No sessions yet/);
    await expectAccessible(page, 'home');
    await snap(page, '02-home');
    await page.getByRole('button', { name: 'Start Squat only' }).click();

    const setup = page.getByTestId('setup');
    await expect(setup).toHaveAttribute('data-state', 'idle');
    await expect(page.getByTestId('demo-steps')).toContainText('Start position');
    await expectAccessible(page, 'setup');
    await snap(page, '03-setup-idle');
    await page.getByRole('button', { name: 'Start camera' }).click();
    await expect(setup).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
    await expect(page.getByTestId('guidance')).toHaveText('Ready — you are in a good position.');
    await expect(page.getByRole('button', { name: 'Start exercise' })).toBeDisabled();
    await page.getByTestId('pain-before').getByRole('radio', { name: '2', exact: true }).check();
    await expectAccessible(page, 'setup ready');
    await snap(page, '04-setup-ready');
    await page.getByRole('button', { name: 'Start exercise' }).click();

    // Set 1: the prescription is 8 reps, the clip's true count; the set ends when 8 are counted.
    const live = page.getByTestId('live');
    const testWork: { from: number; to: number }[] = [];
    await expect(live).toHaveAttribute('data-state', 'counting');
    await expect(page.getByTestId('set-of')).toHaveText('Set 1 of 2');
    await expect(page.getByTestId('rep-count')).toHaveAttribute('data-count', '2', {
      timeout: 60_000,
    });
    await expect(page.getByTestId('gauge').getByRole('meter')).toBeVisible();
    await asTestWork(page, testWork, async () => {
      await expectAccessible(page, 'live');
      await snap(page, '05-live');
    });
    await expect(page.getByTestId('rest')).toHaveAttribute('data-state', 'rest', {
      timeout: 90_000,
    });
    await expect(page.getByTestId('rest-timer')).toHaveText(/^Next set in \d+ s$/);
    await asTestWork(page, testWork, async () => {
      await expectAccessible(page, 'rest');
      await snap(page, '06-rest');
    });
    await page.getByRole('button', { name: 'Start next set now' }).click();

    await expect(page.getByTestId('set-of')).toHaveText('Set 2 of 2');
    await expect(page.getByTestId('rep-count')).toHaveAttribute('data-count', '0');
    await expect(coach(page)).toHaveAttribute('data-screen', 'after', { timeout: 90_000 });
    const probe = await readProbe(page);

    await page.getByTestId('exertion').getByRole('radio', { name: '3 – Moderate' }).check();
    await page.getByTestId('pain-after').getByRole('radio', { name: '2', exact: true }).check();
    await expectAccessible(page, 'after');
    await snap(page, '07-after');
    await page.getByRole('button', { name: 'See the summary' }).click();

    const summary = page.getByTestId('summary');
    await expect(summary).toHaveAttribute('data-state', 'completed');
    const card = page.getByTestId('exercise-summary');
    await expect(card).toHaveAttribute('data-reps', '16');
    await expect(card.getByTestId('reps-done')).toHaveText('16 of 16 reps · 2 of 2 sets');
    await expect(card.getByTestId('rom-chart')).toHaveAttribute(
      'aria-label',
      /^Knee flexion per rep: /,
    );
    await expect(card).toContainText('Pain before 2, after 2');
    await expectAccessible(page, 'summary');
    await snap(page, '08-summary');

    // Each finished set's pose trace is stored: its chunks decode to one frame per frame the set
    // analysed (the frames drawn while its live screen showed, less the one or two that arrive
    // between the set's last rep and the next screen).
    const stored = await readStoredTraces(page);
    const liveWindows = probe.screens.flatMap((s, i) =>
      s.screen === 'live' ? [{ from: s.at, to: probe.screens[i + 1]?.at ?? Infinity }] : [],
    );
    expect(stored.sets.map((set) => set.status)).toEqual(['completed', 'completed']);
    const traceLines: string[] = [];
    const goldenLines: string[] = [];
    for (const set of [...stored.sets].sort((a, b) => a.setNumber - b.setNumber)) {
      const chunks = stored.chunks
        .filter((c) => c.setId === set.id)
        .sort((a, b) => a.chunkIndex - b.chunkIndex);
      expect(chunks.map((c) => c.chunkIndex)).toEqual(chunks.map((_, i) => i));
      const frames = chunks.flatMap((c) => {
        const decoded = traceDecode(inflateRawSync(Buffer.from(c.data)));
        expect(decoded.ok).toBe(true);
        const got = decoded.ok ? decoded.value : [];
        expect(got).toHaveLength(c.frameCount);
        return got;
      });
      const times = frames.map((f) => f.timestampMs);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      // Golden replay: the stored trace through the set run again (as the replay worker runs it)
      // gives the reps stored live: the same count, each rep's peak ROM within 1° and its start,
      // peak and end within one frame. (The set run analyses every frame as its trace keeps it,
      // so the replay should give the very same numbers; whether it did is printed.)
      const definition = prescriptionDefinition(set.prescription);
      if (!definition.ok) throw new Error(`set ${set.setNumber}: its prescription is not valid`);
      const replayed = setRunReplay(
        definition.value,
        protocolOfSet(definition.value, set.prescription.reps),
        frames,
        { keepReps: set.repCount },
      );
      const storedReps = stored.reps
        .filter((r) => r.setId === set.id)
        .map((r) => r.rep)
        .sort((a, b) => a.index - b.index);
      expect(storedReps).toHaveLength(set.repCount);
      const comparison = setRunCompare(
        { reps: storedReps },
        replayed.summary,
        traceFrameMs(frames) ?? 0,
      );
      expect(comparison.replayedCount, `set ${set.setNumber} replayed`).toBe(set.repCount);
      expect(replayed.completion?.reason).toBe('target_reached');
      const problems = setComparisonProblems(comparison);
      const differences = recordDifferences(storedReps, replayed.summary.reps);
      goldenLines.push(
        `  set ${set.setNumber} replayed from its trace: ${comparison.replayedCount} of ${comparison.storedCount} reps, ${problems.length === 0 ? `every rep within 1° and one frame (${comparison.tolerances.timeMs} ms)` : problems.join('; ')}; ${differences.length === 0 ? 'identical records (numbers to 1e-9)' : `records differ (stored → replayed): ${differences.join(', ')}`}`,
      );
      expect(problems, `set ${set.setNumber} replayed from its trace`).toEqual([]);
      const window = liveWindows[set.setNumber - 1];
      const drawn = probe.frameTimes.filter(
        (t) => t >= (window?.from ?? 0) && t < (window?.to ?? 0),
      );
      expect(frames.length).toBeLessThanOrEqual(drawn.length);
      expect(frames.length).toBeGreaterThanOrEqual(drawn.length - 3);
      const bytes = chunks.reduce((n, c) => n + c.data.length, 0);
      const minutes = ((times.at(-1) ?? 0) - (times[0] ?? 0)) / 60_000;
      traceLines.push(
        `  set ${set.setNumber}: ${frames.length} frames stored of ${drawn.length} drawn, ${chunks.length} chunks, ${bytes} bytes, ${Math.round(bytes / 1024 / minutes)} KB per minute of trace (${(frames.length / minutes / 60).toFixed(1)} fps)`,
      );
    }

    // Home shows the session just done; a second start (model already loaded) is the warm case.
    const coldStartMs = (probe.firstSkeletonAt ?? NaN) - (probe.startClickAt ?? NaN);
    await page.getByRole('button', { name: 'Back to home' }).click();
    await expect(page.getByTestId('last-session')).toHaveText(/completed, 2 sets, 16 reps$/);
    await openSetupCheck(page, 'Squat');
    // A measurement, not a timed assertion (speed is judged by the figures and the bench): the
    // 5 s default was exceeded on a loaded 2-core machine.
    await expect
      .poll(async () => (await readProbe(page)).firstSkeletonAt, { timeout: 60_000 })
      .not.toBeNull();
    const warm = await readProbe(page);
    const warmStartMs = (warm.firstSkeletonAt ?? NaN) - (warm.startClickAt ?? NaN);

    const liveFrom = probe.screens.find((s) => s.screen === 'live')?.at ?? 0;
    const liveTo = probe.screens.find((s) => s.screen === 'after')?.at ?? 0;
    const isLive = (at: number): boolean => liveWindows.some((w) => at >= w.from && at < w.to);
    const duringLive = probe.longTasks.filter((t) => t.start >= liveFrom && t.start <= liveTo);
    const isTestWork = (at: number): boolean => testWork.some((w) => at >= w.from && at <= w.to);
    const longTasks = duringLive.filter((t) => !isTestWork(t.start));
    const testLongTasks = duringLive.filter((t) => isTestWork(t.start));
    // The long animation frame holding each long task, and the scripts that ran in it.
    const longTaskSources = longTasks.map((t) => {
      const frame = probe.longFrames.find(
        (f) => f.start <= t.start + 1 && t.start < f.start + f.duration,
      );
      return `    at +${((t.start - liveFrom) / 1000).toFixed(1)} s: ${frame === undefined ? 'no long animation frame recorded' : frame.scripts.length === 0 ? 'no script ≥ 5 ms (rendering, GC or the browser)' : frame.scripts.join('; ')}`;
    });
    const inference = probe.inferenceMs.filter((i) => isLive(i.at)).map((i) => i.ms);
    const skeletonFrames = probe.shown.filter((s) => s.kind === 'skeleton' && isLive(s.at));
    const captureGaps = skeletonFrames
      .slice(1)
      .map((s, i) => s.frameTimeMs - (skeletonFrames[i]?.frameTimeMs ?? NaN))
      .filter((gap) => gap > 0 && gap < 200);
    // The app's latency leaves out the moments the test itself worked in the page (axe,
    // screenshots); the p95 with them is printed beside it.
    const latencyLine = (kind: ShownKind, what: string): string => {
      const all = probe.shown.filter((s) => s.kind === kind && isLive(s.at));
      const values = all.filter((s) => !isTestWork(s.at)).map((s) => s.latencyMs);
      const withTest = all.map((s) => s.latencyMs);
      return `  camera frame → ${what} on screen: median ${quantile(values, 0.5).toFixed(0)} ms, p95 ${quantile(values, 0.95).toFixed(0)} ms over ${values.length} frames (with the test's own moments: p95 ${quantile(withTest, 0.95).toFixed(0)} ms over ${withTest.length})`;
    };
    const inferenceMedian = quantile(inference, 0.5);
    const frameMs = quantile(captureGaps, 0.5);
    const cueLatencies = probe.shown.filter((s) => s.kind === 'cue').map((s) => s.latencyMs);
    console.log(
      [
        `screens: ${probe.screens.map((s) => `${s.screen} +${((s.at - liveFrom) / 1000).toFixed(1)} s`).join(', ')}`,
        `live session ${((liveTo - liveFrom) / 1000).toFixed(1)} s:`,
        `  main-thread long tasks: ${longTasks.length}${longTasks.length > 0 ? ` (${longTasks.map((t) => `${Math.round(t.duration)} ms at +${((t.start - liveFrom) / 1000).toFixed(1)} s`).join(', ')})` : ''}; while the test ran axe and took screenshots in the page: ${testLongTasks.length}${testLongTasks.length > 0 ? ` (${testLongTasks.map((t) => `${Math.round(t.duration)} ms`).join(', ')})` : ''}`,
        ...longTaskSources,
        `  Start → first skeleton: ${Math.round(coldStartMs)} ms (first start, model loaded), ${Math.round(warmStartMs)} ms (warm: model loaded before)`,
        ...traceLines,
        ...goldenLines,
        `  inference: median ${inferenceMedian.toFixed(1)} ms, p95 ${quantile(inference, 0.95).toFixed(1)} ms; one camera frame: ${frameMs.toFixed(1)} ms`,
        latencyLine('cue', 'cue'),
        latencyLine('gauge', 'gauge'),
        latencyLine('skeleton', 'skeleton'),
        `  target: p95 ≤ inference + one frame = ${(inferenceMedian + frameMs).toFixed(0)} ms (median inference), ${(quantile(inference, 0.95) + frameMs).toFixed(0)} ms (p95 inference)`,
      ].join('\n'),
    );
    expect(cueLatencies.length).toBeGreaterThan(0);

    // The therapist re-scores set 1 from its recording with a target 20° deeper: the re-scored
    // reps' shares are of the new target, and the stored set is unchanged (after a reload too).
    await page.goto(`${baseURL ?? ''}/#/clinic`);
    await page.getByRole('link', { name: /^Squat, set 1/ }).click();
    const review = page.getByTestId('set-review');
    await expect(review).toHaveAttribute('data-state', 'ready');
    const storedTable = async () => review.getByTestId('review-rep-table').innerText();
    const before = await storedTable();
    const rescore = review.getByTestId('rescore');
    const targetInput = rescore.getByLabel('Knee flexion target (°)');
    const oldTarget = Number(await targetInput.inputValue());
    const newTarget = oldTarget + 20;
    await targetInput.fill(String(newTarget));
    await rescore.getByRole('button', { name: 'Re-score' }).click();
    const status = rescore.getByTestId('rescore-status');
    await expect(status).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
    await expect(status).toContainText('(stored: 8). The stored set is unchanged.');
    await expect(rescore.getByRole('table')).toContainText(`new target ${newTarget}°`);
    const rows = await rescore
      .getByTestId('rescore-rep')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
      );
    expect(rows.length).toBeGreaterThanOrEqual(8);
    const storedRows = rows.slice(0, 8);
    for (const [storedPeak, storedShare] of storedRows) {
      // The stored columns are the stored figures: shares of the old target.
      expect(
        Math.abs(parseFloat(storedShare ?? '') - (parseFloat(storedPeak ?? '') / oldTarget) * 100),
      ).toBeLessThan(1.5);
    }
    for (const [, , , newPeak, newShare] of rows.filter((r) => r[3] !== '—')) {
      expect(
        Math.abs(parseFloat(newShare ?? '') - (parseFloat(newPeak ?? '') / newTarget) * 100),
      ).toBeLessThan(1.5);
    }
    await expectAccessible(page, 'clinic re-score');
    await snap(page, 'clinic-rescore');
    expect(await storedTable()).toBe(before);
    await page.reload();
    await expect(page.getByTestId('set-review')).toHaveAttribute('data-state', 'ready');
    expect(await storedTable()).toBe(before);
  } finally {
    await browser.close();
  }
});

test.describe('camera failures in the setup check', () => {
  async function toSetup(page: Page, baseURL: string | undefined): Promise<void> {
    await page.goto(baseURL ?? '/');
    await answerReadiness(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    await openSetupCheck(page, 'Squat');
    await expect(page.getByTestId('setup')).toHaveAttribute('data-state', 'error');
  }

  test('permission denied says how to allow the camera and offers a retry', async ({ baseURL }) => {
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--deny-permission-prompts'],
    });
    try {
      const page = await (await browser.newContext({ viewport: LAPTOP })).newPage();
      await toSetup(page, baseURL);
      const error = page.getByRole('alert');
      await expect(error).toContainText('Camera: permission to use the camera was denied');
      await expect(error).toContainText('click the camera icon in the address bar');
      await expect(error.getByRole('button', { name: 'Try the camera again' })).toBeVisible();
      await expectAccessible(page, 'permission denied');
      await snap(page, '09-permission-denied');
    } finally {
      await browser.close();
    }
  });

  test('no camera says so and what to connect', async ({ page, baseURL }) => {
    await page.setViewportSize(LAPTOP);
    await toSetup(page, baseURL);
    const error = page.getByRole('alert');
    await expect(error).toContainText('Camera: no camera was found');
    await expect(error).toContainText('Connect a webcam');
    await expectAccessible(page, 'no camera');
    await snap(page, '10-no-camera');
  });
});

test('leaving while the camera starts, then coming back: the setup check starts over', async ({
  baseURL,
}) => {
  requireClip(CLIP);
  const browser = await launchWithCamera(CLIP);
  try {
    const page = await (await browser.newContext({ viewport: LAPTOP })).newPage();
    await page.goto(baseURL ?? '/');
    await answerReadiness(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    await openSetupCheck(page, 'Squat');
    await page.getByRole('link', { name: 'Journal' }).click();
    await expect(page.getByTestId('session-away')).toBeVisible();
    await page.getByRole('link', { name: 'Back to your session' }).click();
    const setup = page.getByTestId('setup');
    await expect(setup).toHaveAttribute('data-state', 'idle');
    await expect(page.getByRole('button', { name: 'Start camera' })).toBeVisible();
    await page.getByRole('button', { name: 'Start camera' }).click();
    await expect(setup).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  } finally {
    await browser.close();
  }
});

test('keyboard only: pause, resume, another page mid-set, and "Stop — it hurts"', async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  requireClip(CLIP);
  const browser = await launchWithCamera(CLIP);
  try {
    const page = await (await browser.newContext({ viewport: LAPTOP })).newPage();
    await page.goto(baseURL ?? '/');
    await expect(coach(page)).toHaveAttribute('data-screen', 'readiness');
    const groups = page.getByTestId('readiness').getByRole('group');
    for (let i = 0; i < READINESS_QUESTIONS; i += 1) {
      await tabTo(page, groups.nth(i).getByRole('radio', { name: 'Yes' }));
      await page.keyboard.press('ArrowRight');
      await expect(groups.nth(i).getByRole('radio', { name: 'No' })).toBeChecked();
    }
    await tabTo(page, page.getByRole('checkbox', { name: /I understand/ }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: 'Continue' }));
    await page.keyboard.press('Enter');

    await expect(coach(page)).toHaveAttribute('data-screen', 'home');
    await tabTo(page, page.getByRole('button', { name: 'Start Squat only' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: 'Start camera' }));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('setup')).toHaveAttribute('data-state', 'ready', {
      timeout: 60_000,
    });
    const pain = page.getByTestId('pain-before');
    await tabTo(page, pain.getByRole('radio', { name: '0', exact: true }));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(pain.getByRole('radio', { name: '2', exact: true })).toBeChecked();
    await tabTo(page, page.getByRole('button', { name: 'Start exercise' }));
    await page.keyboard.press('Enter');

    const live = page.getByTestId('live');
    await expect(live).toHaveAttribute('data-state', 'counting');
    await page.keyboard.press('Space');
    await expect(live).toHaveAttribute('data-state', 'paused');
    await expect(page.getByRole('button', { name: 'Resume' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.keyboard.press('Space');
    await expect(live).toHaveAttribute('data-state', 'counting');
    const repCount = page.getByTestId('rep-count');
    await expect(repCount).toHaveAttribute('data-count', '1', { timeout: 60_000 });

    // Another page mid-set: the set is paused (camera off), its count kept; back on the session,
    // Resume turns the camera on again and the set goes on counting.
    await tabTo(page, page.getByRole('link', { name: 'History' }));
    const countedBeforeAway = Number(await repCount.getAttribute('data-count'));
    await page.keyboard.press('Enter');
    const away = page.getByTestId('session-away');
    await expect(away).toContainText('Your exercise session is paused');
    await expect(page.getByRole('heading', { name: 'History and progress' })).toBeVisible();
    await expectAccessible(page, 'history during a session');
    await snap(page, '14-away-from-session');
    await tabTo(page, away.getByRole('link', { name: 'Back to your session' }));
    await page.keyboard.press('Enter');
    await expect(live).toHaveAttribute('data-state', 'paused');
    // Kept, not restarted (a rep may have been counted between reading the count and leaving).
    const countedWhilePaused = Number(await repCount.getAttribute('data-count'));
    expect(countedWhilePaused).toBeGreaterThanOrEqual(countedBeforeAway);
    await expect(page.getByRole('button', { name: 'Resume' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(live).toHaveAttribute('data-state', 'counting', { timeout: 30_000 });
    await expect(repCount).toHaveAttribute('data-count', String(countedWhilePaused + 1), {
      timeout: 60_000,
    });

    await tabTo(page, page.getByRole('button', { name: 'Stop — it hurts' }));
    const countedBeforeStop = Number(
      await page.getByTestId('rep-count').getAttribute('data-count'),
    );
    await page.keyboard.press('Enter');
    await expect(coach(page)).toHaveAttribute('data-screen', 'stopped');
    const guidance = page.getByRole('alert');
    await expect(guidance).toContainText('recorded that it hurt');
    await expect(guidance).toContainText('contact your clinician');
    const painAtStop = page.getByTestId('pain-at-stop');
    await tabTo(page, painAtStop.getByRole('radio', { name: '0', exact: true }));
    for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('pain-at-stop-status')).toHaveText('Recorded: pain 6 of 10.');
    await expectAccessible(page, 'stopped');
    await snap(page, '11-stopped');

    await tabTo(page, page.getByRole('button', { name: 'See the summary' }));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('summary')).toHaveAttribute('data-state', 'stopped_pain');
    await expect(page.getByTestId('exercise-summary')).toContainText('Stopped because it hurt.');
    await expect(page.getByTestId('exercise-summary')).toContainText('Pain before 2, after 6');
    const recorded = /^(\d+) of 16 reps · 0 of 2 sets$/.exec(
      (await page.getByTestId('reps-done').textContent()) ?? '',
    );
    expect(recorded).not.toBeNull();
    // Every rep counted before the stop is in the record.
    expect(Number(recorded?.[1])).toBeGreaterThanOrEqual(countedBeforeStop);
  } finally {
    await browser.close();
  }
});
