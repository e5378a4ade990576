// A pose model that fails mid-session: the real app, a fake webcam playing a real squat clip, and
// the landmarker inside the real pose worker made to throw at seeded random moments (during the
// setup check, in each set at a random rep and frame, during the rest). The failure is injected
// from outside the app: the test patches the worker's WebGL upload (which MediaPipe calls on every
// frame inside detectForVideo) so that the next frame throws MediaPipe's own "Packet timestamp
// mismatch" text. The app must recover the landmarker and go on with the same set and its count:
// what IndexedDB holds at the end is read back and checked (no duplicated set, stored reps = reps
// counted on screen), and no library text ever reaches the screen. The console of the whole
// session (page and worker) must hold none of the leaks and mislabelled logs issue #9 found.
// Rerun a failing order with FAULT_SEED=<the printed seed>.
import type { Page, Worker } from '@playwright/test';
import { seededRandom } from '../helpers/stick-body';
import { expect, launchWithCamera, test } from './fixtures';
import { answerReadiness, coach, LAPTOP, PHONE } from './screens';

const CLIP = 'squat-side-02.webm';
/** The built-in knee program's squat: 2 sets of 8. */
const SETS = 2;
const REPS = 8;
/** What MediaPipe threw in the field (issue #9): the text the patient must never see. */
const MEDIAPIPE_TEXT =
  'INVALID_ARGUMENT: CalculatorGraph::Run() failed: \nPacket timestamp mismatch on a calculator receiving from stream "norm_rect". Current minimum expected timestamp is 1000001 but received 1000000. Are you using a custom InputStreamHandler?';
const RAW_TEXT = /Packet timestamp|CalculatorGraph|InputStreamHandler|norm_rect|INVALID_ARGUMENT/;

/** Page probe: everything the screen ever showed that it must not. */
function installScreenProbe(): void {
  const probe = {
    errorShown: [] as string[],
    rawText: [] as string[],
    frames: 0,
    lastRepCount: 0,
    widestPx: 0,
  };
  (window as unknown as { faultProbe: typeof probe }).faultProbe = probe;
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.attributeName === 'data-landmarks') probe.frames += 1;
      if (r.attributeName === 'data-count') {
        probe.lastRepCount = Number((r.target as Element).getAttribute('data-count'));
      }
    }
    probe.widestPx = Math.max(probe.widestPx, document.documentElement.scrollWidth);
    const error = document.querySelector('[data-testid="camera-error"]');
    if (error !== null && !probe.errorShown.includes(error.textContent ?? '')) {
      probe.errorShown.push(error.textContent ?? '');
    }
    const body = document.body?.innerText ?? '';
    if (/Packet timestamp|CalculatorGraph|InputStreamHandler/.test(body)) probe.rawText.push(body);
  }).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['data-landmarks', 'data-count'],
  });
}

/**
 * Installed in the pose worker: every WebGL texture upload of a frame (ImageBitmap) goes through
 * here; while a fault is armed, the next one throws instead, inside detectForVideo.
 */
function installFaults(text: string): void {
  const faults = { armed: 0, thrown: 0, uploads: 0 };
  (self as unknown as { faults: typeof faults }).faults = faults;
  for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
    const original = proto.texImage2D as (...args: unknown[]) => void;
    (proto as unknown as { texImage2D: (...args: unknown[]) => void }).texImage2D = function (
      this: unknown,
      ...args: unknown[]
    ) {
      if (args.at(-1) instanceof ImageBitmap) {
        faults.uploads += 1;
        if (faults.armed > 0) {
          faults.armed -= 1;
          faults.thrown += 1;
          throw new Error(text);
        }
      }
      original.apply(this, args);
    };
  }
}

type Faults = { armed: number; thrown: number; uploads: number };

async function workerFaults(worker: Worker): Promise<Faults> {
  return worker.evaluate(() => (self as unknown as { faults: Faults }).faults);
}

