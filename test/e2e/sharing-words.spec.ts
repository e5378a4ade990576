// The app's words about sharing are true (issue #9, item 7). FormCoach shares nothing by itself:
// the pain-stop screen says its answer stays on this device and reaches the clinician only in a
// file the patient gives them, and the full backup on "Your data" does carry that answer.
import { readFile } from 'node:fs/promises';
import type { BackupFile } from '../../src/platform/storage/backup-schema';
import { expect, launchWithCamera, test } from './fixtures';
import {
  answerReadiness,
  coach,
  expectAccessible,
  PHONE,
  snap,
  startSingleExercise,
} from './screens';

const CLIP = 'squat-side-02.webm';

test('"Stop — it hurts": the answer is kept on this device and is in the backup, as the screen says', async ({
  baseURL,
}) => {
  test.setTimeout(150_000);
  const browser = await launchWithCamera(CLIP);
  try {
    const page = await (await browser.newContext({ viewport: PHONE })).newPage();
    await page.goto(baseURL ?? '/');
    await answerReadiness(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    await startSingleExercise(page, 'Squat', '2');
    await page.getByRole('button', { name: 'Stop — it hurts' }).click();

    await expect(coach(page)).toHaveAttribute('data-screen', 'stopped');
    const status = page.getByTestId('pain-at-stop-status');
    await expect(status).toHaveText(
      'Your answer is saved with this session on this device only. Your clinician sees it if you show them your history or give them a backup (under “Your data”). You can skip it.',
    );
    await expectAccessible(page, 'stopped');
    await snap(page, 'pain-stop');
    await page.setViewportSize(PHONE);
    await page.getByTestId('pain-at-stop').getByRole('radio', { name: '6', exact: true }).check();
    await expect(status).toHaveText('Recorded: pain 6 of 10.');

    // "Your data" says how to share, and the backup it offers carries the answer.
    await page.getByRole('link', { name: 'Your data' }).click();
    const data = page.getByTestId('data');
    await expect(data).toContainText('it has no account and no server, and sends nothing');
    await expect(data).toContainText(
      'Your clinician sees your results only if you give them a file yourself',
    );
    await expect(page.getByTestId('offline-info')).toContainText(
      'After your first visit, FormCoach works without the internet',
    );
    await expectAccessible(page, 'your data');
    await snap(page, 'your-data');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download a full backup (JSON)' }).click(),
    ]);
    const backup = JSON.parse(await readFile(await download.path(), 'utf8')) as BackupFile;
    expect(backup.data.sessions.map(({ status, painAfter }) => ({ status, painAfter }))).toEqual([
      { status: 'stopped_pain', painAfter: 6 },
    ]);
  } finally {
    await browser.close();
  }
});
