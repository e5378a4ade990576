// Issue #11, item 5 (patient side) and item 6's start: the clinic's program link, made here with the
// app's own module (real WebCrypto, real compression, no mock), opened in real Chromium on a fresh
// device: the preview names the prescriber and what changes, Accept stores it in the real
// IndexedDB, and after a reload home follows it (today's exercises, the therapist's ROM target).
// One changed character is refused with the patient's message and nothing changes; an older version
// after a newer one is refused as a replay.
import { expect, test, type Page } from '@playwright/test';
import { programFromEdit } from '../../src/core/programs/versions';
import { DAYS_OF_WEEK } from '../../src/core/programs/versions';
import type { Program } from '../../src/core/session/types';
import {
  clinicFingerprint,
  clinicKeysGenerate,
  clinicPublicKeys,
} from '../../src/platform/share/clinic-keys';
import { programLinkCreate } from '../../src/platform/share/program-link';
import { prescriptionFor } from '../helpers/program-fixtures';
import { answerReadiness, coach, expectAccessible, LAPTOP, PHONE } from './screens';

const SHOTS = '/work/shots-accept';
const CLINIC = 'Fjord Physio Clinic';
const SQUAT_TARGET = 73;

const isoDay = (d: Date): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const daysFromNow = (n: number): string => isoDay(new Date(Date.now() + n * 86_400_000));

async function shots(page: Page, name: string): Promise<void> {
  for (const size of [PHONE, LAPTOP]) {
    await page.setViewportSize(size);
    await page.screenshot({
      path: `${SHOTS}/${name}-${size.width}x${size.height}.png`,
      fullPage: true,
    });
  }
}

/** The ids in the real IndexedDB's programs store. */
const storedProgramIds = (page: Page): Promise<string[]> =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('formcoach');
        open.onerror = () => reject(new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('programs').objectStore('programs').getAllKeys();
          req.onsuccess = () => {
            db.close();
            resolve(req.result.map(String).sort());
          };
        };
      }),
  );

