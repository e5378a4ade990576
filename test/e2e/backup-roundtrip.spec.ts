// The app's own backup, made of sessions recorded live from real clips, comes back whole: squats
// with reps and partials, a squat set stopped for pain mid-rep, a set cut by a reload
// (interrupted), a single-leg-stance hold (balance) and a journal entry are recorded in one
// browser profile through the real app and model, with a fake webcam playing the clips; then
// "Download a full backup" → "Delete all my data" → "Bring back a backup" → download again gives
// the same file byte for byte, less `exportedAt` (the moment of each export, which must differ).
// A per-session export imports into an empty browser ("the clinic") and exports from there the
// same way. Sets are kept short with "End this set" (one or two reps, a few seconds held).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import type { BackupFile } from '../../src/platform/storage/backup-schema';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/browser';
import { expect, launchProfileWithCamera, test } from './fixtures';
import {
  answerReadiness,
  coach,
  downloadFrom,
  importResult,
  importText,
  LAPTOP,
  startSingleExercise,
} from './screens';

const SQUAT_CLIP = 'squat-side-02.webm';
const STANCE_CLIP = 'single-leg-stance-front-01.webm';

/** From home: "<exercise> only" → setup check ready → pain before → the set is counting. */
async function startExercise(page: Page, exercise: string, painBefore: string): Promise<void> {
  await expect(coach(page)).toHaveAttribute('data-screen', 'home');
  await startSingleExercise(page, exercise, painBefore);
}

const repsAtLeast = (page: Page, n: number): Promise<void> =>
  expect
    .poll(async () => Number(await page.getByTestId('rep-count').getAttribute('data-count')), {
      timeout: 30_000,
    })
    .toBeGreaterThanOrEqual(n);

const heldAtLeast = (page: Page, seconds: number): Promise<void> =>
  expect
    .poll(async () => Number(await page.getByTestId('hold').getAttribute('data-seconds')), {
      timeout: 30_000,
    })
    .toBeGreaterThanOrEqual(seconds);

/** "End this set"; then the next set after the rest, or the questions after the last one. */
async function endSet(page: Page, isLast: boolean): Promise<void> {
  await page.getByRole('button', { name: 'End this set' }).click();
  if (isLast) {
    await expect(coach(page)).toHaveAttribute('data-screen', 'after');
    return;
  }
  await expect(page.getByTestId('rest')).toHaveAttribute('data-state', 'rest');
  await page.getByRole('button', { name: 'Start next set now' }).click();
  await expect(page.getByTestId('live')).toHaveAttribute('data-state', 'counting');
}

async function finishSession(page: Page): Promise<void> {
  await page.getByTestId('exertion').getByRole('radio', { name: '3 – Moderate' }).check();
  await page.getByTestId('pain-after').getByRole('radio', { name: '2', exact: true }).check();
  await page.getByRole('button', { name: 'See the summary' }).click();
  await expect(page.getByTestId('summary')).toBeVisible();
  await page.getByRole('button', { name: 'Back to home' }).click();
}

/** Every record of a backup, over all its stores. */
const recordCount = (file: BackupFile): number =>
  Object.values(file.data).reduce((n, rows) => n + rows.length, 0);

/** The file's text with its one `exportedAt` value blanked: all the rest must be the same bytes. */
function withoutExportedAt(text: string): string {
  const pattern = /,"exportedAt":\d+,/g;
  expect(text.match(pattern)).toHaveLength(1);
  return text.replace(pattern, ',"exportedAt":0,');
}

/** Where two texts first differ, with some context; null when they are the same. */
function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return `at ${i} of ${a.length} / ${b.length}: …${a.slice(i - 80, i + 80)}… vs …${b.slice(i - 80, i + 80)}…`;
}

/** Every backup of the app's own records must be read back by the app before it is offered. */
async function expectVerified(page: Page): Promise<void> {
  await expect(page.getByTestId('download-status')).toHaveAttribute('data-state', 'verified');
}

