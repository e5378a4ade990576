// The route table in the real app: the clinic area is its own chunk, fetched only when a clinic
// page is opened (never on the patient's first load), lists the sessions stored on this device and
// shows a stored set's figures; a chunk that cannot be fetched shows an error with a retry; a hash
// that names no page says so, with the way home.
import type { Page, Request } from '@playwright/test';
import type { PartialRecord } from '../../src/core/analysis-types';
import type {
  ExerciseSetRecord,
  Prescription,
  SessionRecord,
  StoredPartial,
  StoredRep,
} from '../../src/core/session/types';
import type { Degrees, Ms } from '../../src/core/units';
import type { BackupFile } from '../../src/platform/storage/backup-schema';
import { expect, test } from './fixtures';
import { expectAccessible, importResult, importText, LAPTOP, snap } from './screens';
import { SQUAT_2X8 } from './seed-data';

const STARTED_AT = Date.now() - 2 * 86_400_000;
const SESSION: SessionRecord = {
  id: 'clinic-session-1',
  programId: null,
  startedAt: STARTED_AT,
  endedAt: STARTED_AT + 15 * 60_000,
  status: 'completed',
  painBefore: 2,
  painAfter: 3,
  exertion: 4,
  ownerId: 'seeded',
  notes: '',
};
/** The therapist lowered the squat's target to 80° for this patient. */
const SQUAT: Prescription = { ...SQUAT_2X8, override: { romTargetDeg: 80 } };
const STANCE: Prescription = {
  exerciseId: 'single_leg_stance',
  sets: 1,
  reps: null,
  holdSeconds: 30,
  restSeconds: 30,
  override: null,
  notes: 'Near a counter',
};
const set = (
  id: string,
  exerciseId: string,
  prescription: Prescription,
  patch: Partial<ExerciseSetRecord>,
): ExerciseSetRecord => ({
  id,
  sessionId: SESSION.id,
  exerciseId,
  setNumber: 1,
  prescription,
  startedAt: STARTED_AT + 60_000,
  endedAt: STARTED_AT + 120_000,
  status: 'completed',
  repCount: 0,
  holdSeconds: null,
  painBefore: null,
  painAfter: null,
  exertion: null,
  summary: null,
  ...patch,
});
const SQUAT_SET = set('set-squat/1', 'squat', SQUAT, { repCount: 3 });
const BALANCE = {
  stanceMs: 29_000 as Ms,
  pathLengthTorso: 1.234,
  meanVelocityTorsoPerS: 0.0426,
  area95Torso2: 0.0117,
  lossCount: 2,
  losses: [],
};
const STANCE_SET = set('set-stance', 'single_leg_stance', STANCE, {
  startedAt: STARTED_AT + 180_000,
  holdSeconds: 27.6,
  summary: {
    exerciseId: 'single_leg_stance',
    reps: [],
    repCount: 0,
    partials: [],
    holdSeconds: 27.6,
    longestHoldSeconds: 19.2,
    balance: BALANCE,
    faults: [],
    meanScore: null,
  },
});
/** Peak knee flexion, time out and back (ms) and score of each squat. */
const SQUATS = [
  { peak: 60, up: 1500, down: 2500, score: 71 },
  { peak: 72, up: 1800, down: 2100, score: 64 },
  { peak: 80, up: 2000, down: 2000, score: 88 },
];
const REPS: StoredRep[] = SQUATS.map((r, i) => ({
  id: `rep-${i + 1}`,
  sessionId: SESSION.id,
  setId: SQUAT_SET.id,
  exerciseId: 'squat',
  recordedAt: STARTED_AT + 70_000 + i * 5_000,
  rep: {
    index: i + 1,
    side: null,
    startMs: (i * 5_000) as Ms,
    peakMs: (i * 5_000 + r.up) as Ms,
    endTimestampMs: (i * 5_000 + r.up + r.down) as Ms,
    quality: {
      peakRomDeg: r.peak as Degrees,
      targetDeg: 80 as Degrees,
      romPercent: (r.peak / 80) * 100,
      upMs: r.up as Ms,
      downMs: r.down as Ms,
      tempoUpRatio: r.up / 2000,
      tempoDownRatio: r.down / 2000,
      symmetryPercent: null,
      velocityPeaks: 2,
      smoothness: 1,
      faults: i === 1 ? [{ ruleId: 'trunk_lean', durationMs: 600 as Ms }] : [],
      score: r.score,
    },
  },
}));
const PARTIAL: PartialRecord = {
  reason: 'not_deep_enough',
  side: null,
  startMs: 15_000 as Ms,
  endTimestampMs: 17_500 as Ms,
  depthFraction: 0.4,
};
const PARTIALS: StoredPartial[] = [
  {
    id: 'partial-1',
    sessionId: SESSION.id,
    setId: SQUAT_SET.id,
    recordedAt: STARTED_AT + 90_000,
    partial: PARTIAL,
  },
];
const BACKUP: BackupFile = {
  format: 'formcoach-backup',
  version: 1,
  exportedAt: Date.now(),
  scope: 'full',
  data: {
    profile: [],
    settings: [],
    programs: [],
    sessions: [SESSION],
    sets: [SQUAT_SET, STANCE_SET],
    reps: REPS,
    partials: PARTIALS,
    cues: [],
    traces: [],
    journal: [],
    readiness: [],
    testResults: [],
  },
};

