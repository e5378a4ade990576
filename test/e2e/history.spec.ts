// History, progress, journal and "Your data", end to end in Chromium: data is seeded by importing
// a generated backup (12 weeks of sessions) through the Your-data screen, then the history list,
// a session's detail, the charts (canvas and table of every point), the journal across a reload,
// a bad import, export → re-import without duplicates, delete-all, the storage problem banner;
// axe and screenshots at phone and laptop size on each screen.
import type { Locator, Page } from '@playwright/test';
import type { BackupFile } from '../../src/platform/storage/backup-schema';
import type {
  ExerciseSetRecord,
  JournalEntry,
  Program,
  SessionRecord,
  StoredRep,
} from '../../src/core/session/types';
import type { Degrees, Ms } from '../../src/core/units';
import { expect, test } from './fixtures';
import {
  downloadText,
  expectAccessible,
  importResult,
  importText,
  LAPTOP,
  PHONE,
  snap,
} from './screens';
import { SQUAT_2X8 } from './seed-data';

const DAY_MS = 86_400_000;

// ---- The generated history -------------------------------------------------------------------

/** Local midnight `days` days from today's. */
function localMidnight(daysFromToday: number): Date {
  const d = new Date();
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() + daysFromToday);
  return d;
}

const PROGRAM: Program = {
  id: 'therapist-knee-plan',
  name: 'Knee plan from my physio',
  description: 'Squats and knee extensions.',
  source: 'therapist',
  frequencyPerWeek: 3,
  exercises: [
    SQUAT_2X8,
    {
      exerciseId: 'knee_extension_seated',
      sets: 1,
      reps: 10,
      holdSeconds: null,
      restSeconds: 30,
      override: null,
      notes: '',
    },
  ],
  createdAt: 0,
  updatedAt: 0,
};

interface History {
  readonly file: BackupFile;
  readonly sessions: number;
  /** Sessions with knee extensions (every Monday). */
  readonly kneeSessions: number;
  readonly withExertion: number;
  readonly journalWithPain: number;
  readonly records: number;
}

/**
 * Eleven past weeks (this week left empty, so the weekly charts span 12 weeks): Monday, Wednesday
 * and Friday, two skipped; squats every session (2 sets × 8 reps, range rising towards the 90°
 * target), knee extensions on Mondays; one session stopped for pain, one interrupted, one without
 * an exertion answer; two journal entries.
 */