/** Arms one fault in the worker and waits until the model has thrown it. */
async function injectFault(worker: Worker): Promise<void> {
  const before = await workerFaults(worker);
  await worker.evaluate(() => {
    (self as unknown as { faults: Faults }).faults.armed += 1;
  });
  await expect
    .poll(async () => (await workerFaults(worker)).thrown, { timeout: 10_000 })
    .toBe(before.thrown + 1);
}

/** Waits until `reps` are counted on screen and then `frames` more frames are drawn. */
function waitForMoment(page: Page, reps: number, frames: number): Promise<void> {
  return page.evaluate(
    ({ reps, frames }) =>
      new Promise<void>((resolve) => {
        const probe = (window as unknown as { faultProbe: { frames: number } }).faultProbe;
        const count = (): number =>
          Number(document.querySelector('[data-testid="rep-count"]')?.getAttribute('data-count'));
        let from: number | null = null;
        const tick = (): void => {
          if (from === null && count() >= reps) from = probe.frames;
          if (from !== null && probe.frames >= from + frames) return resolve();
          requestAnimationFrame(tick);
        };
        tick();
      }),
    { reps, frames },
  );
}

interface StoredSet {
  setNumber: number;
  status: string;
  repCount: number;
  repsStored: number;
}

/** The last session's sets as IndexedDB holds them, with the reps stored for each. */
function readStoredSets(page: Page): Promise<{ status: string; sets: StoredSet[] }> {
  return page.evaluate(
    () =>
      new Promise<{ status: string; sets: StoredSet[] }>((resolve, reject) => {
        const open = indexedDB.open('formcoach');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['sessions', 'sets', 'reps'], 'readonly');
          const all = <T>(request: IDBRequest<T[]>): Promise<T[]> =>
            new Promise((done, fail) => {
              request.onsuccess = () => done(request.result);
              request.onerror = () => fail(request.error);
            });
          type Session = { id: string; startedAt: number; status: string };
          type Set = {
            id: string;
            sessionId: string;
            setNumber: number;
            status: string;
            repCount: number;
          };
          type Rep = { setId: string };
          void Promise.all([
            all<Session>(tx.objectStore('sessions').getAll()),
            all<Set>(tx.objectStore('sets').getAll()),
            all<Rep>(tx.objectStore('reps').getAll()),
          ]).then(([sessions, sets, reps]) => {
            const last = sessions.sort((a, b) => b.startedAt - a.startedAt)[0];
            if (last === undefined) return reject(new Error('no session stored'));
            resolve({
              status: last.status,
              sets: sets
                .filter((s) => s.sessionId === last.id)
                .sort((a, b) => a.setNumber - b.setNumber)
                .map((s) => ({
                  setNumber: s.setNumber,
                  status: s.status,
                  repCount: s.repCount,
                  repsStored: reps.filter((r) => r.setId === s.id).length,
                })),
            });
          }, reject);
        };
      }),
  );
}