const isClinicChunk = (request: Request): boolean =>
  /\/assets\/clinic-area-[^/]*\.js$/.test(new URL(request.url()).pathname);

async function seed(page: Page): Promise<void> {
  await importText(page, 'clinic.json', JSON.stringify(BACKUP));
  await expect(importResult(page)).toHaveAttribute('data-state', 'imported');
}

test.use({ viewport: LAPTOP });

test('the clinic area is fetched only when opened, lists stored sessions and reviews a set', async ({
  page,
}) => {
  const clinicRequests: string[] = [];
  page.on('request', (request) => {
    if (isClinicChunk(request)) clinicRequests.push(request.url());
  });
  await seed(page);
  await page.goto('/');
  await expect(page.getByTestId('coach')).toBeVisible();
  expect(clinicRequests).toEqual([]);

  await page.getByRole('link', { name: 'Therapist: review sessions' }).click();
  const list = page.getByTestId('clinic-sessions');
  await expect(list).toHaveAttribute('data-state', 'ready');
  expect(clinicRequests).toHaveLength(1);
  await expect(list.getByTestId('clinic-session')).toHaveCount(1);
  await expect(list.getByTestId('clinic-set-link')).toHaveCount(2);
  await expectAccessible(page, 'clinic sessions');
  await snap(page, 'clinic-sessions');

  await list.getByRole('link', { name: /^Squat, set 1/ }).click();
  // The set id holds a '/': it travels percent-encoded and comes back whole.
  expect(new URL(page.url()).hash).toBe(
    `#/clinic/review/${SESSION.id}/${encodeURIComponent(SQUAT_SET.id)}`,
  );
  const review = page.getByTestId('set-review');
  await expect(review).toHaveAttribute('data-state', 'ready');
  await expect(review.getByRole('heading', { level: 2 })).toHaveText('Squat — set 1');
  const prescription = review.getByTestId('set-prescription');
  await expect(prescription).toContainText('80°');
  await expect(prescription).toContainText('Adjusted for this patient');
  await expect(review.getByTestId('rep-count')).toHaveText('3');
  const rows = review.getByTestId('review-rep');
  await expect(rows).toHaveCount(SQUATS.length);
  for (const [i, r] of SQUATS.entries()) {
    const cells = rows.nth(i).locator('td');
    await expect(cells.nth(0)).toHaveText(`${r.peak}°`);
    await expect(cells.nth(1)).toHaveText(`${Math.round((r.peak / 80) * 100)}%`);
    await expect(cells.nth(2)).toHaveText(
      `${(r.up / 1000).toFixed(1)} s / ${(r.down / 1000).toFixed(1)} s`,
    );
    await expect(cells.nth(3)).toHaveText(String(r.score));
  }
  await expect(rows.nth(1).locator('td').nth(4)).toHaveText(
    'Chest up — keep your back more upright',
  );
  await expect(review.getByTestId('set-partials')).toHaveText(
    'Not deep enough at 17.5 s, 40% of a typical rep',
  );
  await expectAccessible(page, 'clinic set review');
  await snap(page, 'clinic-set-review');

  // The hold-and-balance set, reached from the list again.
  await review.getByRole('link', { name: 'All sessions' }).click();
  await list.getByRole('link', { name: /^Single-leg stance, set 1/ }).click();
  const hold = page.getByTestId('set-hold');
  await expect(hold.getByTestId('held')).toHaveText('28 s');
  await expect(hold).toContainText(`Losses of balance${BALANCE.lossCount}`);
  await expect(hold).toContainText(BALANCE.area95Torso2.toFixed(2));
  await expect(page.getByTestId('review-rep-table')).toHaveCount(0);
  // One chunk fetch for the whole visit.
  expect(clinicRequests).toHaveLength(1);

  // A set that is not stored here.
  await page.goto(`/#/clinic/review/${SESSION.id}/no-such-set`);
  await expect(page.getByTestId('set-review')).toHaveAttribute('data-state', 'missing');
});

test.describe('without the service worker (so page.route sees the chunk request)', () => {
  test.use({ serviceWorkers: 'block' });

  test('a clinic chunk that cannot be fetched shows an error, and "Try again" loads it', async ({
    page,
  }) => {
    let isBlocked = true;
    await page.route(
      (url) => /\/assets\/clinic-area-[^/]*\.js$/.test(url.pathname),
      (route) => (isBlocked ? route.abort('internetdisconnected') : route.continue()),
    );
    await page.goto('/#/clinic');
    const area = page.getByTestId('lazy-area');
    await expect(area).toHaveAttribute('data-state', 'failed');
    await expect(area.getByRole('alert')).toContainText('could not be loaded');
    isBlocked = false;
    await area.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByTestId('clinic-sessions')).toHaveAttribute('data-state', 'ready');
  });
});

test('a hash that names no page says so and leads home; the coach is not shown instead', async ({
  page,
}) => {
  for (const hash of ['#/no-such-page', '#/history/%E0%A4%A', '#/clinic/review/only-one']) {
    await page.goto(`/${hash}`);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByTestId('coach')).toHaveCount(0);
  }
  await expectAccessible(page, 'not found');
  await page.getByRole('link', { name: 'Go to your exercises' }).click();
  await expect(page.getByTestId('coach')).toBeVisible();
  expect(new URL(page.url()).hash).toBe('#/');
});