function generateHistory(): History {
  const thisMonday = localMidnight(-((new Date().getDay() + 6) % 7));
  const sessions: SessionRecord[] = [];
  const sets: ExerciseSetRecord[] = [];
  const reps: StoredRep[] = [];
  let n = 0;
  for (let week = 11; week >= 1; week -= 1) {
    for (const weekday of [0, 2, 4]) {
      if ((week === 9 && weekday === 2) || (week === 4 && weekday === 4)) continue;
      const start = new Date(thisMonday);
      start.setDate(start.getDate() - week * 7 + weekday);
      start.setHours(10, 0, 0, 0);
      const startedAt = start.getTime();
      const id = `s${String(n).padStart(3, '0')}`;
      const status: SessionRecord['status'] =
        n === 5 ? 'stopped_pain' : n === 12 ? 'interrupted' : 'completed';
      sessions.push({
        id,
        programId: PROGRAM.id,
        startedAt,
        endedAt: startedAt + 20 * 60_000,
        status,
        painBefore: 3 + (n % 3),
        painAfter: status === 'stopped_pain' ? 7 : 2 + (n % 2),
        exertion: n === 7 ? null : 3 + (n % 5),
        ownerId: 'generated',
        notes: '',
      });
      const exercises = weekday === 0 ? ['squat', 'knee_extension_seated'] : ['squat'];
      for (const exerciseId of exercises) {
        const setCount = exerciseId === 'squat' && status === 'completed' ? 2 : 1;
        for (let s = 1; s <= setCount; s += 1) {
          const setId = `${id}-${exerciseId}-${s}`;
          const repCount = status === 'interrupted' ? 3 : 8;
          const setStart = startedAt + s * 60_000;
          sets.push({
            id: setId,
            sessionId: id,
            exerciseId,
            setNumber: s,
            prescription: PROGRAM.exercises[exerciseId === 'squat' ? 0 : 1]!,
            startedAt: setStart,
            endedAt: setStart + 50_000,
            status: status === 'completed' ? 'completed' : status,
            repCount,
            holdSeconds: null,
            painBefore: null,
            painAfter: null,
            exertion: null,
            summary: null,
          });
          for (let r = 1; r <= repCount; r += 1) {
            const peak = (exerciseId === 'squat' ? 60 : 55) + n + r;
            reps.push({
              id: `${setId}-r${r}`,
              sessionId: id,
              setId,
              exerciseId,
              recordedAt: setStart + r * 5_000,
              rep: {
                index: r,
                side: null,
                startMs: (r * 5_000) as Ms,
                peakMs: (r * 5_000 + 2_000) as Ms,
                endTimestampMs: (r * 5_000 + 4_000) as Ms,
                quality: {
                  peakRomDeg: peak as Degrees,
                  targetDeg: (exerciseId === 'squat' ? 90 : 85) as Degrees,
                  romPercent: (peak / 90) * 100,
                  upMs: 2_000 as Ms,
                  downMs: 2_000 as Ms,
                  tempoUpRatio: 1,
                  tempoDownRatio: 1,
                  symmetryPercent: null,
                  velocityPeaks: 1,
                  smoothness: 0.9,
                  faults:
                    exerciseId === 'squat' && r === 2
                      ? [{ ruleId: 'trunk_lean', durationMs: 400 as Ms }]
                      : [],
                  score: 70 + r,
                },
              },
            });
          }
        }
      }
      n += 1;
    }
  }
  const journalDay = (days: number): string => {
    const d = localMidnight(days);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  const journal: JournalEntry[] = [
    {
      id: 'j1',
      date: journalDay(-20),
      pain: 4,
      sleepHours: 6,
      sleepQuality: 5,
      mood: 3,
      activities: 'Walked to the shop.',
      notes: '',
      updatedAt: Date.now() - 20 * DAY_MS,
    },
    {
      id: 'j2',
      date: journalDay(-10),
      pain: 2,
      sleepHours: 8,
      sleepQuality: 8,
      mood: 4,
      activities: 'Gardening for an hour.',
      notes: 'Knee felt better.',
      updatedAt: Date.now() - 10 * DAY_MS,
    },
  ];
  const file: BackupFile = {
    format: 'formcoach-backup',
    version: 1,
    exportedAt: Date.now(),
    scope: 'full',
    data: {
      profile: [],
      settings: [],
      programs: [PROGRAM],
      sessions,
      sets,
      reps,
      partials: [],
      cues: [],
      traces: [],
      journal,
      readiness: [],
      testResults: [],
    },
  };
  return {
    file,
    sessions: sessions.length,
    kneeSessions: new Set(sets.filter((s) => s.exerciseId !== 'squat').map((s) => s.sessionId))
      .size,
    withExertion: sessions.filter((s) => s.exertion !== null).length,
    journalWithPain: journal.length,
    records: 1 + sessions.length + sets.length + reps.length + journal.length,
  };
}

const HISTORY = generateHistory();
const WEEKS = 12;

// ---- Helpers ---------------------------------------------------------------------------------

async function seed(page: Page): Promise<void> {
  await importText(page, 'history.json', JSON.stringify(HISTORY.file));
  await expect(importResult(page)).toHaveAttribute('data-state', 'imported');
  await expect(importResult(page)).toHaveText(
    `Imported: ${HISTORY.records} records added, 0 updated, 0 already here.`,
  );
}

async function openHistory(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'History' })
    .click();
  await expect(page.getByTestId('history')).toHaveAttribute('data-state', 'ready');
}

