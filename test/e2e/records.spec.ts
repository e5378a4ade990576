// Records that agree with each other, end to end in Chromium on real IndexedDB, seeded through a
// backup import: a balance hold session (two sets, a form fault seen six times) and, the next
// day, a squat session stopped for pain. The history list names the exercises and the seconds
// held; the session detail counts the same faults as the summary did; the hold-time chart and a
// lone session's target line are drawn; home says why the squat was stopped before offering it;
// the program chosen on home survives a reload.
import type { Page } from '@playwright/test';
import type { BackupFile } from '../../src/platform/storage/backup-schema';
import type {
  ExerciseSetRecord,
  Prescription,
  SessionRecord,
  StoredRep,
} from '../../src/core/session/types';
import type { Degrees, Ms } from '../../src/core/units';
import { expect, test } from './fixtures';
import {
  answerReadiness,
  coach,
  expectAccessible,
  importResult,
  importText,
  LAPTOP,
  snap,
} from './screens';
import { SQUAT_2X8 } from './seed-data';

const HOUR_MS = 3_600_000;
const now = Date.now();
const holdAt = now - 30 * HOUR_MS;
const squatAt = now - 6 * HOUR_MS;

const stance: Prescription = {
  exerciseId: 'single_leg_stance',
  sets: 2,
  reps: null,
  holdSeconds: 20,
  restSeconds: 30,
  override: null,
  notes: '',
};

const session = (id: string, startedAt: number, status: SessionRecord['status']) => ({
  id,
  programId: null,
  startedAt,
  endedAt: startedAt + 10 * 60_000,
  status,
  painBefore: 2,
  painAfter: status === 'stopped_pain' ? 6 : 2,
  exertion: 3,
  ownerId: 'seeded',
  notes: '',
});

const baseSet = (
  id: string,
  sessionId: string,
  setNumber: number,
  p: Prescription,
  startedAt: number,
): ExerciseSetRecord => ({
  id,
  sessionId,
  exerciseId: p.exerciseId,
  setNumber,
  prescription: p,
  startedAt,
  endedAt: startedAt + 40_000,
  status: 'completed',
  repCount: 0,
  holdSeconds: null,
  painBefore: null,
  painAfter: null,
  exertion: null,
  summary: null,
});

/** A balance set: held `seconds`, with `faults` episodes of "Keep your hips level". */
const holdSet = (n: number, seconds: number, faults: number): ExerciseSetRecord => ({
  ...baseSet(`hold-${n}`, 'hold', n, stance, holdAt + n * 60_000),
  holdSeconds: seconds,
  summary: {
    exerciseId: 'single_leg_stance',
    reps: [],
    repCount: 0,
    partials: [],
    holdSeconds: seconds,
    longestHoldSeconds: seconds,
    balance: null,
    faults: Array.from({ length: faults }, (_, i) => ({
      ruleId: 'pelvic_drop',
      startMs: (i * 2_000) as Ms,
      endMs: (i * 2_000 + 900) as Ms,
    })),
    meanScore: null,
  },
});

const SQUAT_PEAKS = [58, 61, 64];
const squatSet: ExerciseSetRecord = {
  ...baseSet('squat-1', 'squat', 1, SQUAT_2X8, squatAt + 60_000),
  status: 'stopped_pain',
  repCount: SQUAT_PEAKS.length,
  painBefore: 2,
  painAfter: 6,
};
const squatReps: StoredRep[] = SQUAT_PEAKS.map((peak, i) => ({
  id: `squat-r${i + 1}`,
  sessionId: 'squat',
  setId: 'squat-1',
  exerciseId: 'squat',
  recordedAt: squatAt + 60_000 + i * 5_000,
  rep: {
    index: i + 1,
    side: null,
    startMs: (i * 5_000) as Ms,
    peakMs: (i * 5_000 + 2_000) as Ms,
    endTimestampMs: (i * 5_000 + 4_000) as Ms,
    quality: {
      peakRomDeg: peak as Degrees,
      targetDeg: 90 as Degrees,
      romPercent: (100 * peak) / 90,
      upMs: 2_000 as Ms,
      downMs: 2_000 as Ms,
      tempoUpRatio: 1,
      tempoDownRatio: 1,
      symmetryPercent: null,
      velocityPeaks: 2,
      smoothness: 1,
      faults: [],
      score: 70,
    },
  },
}));

const BACKUP: BackupFile = {
  format: 'formcoach-backup',
  version: 1,
  exportedAt: now,
  scope: 'full',
  data: {
    profile: [],
    settings: [],
    programs: [],
    sessions: [session('hold', holdAt, 'completed'), session('squat', squatAt, 'stopped_pain')],
    sets: [holdSet(1, 20, 4), holdSet(2, 14, 2), squatSet],
    reps: squatReps,
    partials: [],
    cues: [],
    traces: [],
    journal: [],
    readiness: [],
    testResults: [],
  },
};

async function seed(page: Page): Promise<void> {
  await importText(page, 'records.json', JSON.stringify(BACKUP));
  await expect(importResult(page)).toHaveAttribute('data-state', 'imported');
}