test('a program link: preview, accept, home follows it; a changed character and a replay are refused', async ({
  page,
  baseURL,
}) => {
  const keys = await clinicKeysGenerate();
  const fingerprint = await clinicFingerprint(await clinicPublicKeys(keys));
  // Today's day of the week, from Monday = 0 (the browser runs on this machine, in its time zone).
  const today = DAYS_OF_WEEK[(new Date().getDay() + 6) % 7];
  if (today === undefined) throw new Error('no day of the week');
  const ids = ['squat', 'sit_to_stand', 'glute_bridge', 'lunge'];
  const exercises = ids.map((id, i) => {
    const p = prescriptionFor(id, i);
    return id === 'squat' ? { ...p, override: { ...p.override, romTargetDeg: SQUAT_TARGET } } : p;
  });
  const ctx = {
    lineageId: '0b7e4c1a-2f3d-4e5a-8b9c-1d2e3f4a5b6c',
    prescribedBy: { displayName: CLINIC, keyFingerprint: fingerprint },
    atMs: Date.now(),
  };
  const edit = {
    name: 'Knee, phase 2',
    description: 'Mornings, before work.',
    frequencyPerWeek: 0,
    exercises,
    schedule: {
      frequency: 1,
      period: 1 as const,
      periodUnit: 'd' as const,
      dayOfWeek: [today],
      timeOfDay: ['08:00:00'],
      boundsPeriod: { start: daysFromNow(-7), end: daysFromNow(60) },
    },
  };
  const v1: Program = programFromEdit(edit, { ...ctx, previous: null });
  const v2: Program = programFromEdit(
    { ...edit, exercises: exercises.map((p, i) => (i === 1 ? { ...p, sets: p.sets + 1 } : p)) },
    { ...ctx, previous: v1 },
  );
  const app = `${baseURL ?? ''}/`;
  const link1 = await programLinkCreate(v1, keys, app);
  const link2 = await programLinkCreate(v2, keys, app);

  // A fresh device opens the link: the preview, before any first-run screen.
  await page.setViewportSize(LAPTOP);
  await page.goto(link1);
  const offer = page.getByTestId('program-offer');
  await expect(offer).toHaveAttribute('data-state', 'preview');
  await expect(page.getByTestId('offer-prescriber')).toContainText(`Prescribed by ${CLINIC}`);
  await expect(page.getByTestId('offer-prescriber')).toContainText(fingerprint);
  await expect(page.getByTestId('offer-changes')).toContainText('This is a new program');
  await expect(page.getByTestId('offer-exercises').getByRole('listitem')).toHaveCount(4);
  await expect(page.getByTestId('offer-exercises')).toContainText(`target ${SQUAT_TARGET}°`);
  await expect(page.getByTestId('offer-schedule')).toContainText('once a day at 08:00');
  expect(await storedProgramIds(page)).toEqual([]);
  await expectAccessible(page, 'program preview');
  await shots(page, 'program-preview-new');

  await page.getByRole('button', { name: 'Accept this program' }).click();
  // The fragment is gone; the first run's readiness check follows.
  await expect(coach(page)).toHaveAttribute('data-screen', 'readiness');
  // Accepting a clinic's program answered "who uses this device?": a patient.
  await expect(page.getByTestId('role-prompt')).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('#/');
  expect(await storedProgramIds(page)).toEqual([v1.id]);
  await answerReadiness(page);
  await page.getByRole('button', { name: 'Continue' }).click();

  // After a reload home follows the prescription.
  await page.reload();
  const home = page.getByTestId('home');
  await expect(home).toBeVisible();
  await expect(page.getByTestId('prescribed-by')).toHaveText(`Prescribed by ${CLINIC}`);
  await expect(page.getByTestId('schedule-today')).toHaveAttribute('data-state', 'due');
  await expect(home.getByRole('combobox', { name: 'Program' })).toHaveValue(v1.id);
  const squat = home.locator('.exercise-item').filter({ hasText: 'Squat' });
  await expect(squat).toContainText(`target ${SQUAT_TARGET}°`);
  await expect(home.locator('.exercise-item')).toHaveCount(4);
  await shots(page, 'home-prescribed');

  // The newer version: the preview says what changes; accepted.
  await page.goto(link2);
  await expect(offer).toHaveAttribute('data-state', 'preview');
  await expect(page.getByTestId('offer-changes')).toContainText('Changed: Sit to stand (sets)');
  await expectAccessible(page, 'program preview, changes');
  await shots(page, 'program-preview-changes');
  await page.getByRole('button', { name: 'Accept this program' }).click();
  await expect(home).toBeVisible();
  await expect(home.getByRole('combobox', { name: 'Program' })).toHaveValue(v2.id);
  const stored = [v1.id, v2.id].sort();
  expect(await storedProgramIds(page)).toEqual(stored);

  // One changed character: refused, nothing changed.
  const at = link2.indexOf('#program=') + 9 + 300;
  const tampered = `${link2.slice(0, at)}${link2[at] === 'A' ? 'B' : 'A'}${link2.slice(at + 1)}`;
  await page.goto(tampered);
  await expect(offer).toHaveAttribute('data-state', 'refused');
  await expect(page.getByTestId('offer-refused')).toContainText(
    'This link was changed after your clinic made it, so it cannot be trusted. Ask your clinic to send you the link again. Nothing on this device was changed.',
  );
  await expectAccessible(page, 'program refused');
  await shots(page, 'program-refused-tampered');
  expect(await storedProgramIds(page)).toEqual(stored);

  // The older version after the newer one: a replay, refused.
  await page.goto(link1);
  await expect(offer).toHaveAttribute('data-state', 'refused');
  await expect(page.getByTestId('offer-refused')).toContainText(
    'This is an older version of your program; you already follow a newer one.',
  );
  await expect(page.getByTestId('offer-refused')).toContainText(
    'You follow version 2; this link has version 1.',
  );
  await shots(page, 'program-refused-replay');
  expect(await storedProgramIds(page)).toEqual(stored);
  await page.getByRole('link', { name: 'Go to your exercises' }).click();
  await expect(home.getByRole('combobox', { name: 'Program' })).toHaveValue(v2.id);

  // The paste entry on home opens the same preview.
  await page.getByRole('link', { name: 'Open a program from your clinic' }).click();
  await page.getByLabel('Program link').fill(link2);
  await page.getByRole('button', { name: 'Open the program' }).click();
  await expect(offer).toHaveAttribute('data-state', 'preview');
  await expect(page.getByTestId('offer-changes')).toContainText(
    'You already follow this version of the program.',
  );
  await expectAccessible(page, 'program open');
  await page.getByRole('button', { name: 'Not now' }).click();
  await expect(home).toBeVisible();
  expect(await storedProgramIds(page)).toEqual(stored);
});