/** Home → "Squat only" → Start camera; returns the pose worker with the faults installed. */
async function startSquat(page: Page): Promise<Worker> {
  await page.goto('/');
  await answerReadiness(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(coach(page)).toHaveAttribute('data-screen', 'home');
  await page.getByRole('button', { name: 'Start Squat only' }).click();
  const workerStarted = page.waitForEvent('worker', (w) => w.url().includes('pose.worker'));
  await page.getByRole('button', { name: 'Start camera' }).click();
  const worker = await workerStarted;
  await worker.evaluate(installFaults, MEDIAPIPE_TEXT);
  await expect(page.getByTestId('setup')).toHaveAttribute('data-state', 'ready', {
    timeout: 60_000,
  });
  return worker;
}

async function beginExercise(page: Page): Promise<void> {
  await page.getByTestId('pain-before').getByRole('radio', { name: '2', exact: true }).check();
  await page.getByRole('button', { name: 'Start exercise' }).click();
}

async function finishExercise(page: Page): Promise<void> {
  await expect(coach(page)).toHaveAttribute('data-screen', 'after', { timeout: 60_000 });
  await page.getByTestId('exertion').getByRole('radio', { name: '3 – Moderate' }).check();
  await page.getByTestId('pain-after').getByRole('radio', { name: '2', exact: true }).check();
  await page.getByRole('button', { name: 'See the summary' }).click();
}

type ScreenProbe = {
  errorShown: string[];
  rawText: string[];
  lastRepCount: number;
  widestPx: number;
};
const screenProbe = (page: Page): Promise<ScreenProbe> =>
  page.evaluate(() => (window as unknown as { faultProbe: ScreenProbe }).faultProbe);

test('the pose model failing at random moments of a live session: same sets go on, nothing duplicated', async ({
  baseURL,
}) => {
  test.setTimeout(240_000);
  const seed = Number(process.env['FAULT_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
  console.log(`model-faults seed ${seed} (replay: FAULT_SEED=${seed})`);
  const random = seededRandom(seed);
  const moment = (): { reps: number; frames: number } => ({
    reps: Math.floor(random() * (REPS - 1)),
    frames: Math.floor(random() * 30),
  });

  const browser = await launchWithCamera(CLIP);
  const consoleLines: string[] = [];
  const log: string[] = [];
  try {
    const context = await browser.newContext({ baseURL, viewport: LAPTOP });
    await context.addInitScript(installScreenProbe);
    const page = await context.newPage();
    const keep = (where: string) => (message: { type(): string; text(): string }) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        consoleLines.push(`${where} ${message.type()}: ${message.text()}`);
      }
    };
    page.on('console', keep('page'));
    page.on('worker', (worker) => worker.on('console', keep('worker')));
    const worker = await startSquat(page);
    // During the setup check.
    await injectFault(worker);
    log.push('fault in the setup check');
    await expect(page.getByTestId('setup')).toHaveAttribute('data-state', 'ready', {
      timeout: 30_000,
    });
    await beginExercise(page);

    for (let set = 1; set <= SETS; set += 1) {
      await expect(page.getByTestId('live')).toHaveAttribute('data-state', 'counting');
      await expect(page.getByTestId('set-of')).toContainText(`Set ${set} of ${SETS}`);
      // Two faults in each set, at random reps and frames.
      for (const at of [moment(), moment()].sort((a, b) => a.reps - b.reps)) {
        await waitForMoment(page, at.reps, at.frames);
        const shown = Number(await page.getByTestId('rep-count').getAttribute('data-count'));
        await injectFault(worker);
        log.push(`set ${set}: fault after ${at.reps} reps + ${at.frames} frames (${shown} shown)`);
        // The same set goes on, with the count it had.
        await expect(page.getByTestId('set-of')).toContainText(`Set ${set} of ${SETS}`);
        const after = Number(await page.getByTestId('rep-count').getAttribute('data-count'));
        expect(after).toBeGreaterThanOrEqual(shown);
      }
      if (set === 1) {
        // Pause and resume: the frame pump stops (its camera frames closed) and starts again.
        await page.getByRole('button', { name: 'Pause', exact: true }).click();
        await expect(page.getByTestId('live')).toHaveAttribute('data-state', 'paused');
        await page.getByRole('button', { name: 'Resume', exact: true }).click();
        await expect(page.getByTestId('live')).toHaveAttribute('data-state', 'counting');
        log.push('paused and resumed');
      }
      if (set < SETS) {
        await expect(coach(page)).toHaveAttribute('data-screen', 'rest', { timeout: 60_000 });
        // During the rest between sets.
        await injectFault(worker);
        log.push('fault in the rest');
        // Garbage collected now, after the pause and a fault: Chromium reports a VideoFrame
        // collected unclosed on a timer (seconds later), so the next set leaves it the time to.
        const cdp = await context.newCDPSession(page);
        await cdp.send('HeapProfiler.collectGarbage');
        await page.getByRole('button', { name: 'Start next set now' }).click();
      }
    }
    await finishExercise(page);
    await expect(page.getByTestId('reps-done')).toContainText(`${SETS * REPS} of ${SETS * REPS}`);

    const faults = await workerFaults(worker);
    const probe = await screenProbe(page);
    const stored = await readStoredSets(page);
    log.push(`stored: ${JSON.stringify(stored)}`);

    expect(faults.thrown).toBe(1 + 2 * SETS + (SETS - 1));
    expect(probe.rawText).toEqual([]);
    expect(probe.errorShown).toEqual([]);
    await expect(page.getByText(RAW_TEXT)).toHaveCount(0);
    expect(stored.status).toBe('completed');
    expect(stored.sets).toEqual(
      Array.from({ length: SETS }, (_, i) => ({
        setNumber: i + 1,
        status: 'completed',
        repCount: REPS,
        repsStored: REPS,
      })),
    );
    expect(consoleLines.filter((line) => /VideoFrame|XNNPACK|TensorFlow Lite/i.test(line))).toEqual(
      [],
    );
  } finally {
    console.log(
      [`model-faults seed ${seed}`, ...log, 'console errors/warnings:', ...consoleLines]
        .map((line) => line.slice(0, 400))
        .join('\n  '),
    );
    await browser.close();
  }
});

test('a pose model that keeps failing ends the set as interrupted with its reps; the next set is set 2', async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  const seed = Number(process.env['FAULT_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
  console.log(`model-faults (keeps failing) seed ${seed} (replay: FAULT_SEED=${seed})`);
  const random = seededRandom(seed);
  const browser = await launchWithCamera(CLIP);
  try {
    // Phone size: the error must wrap, never make the page wider than the screen.
    const context = await browser.newContext({ baseURL, viewport: PHONE });
    await context.addInitScript(installScreenProbe);
    const page = await context.newPage();
    const worker = await startSquat(page);
    await beginExercise(page);
    await expect(page.getByTestId('set-of')).toContainText(`Set 1 of ${SETS}`);
    await waitForMoment(page, 1 + Math.floor(random() * 5), Math.floor(random() * 30));
    // Three frames fail in a row: the first two landmarkers made new fail at once too.
    await worker.evaluate(() => {
      (self as unknown as { faults: Faults }).faults.armed += 3;
    });
    await expect(page.getByTestId('setup')).toHaveAttribute('data-state', 'error', {
      timeout: 20_000,
    });
    const counted = (await screenProbe(page)).lastRepCount;
    await expect(page.getByTestId('camera-error')).toContainText(
      'Pose: the movement tracker kept failing, so it was stopped. Every rep it counted is saved.',
    );
    expect((await workerFaults(worker)).thrown).toBe(3);
    await page.screenshot({
      path: test.info().outputPath('setup-error-390x844.png'),
      fullPage: true,
    });

    // The way forward: the camera again, then the next set (set 2, from 0), not set 1 again.
    await page.getByRole('button', { name: 'Try the camera again' }).click();
    await expect(page.getByTestId('setup')).toHaveAttribute('data-state', 'ready', {
      timeout: 60_000,
    });
    await beginExercise(page);
    await expect(page.getByTestId('set-of')).toContainText(`Set 2 of ${SETS}`);
    await expect(page.getByTestId('rep-count')).toHaveAttribute('data-count', '0');
    await finishExercise(page);
    await expect(page.getByTestId('reps-done')).toContainText(
      `${counted + REPS} of ${SETS * REPS}`,
    );

    const probe = await screenProbe(page);
    expect(probe.rawText).toEqual([]);
    expect(probe.widestPx).toBeLessThanOrEqual(PHONE.width);
    expect(await readStoredSets(page)).toEqual({
      status: 'completed',
      sets: [
        { setNumber: 1, status: 'interrupted', repCount: counted, repsStored: counted },
        { setNumber: 2, status: 'completed', repCount: REPS, repsStored: REPS },
      ],
    });
    console.log(`model-faults (keeps failing) seed ${seed}: set 1 ended at ${counted} reps`);
  } finally {
    await browser.close();
  }
});