async function downloadFullBackup(page: Page): Promise<{ name: string; text: string }> {
  await page.getByRole('link', { name: 'Your data' }).click();
  const file = await downloadFrom(
    page,
    page.getByRole('button', { name: 'Download a full backup (JSON)' }),
  );
  await expectVerified(page);
  return file;
}

async function downloadSession(page: Page, status: string): Promise<{ text: string }> {
  await page.getByRole('link', { name: 'History' }).click();
  await page.locator(`[data-testid="session-row"][data-status="${status}"] a`).click();
  const file = await downloadFrom(
    page,
    page.getByRole('button', { name: 'Download this session (JSON)' }),
  );
  await expectVerified(page);
  return file;
}

test('a backup of live sessions from real clips: export → delete all → import → the same export', async ({
  baseURL,
}) => {
  // About 40 s here (two model loads, six short sets); the rest is headroom for a slower machine.
  test.setTimeout(180_000);
  const profile = mkdtempSync(join(tmpdir(), 'formcoach-backup-'));
  try {
    // ---- Squats: reps, a pain stop mid-rep, a set cut by a reload ----
    const squats = await launchProfileWithCamera(SQUAT_CLIP, profile, {
      baseURL,
      viewport: LAPTOP,
    });
    try {
      const page = squats.pages()[0] ?? (await squats.newPage());
      await page.goto('/');
      await answerReadiness(page);
      await page.getByRole('button', { name: 'Continue' }).click();

      // Two sets (the prescription), ended after 2 reps and 1 rep.
      await startExercise(page, 'Squat', '2');
      await repsAtLeast(page, 2);
      await endSet(page, false);
      await repsAtLeast(page, 1);
      await endSet(page, true);
      await finishSession(page);

      // "Stop — it hurts" in the middle of a rep (past half of the target depth): the rep in
      // progress is kept as a partial, not counted.
      await startExercise(page, 'Squat', '3');
      await repsAtLeast(page, 1);
      await page.waitForFunction(
        () =>
          Number(document.querySelector('[data-testid="gauge"]')?.getAttribute('data-fraction')) >=
          0.5,
        undefined,
        { polling: 'raf', timeout: 30_000 },
      );
      await page.getByRole('button', { name: 'Stop — it hurts' }).click();
      await expect(coach(page)).toHaveAttribute('data-screen', 'stopped');
      await page.getByTestId('pain-at-stop').getByRole('radio', { name: '6', exact: true }).check();
      await page.getByRole('button', { name: 'See the summary' }).click();
      await expect(page.getByTestId('summary')).toHaveAttribute('data-state', 'stopped_pain');
      await page.getByRole('button', { name: 'Back to home' }).click();

      // A reload mid-set: the session is found unfinished and marked interrupted.
      await startExercise(page, 'Squat', '2');
      await repsAtLeast(page, 1);
      await page.reload();
      await expect(page.getByTestId('last-session')).toHaveText(
        /: Squat — ended early, 1 set, \d+ reps?$/,
      );
    } finally {
      await squats.close();
    }

    // ---- A hold with balance: single-leg stance, the same browser profile, another clip ----
    const stance = await launchProfileWithCamera(STANCE_CLIP, profile, {
      baseURL,
      viewport: LAPTOP,
    });
    try {
      const page = stance.pages()[0] ?? (await stance.newPage());
      await page.goto('/');
      await expect(coach(page)).toHaveAttribute('data-screen', 'home');
      await page.getByRole('combobox', { name: 'Program' }).selectOption({ label: 'Balance' });
      await startExercise(page, 'Single-leg stance', '1');
      for (const [held, isLast] of [
        [2, false],
        [1, false],
        [1, true],
      ] as const) {
        await heldAtLeast(page, held);
        await endSet(page, isLast);
      }
      await finishSession(page);

      // A journal entry for today, through the Journal screen.
      await page.getByRole('link', { name: 'Journal' }).click();
      const journal = page.getByTestId('journal');
      await expect(journal).toHaveAttribute('data-state', 'ready');
      await journal
        .getByTestId('journal-pain')
        .getByRole('radio', { name: '3', exact: true })
        .check();
      await journal.getByLabel('Hours slept').fill('6.5');
      await journal.getByLabel('How did your daily activities go?').fill('Walked to the shop.');
      await journal.getByRole('button', { name: 'Save entry' }).click();
      await expect(journal.getByTestId('journal-form')).toHaveAttribute('data-state', 'saved');

      // ---- The round trip ----
      const first = await downloadFullBackup(page);
      writeFileSync(test.info().outputPath('full-backup.json'), first.text);
      const file = JSON.parse(first.text) as BackupFile;
      // What was recorded: each kind of session, and the records that go with them.
      expect(file.data.sessions.map((s) => s.status).sort()).toEqual([
        'completed',
        'completed',
        'interrupted',
        'stopped_pain',
      ]);
      const summaries = file.data.sets.flatMap((s) => (s.summary === null ? [] : [s.summary]));
      expect(summaries.some((s) => s.balance !== null && s.holdSeconds !== null)).toBe(true);
      expect(file.data.reps.length).toBeGreaterThanOrEqual(5);
      // The field whose absence from the import schema refused the app's own backups.
      expect(file.data.reps.every((r) => r.rep.quality.targetHoldMs !== undefined)).toBe(true);
      expect(summaries.flatMap((s) => s.partials).map((p) => p.reason)).toContain('not_completed');
      expect(file.data.cues.length).toBeGreaterThan(0);
      expect(file.data.traces.length).toBeGreaterThan(0);
      expect(file.data.readiness).toHaveLength(1);
      expect(file.data.journal.map((j) => j.activities)).toEqual(['Walked to the shop.']);
      const session = await downloadSession(page, 'stopped_pain');
      writeFileSync(test.info().outputPath('session-backup.json'), session.text);
      const sessionFile = JSON.parse(session.text) as BackupFile;
      console.log(
        `recorded: ${file.data.sessions.length} sessions, ${file.data.sets.length} sets, ${file.data.reps.length} reps, ` +
          `${file.data.partials.length} stored partials (${summaries.flatMap((s) => s.partials).length} in set summaries), ` +
          `${file.data.cues.length} cues, ${file.data.traces.length} trace chunks; full backup ${first.text.length} chars, ` +
          `session backup ${session.text.length} chars`,
      );

      // A verified backup was downloaded on this page: deleting asks the usual question only.
      await page.getByRole('link', { name: 'Your data' }).click();
      await page.getByRole('button', { name: 'Delete all my data…' }).click();
      await expect(page.locator('.danger-zone')).toHaveAttribute('data-state', 'confirm');
      await page.getByRole('button', { name: 'Yes, delete everything' }).click();
      await expect(coach(page)).toHaveAttribute('data-screen', 'readiness');

      await importText(page, first.name, first.text);
      await expect(importResult(page)).toHaveText(
        `Imported: ${recordCount(file)} records added, 0 updated, 0 already here.`,
      );
      const again = await downloadFullBackup(page);
      expect(firstDifference(withoutExportedAt(again.text), withoutExportedAt(first.text))).toBe(
        null,
      );

      // ---- A per-session export, brought into an empty browser (the clinic's) ----
      const clinic = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
      try {
        const other = await (
          await clinic.newContext({
            viewport: LAPTOP,
            ...(baseURL === undefined ? {} : { baseURL }),
          })
        ).newPage();
        await importText(other, 'session.json', session.text);
        await expect(importResult(other)).toHaveText(
          `Imported: ${recordCount(sessionFile)} records added, 0 updated, 0 already here.`,
        );
        const back = await downloadSession(other, 'stopped_pain');
        expect(firstDifference(withoutExportedAt(back.text), withoutExportedAt(session.text))).toBe(
          null,
        );
      } finally {
        await clinic.close();
      }
    } finally {
      await stance.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