const tableRows = (page: Page, chart: string): Locator =>
  page.getByTestId(chart).locator('table tbody tr');

// ---- Tests -----------------------------------------------------------------------------------

test.use({ viewport: LAPTOP });

test('history: an imported 12-week history lists every session, newest first, and opens one', async ({
  page,
}) => {
  await seed(page);
  await expectAccessible(page, 'your data');
  await snap(page, 'data');

  await openHistory(page);
  const rows = page.getByTestId('session-row');
  await expect(rows).toHaveCount(HISTORY.sessions);
  const newest = [...HISTORY.file.data.sessions].sort((a, b) => b.startedAt - a.startedAt);
  await expect(rows.first().getByRole('link')).toHaveAttribute(
    'href',
    `#/history/${newest[0]!.id}`,
  );
  await expect(rows.last().getByRole('link')).toHaveAttribute(
    'href',
    `#/history/${newest.at(-1)!.id}`,
  );
  await expect(rows.first()).toContainText('Knee plan from my physio');
  await expect(page.locator('[data-testid="session-row"][data-status="stopped_pain"]')).toHaveCount(
    1,
  );
  await expect(
    page.locator('[data-testid="session-row"][data-status="stopped_pain"]'),
  ).toContainText('Stopped — pain');
  await expect(
    page.locator('[data-testid="session-row"][data-status="interrupted"]'),
  ).toContainText('Interrupted');
  await expectAccessible(page, 'history');
  await snap(page, 'history');

  // The session stopped for pain: its detail, reps and export.
  await page.locator('[data-testid="session-row"][data-status="stopped_pain"] a').click();
  const detail = page.getByTestId('session-detail');
  await expect(detail).toHaveAttribute('data-state', 'ready');
  await expect(detail.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(detail.locator('dl').getByTestId('session-status')).toHaveText('! Stopped — pain');
  await expect(detail.getByTestId('pain-after')).toHaveText('7');
  const stopped = HISTORY.file.data.sessions.find((s) => s.status === 'stopped_pain')!;
  const stoppedSets = HISTORY.file.data.sets.filter((s) => s.sessionId === stopped.id);
  await expect(detail.getByTestId('set-card')).toHaveCount(stoppedSets.length);
  await expect(detail.getByTestId('rep-table').first().locator('tbody tr')).toHaveCount(8);
  await expect(detail.getByTestId('set-card').first()).toContainText(
    'Chest up — keep your back more upright — 1 time',
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    detail.getByRole('button', { name: 'Download this session (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^formcoach-session-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(detail.getByTestId('download-status')).toHaveAttribute('data-state', 'verified');
  const exported = JSON.parse(await downloadText(download)) as BackupFile;
  expect(exported.scope).toBe('session');
  expect(exported.data.sessions.map((s) => s.id)).toEqual([stopped.id]);
  expect(exported.data.reps).toHaveLength(
    HISTORY.file.data.reps.filter((r) => r.sessionId === stopped.id).length,
  );
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    detail.getByRole('button', { name: 'Download its reps (CSV)' }).click(),
  ]);
  expect((await downloadText(csv)).trim().split('\r\n')).toHaveLength(
    1 + exported.data.reps.length,
  );
  await expectAccessible(page, 'session detail');
  await snap(page, 'session-detail');
});

test('progress charts draw on a canvas and list every point in their tables', async ({ page }) => {
  await seed(page);
  await openHistory(page);
  const expected: [string, number][] = [
    ['chart-rom', HISTORY.sessions],
    ['chart-volume', WEEKS],
    ['chart-pain', HISTORY.sessions + HISTORY.journalWithPain],
    ['chart-exertion', HISTORY.withExertion],
    ['chart-adherence', WEEKS],
  ];
  for (const [chart, points] of expected) {
    await expect(page.getByTestId(chart).locator('canvas')).toHaveCount(1);
    await expect(page.getByTestId(chart)).toHaveAttribute('data-points', String(points));
    await expect(tableRows(page, chart)).toHaveCount(points);
  }
  // The canvas fits a phone.
  await page.setViewportSize(PHONE);
  for (const [chart] of expected) {
    const box = await page.getByTestId(chart).locator('canvas').boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(200);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(PHONE.width);
  }
  await page.setViewportSize(LAPTOP);

  // Adherence: 3 planned each week; the weeks with a skipped day show 2 done.
  const adherence = tableRows(page, 'chart-adherence');
  await expect(adherence.first().locator('td')).toHaveText(['3', '3', '100%']);
  await expect(adherence.last().locator('td')).toHaveText(['0', '3', '0%']);

  // The ROM chart follows the exercise picked.
  await page
    .getByLabel('Exercise', { exact: true })
    .selectOption({ label: 'Seated knee extension' });
  await expect(tableRows(page, 'chart-rom')).toHaveCount(HISTORY.kneeSessions);
  await expect(tableRows(page, 'chart-rom').first().locator('td').last()).toHaveText('85°');

  await page.getByTestId('chart-rom').getByText('Show the numbers').click();
  await expectAccessible(page, 'history with a table open');
});

test('journal: an entry is saved, shown beside the sessions, and still there after a reload', async ({
  page,
}) => {
  await seed(page);
  await page.getByRole('link', { name: 'Journal' }).click();
  const journal = page.getByTestId('journal');
  await expect(journal).toHaveAttribute('data-state', 'ready');
  await expect(journal.getByTestId('journal-entry-title')).toContainText('(today)');
  await journal.getByTestId('journal-pain').getByRole('radio', { name: '4', exact: true }).check();
  await journal.getByLabel('Hours slept').fill('7.5');
  await journal.getByRole('radio', { name: 'Good', exact: true }).check();
  await journal.getByLabel('How did your daily activities go?').fill('Climbed the stairs twice.');
  await journal.getByRole('button', { name: 'Save entry' }).click();
  await expect(journal.getByTestId('journal-form')).toHaveAttribute('data-state', 'saved');
  await expect(journal.getByTestId('day-item').first()).toContainText('Climbed the stairs twice.');
  // Days with sessions show them beside the entry; the list shows 14 days at a time.
  const days = journal.getByTestId('day-item');
  await expect(days).toHaveCount(14);
  const newest = [...HISTORY.file.data.sessions].sort((a, b) => b.startedAt - a.startedAt)[0]!;
  await expect(days.nth(1).getByRole('link')).toHaveAttribute('href', `#/history/${newest.id}`);
  await journal.getByRole('button', { name: 'Show earlier days' }).click();
  await expect(days).toHaveCount(28);

  await page.reload();
  await expect(journal).toHaveAttribute('data-state', 'ready');
  await expect(
    journal.getByTestId('journal-pain').getByRole('radio', { name: '4', exact: true }),
  ).toBeChecked();
  await expect(journal.getByLabel('Hours slept')).toHaveValue('7.5');
  await expect(journal.getByRole('radio', { name: 'Good', exact: true })).toBeChecked();
  await expect(journal.getByTestId('day-item').first()).toContainText(
    'Pain 4 · sleep 7.5 h · mood Good',
  );

  // A past day's entry opens for editing.
  const older = HISTORY.file.data.journal[1]!;
  await journal.getByLabel('Day', { exact: true }).fill(older.date);
  await expect(journal.getByLabel('How did your daily activities go?')).toHaveValue(
    older.activities,
  );
  await expectAccessible(page, 'journal');
  await snap(page, 'journal');

  // Journal pain is plotted beside session pain: the new entry adds one point.
  await openHistory(page);
  await expect(tableRows(page, 'chart-pain')).toHaveCount(
    HISTORY.sessions + HISTORY.journalWithPain + 1,
  );
});

test('a bad backup is refused with the path of what is wrong, and nothing changes', async ({
  page,
}) => {
  await seed(page);
  const bad = structuredClone(HISTORY.file) as unknown as {
    data: { sessions: { painBefore: unknown }[] };
  };
  bad.data.sessions[3]!.painBefore = 12;
  await importText(page, 'bad.json', JSON.stringify(bad));
  await expect(importResult(page)).toHaveAttribute('data-state', 'rejected');
  await expect(importResult(page)).toHaveAttribute('role', 'alert');
  await expect(importResult(page)).toContainText('data.sessions[3].painBefore');
  await expect(importResult(page)).toContainText('Nothing was imported.');
  await expectAccessible(page, 'your data, import refused');
  await snap(page, 'data-import-refused');

  await importText(page, 'truncated.json', JSON.stringify(HISTORY.file).slice(0, 5000));
  await expect(importResult(page)).toContainText('the file is not valid JSON');
  await openHistory(page);
  await expect(page.getByTestId('session-row')).toHaveCount(HISTORY.sessions);
});

test('a full backup downloads, and importing it again adds nothing', async ({ page }) => {
  await seed(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a full backup (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^formcoach-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByTestId('download-status')).toHaveText(
    `Downloaded ${download.suggestedFilename()}. Checked: FormCoach can read this backup back.`,
  );
  const text = await downloadText(download);
  const backup = JSON.parse(text) as BackupFile;
  expect(backup.data.sessions).toHaveLength(HISTORY.sessions);

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download all reps (CSV for spreadsheets)' }).click(),
  ]);
  expect((await downloadText(csv)).trim().split('\r\n')).toHaveLength(
    1 + HISTORY.file.data.reps.length,
  );

  await importText(page, download.suggestedFilename(), text);
  await expect(importResult(page)).toHaveText(
    `Imported: 0 records added, 0 updated, ${HISTORY.records} already here.`,
  );
  await openHistory(page);
  await expect(page.getByTestId('session-row')).toHaveCount(HISTORY.sessions);
});

test('delete all my data asks first, then really deletes and returns to the first run', async ({
  page,
}) => {
  await seed(page);
  const card = page.locator('.danger-zone');
  // No backup downloaded on this page: one more step, which offers to download one first.
  await page.getByRole('button', { name: 'Delete all my data…' }).click();
  await expect(card).toHaveAttribute('data-state', 'backup-warning');
  await expect(card).toContainText(
    'No backup has been downloaded on this page. Once deleted, your data cannot be brought back.',
  );
  await expect(page.getByRole('button', { name: 'Download a backup first' })).toBeFocused();
  await expectAccessible(page, 'your data, no backup before deleting');
  await snap(page, 'data-delete-no-backup');
  await page.getByRole('button', { name: 'Continue without a verified backup…' }).click();
  await expect(card).toHaveAttribute('data-state', 'confirm');
  await expect(page.getByRole('button', { name: 'Yes, delete everything' })).toBeFocused();
  await expectAccessible(page, 'your data, delete confirmation');
  await snap(page, 'data-delete-confirm');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(card).toHaveAttribute('data-state', 'idle');

  // "Download a backup first" saves a verified backup and deletes nothing; asked again, deleting
  // goes straight to the usual confirmation.
  await page.getByRole('button', { name: 'Delete all my data…' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup first' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^formcoach-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByTestId('download-status')).toHaveAttribute('data-state', 'verified');
  await expect(card).toHaveAttribute('data-state', 'idle');
  await page.getByRole('button', { name: 'Delete all my data…' }).click();
  await expect(card).toHaveAttribute('data-state', 'confirm');
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByTestId('coach')).toHaveAttribute('data-screen', 'readiness');
  await expect(page.getByTestId('storage-banner')).toHaveCount(0);

  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByTestId('history')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId('session-row')).toHaveCount(0);
  await expect(page.getByTestId('history')).toContainText('No sessions yet.');
  await expectAccessible(page, 'history, empty');
  await page.getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByTestId('journal')).toContainText('No entries or sessions yet.');
});

