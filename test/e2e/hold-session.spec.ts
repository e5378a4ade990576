// A whole coaching session of a hold exercise, end to end, with a fake webcam playing a real clip
// of a single-leg stance (held for the whole clip; the fake camera loops it): readiness check →
// home → the Balance program → setup check → three 20 s holds, each ending by itself at 20 s →
// after-exercise questions → summary, and the sets as stored in the browser.
import type { Page } from '@playwright/test';
import { expect, launchWithCamera, test } from './fixtures';
import { answerReadiness, coach, expectAccessible, LAPTOP, snap } from './screens';

const CLIP = 'single-leg-stance-front-01.webm';
/** The Balance program's prescription for the single-leg stance: 3 sets × hold 20 s. */
const SETS = 3;
const HOLD_S = 20;

interface StoredSet {
  exerciseId: string;
  setNumber: number;
  status: string;
  holdSeconds: number | null;
  painBefore: number | null;
  painAfter: number | null;
}

/** The sets in the app's IndexedDB, read with the plain IndexedDB API, not the app's code. */
const readStoredSets = (page: Page): Promise<StoredSet[]> =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('formcoach');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const sets = await new Promise<StoredSet[]>((resolve, reject) => {
      const request = db.transaction('sets').objectStore('sets').getAll();
      request.onsuccess = () => resolve(request.result as StoredSet[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return sets
      .map(({ exerciseId, setNumber, status, holdSeconds, painBefore, painAfter }) => ({
        exerciseId,
        setNumber,
        status,
        holdSeconds,
        painBefore,
        painAfter,
      }))
      .sort((a, b) => a.setNumber - b.setNumber);
  });

test('a whole hold session: Balance program → single-leg stance, 3 × 20 s → summary', async ({
  baseURL,
}) => {
  // Three 20 s holds (rests skipped with the button) after the model loads: about 90 s here.
  test.setTimeout(150_000);
  const browser = await launchWithCamera(CLIP);
  try {
    const page = await (await browser.newContext({ viewport: LAPTOP })).newPage();
    await page.goto(baseURL ?? '/');

    await answerReadiness(page);
    await page.getByRole('button', { name: 'Continue' }).click();

    await expect(coach(page)).toHaveAttribute('data-screen', 'home');
    await page.getByRole('combobox', { name: 'Program' }).selectOption({ label: 'Balance' });
    await expect(page.getByText('Steadiness on your feet, to prevent falls.')).toBeVisible();
    const item = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: 'Single-leg stance', exact: true }),
    });
    await expect(item).toContainText(`${SETS} × hold ${HOLD_S} s`);
    await item.getByRole('button', { name: 'Start Single-leg stance only' }).click();

    const setup = page.getByTestId('setup');
    await expect(setup).toHaveAttribute('data-state', 'idle');
    await expect(page.getByRole('heading', { name: 'Get ready: Single-leg stance' })).toBeVisible();
    await expect(page.getByTestId('demo-steps')).toContainText(
      `Hold the position for ${HOLD_S} seconds.`,
    );
    await page.getByRole('button', { name: 'Start camera' }).click();
    await expect(setup).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
    await expect(page.getByTestId('guidance')).toHaveText('Ready — you are in a good position.');
    await page.getByTestId('pain-before').getByRole('radio', { name: '1', exact: true }).check();
    await page.getByRole('button', { name: 'Start exercise' }).click();

    const live = page.getByTestId('live');
    const hold = page.getByTestId('hold');
    const heldSeconds = async (): Promise<number> =>
      Number(await hold.getAttribute('data-seconds'));
    for (let set = 1; set <= SETS; set += 1) {
      await expect(live).toHaveAttribute('data-state', 'counting');
      await expect(page.getByTestId('set-of')).toHaveText(`Set ${set} of ${SETS}`);
      // Each set starts from nothing held, with the target in view.
      await expect(hold).toContainText(`of ${HOLD_S} s`);
      const meter = hold.getByRole('meter', { name: 'Held' });
      await expect(meter).toBeVisible();
      await expect.poll(heldSeconds, { timeout: 30_000 }).toBeGreaterThan(0);
      await expect(meter).toHaveAttribute('aria-valuetext', /^\d+ of 20 s$/);
      if (set === 1) {
        await expect.poll(heldSeconds, { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
        await expect(hold).toContainText(/\d+ s to go/);
        expect(Number(await meter.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
        await expectAccessible(page, 'live hold');
        await snap(page, '12-live-hold');
      }
      // The set ends by itself once 20 s are held: a rest after sets 1 and 2, the questions after 3.
      if (set < SETS) {
        await expect(page.getByTestId('rest')).toHaveAttribute('data-state', 'rest', {
          timeout: 60_000,
        });
        await expect(page.getByTestId('rest-timer')).toHaveText(/^Next set in \d+ s$/);
        await expect(page.getByTestId('rest')).toContainText(`Set ${set + 1} of ${SETS}`);
        if (set === 1) {
          // Another page during the rest: the camera goes off and the countdown waits; back on
          // the session, the rest goes on with the camera on again.
          await page.getByRole('link', { name: 'Your data' }).click();
          await expect(page.getByTestId('session-away')).toBeVisible();
          await page.getByRole('link', { name: 'Back to your session' }).click();
          await expect(page.getByTestId('rest')).toHaveAttribute('data-state', 'rest');
          await expect(page.getByTestId('rest-timer')).toHaveText(/^Next set in \d+ s$/);
          await expect(page.locator('.stage')).toHaveAttribute('data-camera', 'running', {
            timeout: 30_000,
          });
        }
        await page.getByRole('button', { name: 'Start next set now' }).click();
      }
    }
    await expect(coach(page)).toHaveAttribute('data-screen', 'after', { timeout: 60_000 });

    await page
      .getByTestId('exertion')
      .getByRole('radio', { name: '2 – Light', exact: true })
      .check();
    await page.getByTestId('pain-after').getByRole('radio', { name: '1', exact: true }).check();
    await page.getByRole('button', { name: 'See the summary' }).click();

    const summary = page.getByTestId('summary');
    await expect(summary).toHaveAttribute('data-state', 'completed');
    await expect(summary).toContainText('Session complete. Well done!');
    const card = page.getByTestId('exercise-summary');
    await expect(card).toHaveCount(1);
    await expect(card).toHaveAttribute('data-exercise', 'single_leg_stance');
    await expect(card.getByRole('heading', { name: 'Single-leg stance' })).toBeVisible();
    // What the user reads: the seconds held of the seconds prescribed, and the sets done.
    const line = (await card.getByTestId('reps-done').textContent()) ?? '';
    const held = /^(\d+) of (\d+) s held · (\d+) of (\d+) sets$/.exec(line);
    expect(held, `summary line "${line}"`).not.toBeNull();
    expect(Number(held?.[2])).toBe(SETS * HOLD_S);
    expect(Number(held?.[1])).toBeGreaterThanOrEqual(SETS * HOLD_S);
    expect(Number(held?.[3])).toBe(SETS);
    expect(Number(held?.[4])).toBe(SETS);
    await expect(card).toContainText('Pain before 1, after 1');
    await expect(card.getByTestId('rom-chart')).toHaveCount(0);
    await expectAccessible(page, 'hold summary');
    await snap(page, '13-hold-summary');

    // The stored sets: three completed holds of at least 20 s each, pain on the first and last.
    const stored = await readStoredSets(page);
    expect(stored.map((s) => [s.exerciseId, s.setNumber, s.status])).toEqual(
      [1, 2, 3].map((n) => ['single_leg_stance', n, 'completed']),
    );
    for (const s of stored) expect(s.holdSeconds ?? 0).toBeGreaterThanOrEqual(HOLD_S);
    expect(stored[0]?.painBefore).toBe(1);
    expect(stored.at(-1)?.painAfter).toBe(1);
    // Home lists the session just done.
    await page.getByRole('button', { name: 'Back to home' }).click();
    await expect(page.getByTestId('last-session')).toHaveText(
      /: Single-leg stance — completed, 3 sets, 60 s held$/,
    );
    console.log(
      `summary: "${line}"; stored holds: ${stored.map((s) => `${s.holdSeconds?.toFixed(2)} s`).join(', ')}`,
    );
  } finally {
    await browser.close();
  }
});