/** Pixels of the canvas within a small distance of a CSS colour (the chart's tone). */
async function pixelsOfTone(page: Page, testId: string, tone: string): Promise<number> {
  return page.getByTestId(testId).evaluate((figure, cssVar) => {
    const canvas = figure.querySelector('canvas');
    if (canvas === null) return -1;
    const probe = document.createElement('canvas').getContext('2d');
    if (probe === null) return -1;
    probe.fillStyle = getComputedStyle(figure).getPropertyValue(cssVar).trim();
    probe.fillRect(0, 0, 1, 1);
    const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
    if (data === undefined) return -1;
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const d =
        Math.abs((data[i] ?? 0) - (r ?? 0)) +
        Math.abs((data[i + 1] ?? 0) - (g ?? 0)) +
        Math.abs((data[i + 2] ?? 0) - (b ?? 0));
      if (d < 40 && (data[i + 3] ?? 0) > 200) count += 1;
    }
    return count;
  }, tone);
}

test.use({ viewport: LAPTOP });

test('history: hold sessions are named with the seconds held; one fault count; hold and target lines drawn', async ({
  page,
}) => {
  await seed(page);
  await page.goto('/#/history');
  await expect(page.getByTestId('history')).toHaveAttribute('data-state', 'ready');

  const holdRow = page.locator('[data-testid="session-row"][data-status="completed"]');
  await expect(holdRow.getByTestId('session-done')).toHaveText('34 s held');
  await expect(holdRow).toContainText('Single-leg stance ·');
  await expect(holdRow).not.toContainText('Single exercise');
  const squatRow = page.locator('[data-testid="session-row"][data-status="stopped_pain"]');
  await expect(squatRow).toContainText('Squat ·');
  await expect(squatRow.getByTestId('session-done')).toHaveText('3 reps');

  // Time held against prescribed, per session: one session of 2 × 20 s.
  const hold = page.getByTestId('chart-hold');
  await expect(hold).toHaveAttribute('data-points', '1');
  await expect(hold.locator('table tbody tr td')).toHaveText(['34 s', '40 s']);
  // One squat session: its best range and, across the axis, the 90° target (tone 2).
  await expect(page.getByTestId('chart-rom')).toHaveAttribute('data-points', '1');
  expect(await pixelsOfTone(page, 'chart-rom', '--chart-2')).toBeGreaterThan(100);
  expect(await pixelsOfTone(page, 'chart-hold', '--chart-2')).toBeGreaterThan(100);
  await expectAccessible(page, 'history');
  await snap(page, 'records-history');

  // The balance session's detail counts the faults its summary counted (4 + 2 episodes).
  await holdRow.getByRole('link').click();
  const detail = page.getByTestId('session-detail');
  await expect(detail).toHaveAttribute('data-state', 'ready');
  await expect(detail.getByTestId('set-faults')).toHaveText([
    'Keep your hips level — 4 times',
    'Keep your hips level — 2 times',
  ]);
  await expect(detail).not.toContainText('No form faults seen');
  // A hold set's result is the seconds held, not "0 reps".
  await expect(detail.getByTestId('set-card').first()).toContainText('Held 20 s of 20 s');
  await expect(detail.getByTestId('set-card').nth(1)).toContainText('Held 14 s of 20 s');
  await expect(detail).not.toContainText('0 reps');
  await expect(detail.locator('dl')).toContainText('Single-leg stance');
  await snap(page, 'records-hold-detail');
});

test('home: says why the squat was stopped before offering it again; the program choice stays', async ({
  page,
}) => {
  await seed(page);
  await page.goto('/');
  await answerReadiness(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(coach(page)).toHaveAttribute('data-screen', 'home');

  await expect(page.getByTestId('pain-stop-note')).toHaveText(
    'Last time you stopped Squat because of pain (6/10). If it was sharp pain, contact your clinician before doing it again.',
  );
  await expect(page.getByTestId('last-session')).toContainText(
    'Squat — stopped because of pain, 1 set, 3 reps',
  );
  // The Knee program's squat item carries the same word.
  const squatItem = page.locator('.exercise-item', { hasText: 'Start Squat only' });
  await expect(squatItem.getByTestId('pain-stop-item')).toBeVisible();
  await expect(page.getByTestId('pain-stop-item')).toHaveCount(1);
  await expect(squatItem).toContainText('knee flexion target 90°');
  await expectAccessible(page, 'home after a pain stop');
  await snap(page, 'records-home-pain-stop');

  await page.getByLabel('Program').selectOption({ label: 'Balance' });
  await expect(page.getByRole('button', { name: 'Start Tandem stance only' })).toBeVisible();
  await page.reload();
  await expect(coach(page)).toHaveAttribute('data-screen', 'home');
  await expect(page.getByLabel('Program')).toHaveValue('builtin-balance');
  await expect(page.getByRole('button', { name: 'Start Tandem stance only' })).toBeVisible();
});