test('a backup the app cannot read back is still downloaded, called unverified, and deleting warns', async ({
  page,
}) => {
  await seed(page);
  // A session stored with a pain score of 12 (as a faulty build or a changed scale could leave):
  // written straight into the real database, as the app's own writes would have been.
  const stored = HISTORY.file.data.sessions[0]!;
  const bad = { ...stored, id: 'session-pain-12', painBefore: 12 };
  await page.evaluate(async (record) => {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('formcoach');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const tx = request.result.transaction('sessions', 'readwrite');
        tx.objectStore('sessions').put(record);
        tx.oncomplete = () => {
          request.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  }, bad);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a full backup (JSON)' }).click(),
  ]);
  const name = download.suggestedFilename();
  expect(name).toMatch(/^formcoach-backup-\d{4}-\d{2}-\d{2}-unverified\.json$/);
  const status = page.getByTestId('download-status');
  await expect(status).toHaveAttribute('data-state', 'unverified');
  const sessionIndex = [...HISTORY.file.data.sessions.map((s) => s.id), bad.id]
    .sort()
    .indexOf(bad.id);
  const problem = `data.sessions[${sessionIndex}].painBefore: Too big: expected number to be <=10`;
  await expect(status).toContainText(`This backup could not be verified`);
  await expect(status).toContainText(problem);
  await expect(status).toContainText(`It was downloaded anyway as ${name}`);
  // The file holds everything stored, the refused record included.
  const raw = JSON.parse(await downloadText(download)) as BackupFile;
  expect(raw.data.sessions).toHaveLength(HISTORY.sessions + 1);
  expect(raw.data.sessions[sessionIndex]).toEqual(bad);

  const card = page.locator('.danger-zone');
  await page.getByRole('button', { name: 'Delete all my data…' }).click();
  await expect(card).toHaveAttribute('data-state', 'backup-warning');
  await expect(card).toContainText(
    'Your last backup could not be verified: it may not bring your data back.',
  );
  await expect(card.getByTestId('delete-backup-reason')).toHaveText(
    `${name} could not be read back: ${problem}.`,
  );
  await expectAccessible(page, 'your data, unverified backup');
  await snap(page, 'data-backup-unverified');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(card).toHaveAttribute('data-state', 'idle');

  // The per-session export of that session says the same.
  await page.goto(`/#/history/${bad.id}`);
  const detail = page.getByTestId('session-detail');
  await expect(detail).toHaveAttribute('data-state', 'ready');
  const [one] = await Promise.all([
    page.waitForEvent('download'),
    detail.getByRole('button', { name: 'Download this session (JSON)' }).click(),
  ]);
  expect(one.suggestedFilename()).toMatch(/-unverified\.json$/);
  await expect(detail.getByTestId('download-status')).toHaveAttribute('data-state', 'unverified');
  await expect(detail.getByTestId('download-status')).toContainText(
    'data.sessions[0].painBefore: Too big: expected number to be <=10',
  );
});

test('a storage problem shows a banner that stays across screens', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByTestId('coach')).toHaveAttribute('data-screen', 'readiness');
  await expect(page.getByTestId('storage-banner')).toHaveCount(0);
  // Another tab opens a newer version of the database: this tab must stop writing and say so.
  const other = await context.newPage();
  await other.goto('/#/data');
  await other.evaluate(async () => {
    const info = (await indexedDB.databases()).find((d) => d.name === 'formcoach');
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('formcoach', (info?.version ?? 1) + 1);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
  });
  const banner = page.getByTestId('storage-banner');
  await expect(banner).toHaveAttribute('data-state', 'stale_tab');
  await expect(banner).toHaveAttribute('role', 'alert');
  await expect(banner).toContainText('Reload this page');
  await page.getByRole('link', { name: 'Your data' }).click();
  await expect(banner).toHaveAttribute('data-state', 'stale_tab');
  await expectAccessible(page, 'storage banner');
  await snap(page, 'storage-banner');
});
