// Steps and checks shared by the specs that walk the app's screens.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';

export const LAPTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };
/** Questions of the first-run readiness check. */
export const READINESS_QUESTIONS = 8;

export const coach = (page: Page): Locator => page.getByTestId('coach');

/** Screenshots at phone and laptop size (the page is left at laptop size). */
export async function snap(page: Page, name: string): Promise<void> {
  for (const size of [PHONE, LAPTOP]) {
    await page.setViewportSize(size);
    await page.screenshot({
      path: test.info().outputPath(`${name}-${size.width}x${size.height}.png`),
      fullPage: true,
    });
  }
}

/** Presses Tab until `target` has focus (a real keyboard walk); fails if it is never reached. */
export async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  const handle = await target.elementHandle();
  for (let i = 0; i < maxPresses; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((el) => document.activeElement === el, handle)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** No serious or critical axe violations on the screen shown. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${screen}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
    );
  expect(bad).toEqual([]);
}

/** Answers "No" to every readiness question and accepts the disclaimer (does not continue). */
export async function answerReadiness(page: Page): Promise<void> {
  await expect(coach(page)).toHaveAttribute('data-screen', 'readiness');
  const groups = page.getByTestId('readiness').getByRole('group');
  await expect(groups).toHaveCount(READINESS_QUESTIONS);
  for (let i = 0; i < READINESS_QUESTIONS; i += 1) {
    await groups.nth(i).getByRole('radio', { name: 'No' }).check();
  }
  await page
    .getByRole('checkbox', { name: 'I understand that FormCoach does not replace my clinician' })
    .check();
}

/** Home → "Start <exercise> only" → "Start camera": the setup check of that exercise starts. */
export async function openSetupCheck(page: Page, exercise: string): Promise<void> {
  await page.getByRole('button', { name: `Start ${exercise} only` }).click();
  await page.getByRole('button', { name: 'Start camera' }).click();
}

/** Home → "<exercise> only" → setup check ready → pain before → the set is counting. */
export async function startSingleExercise(
  page: Page,
  exercise: string,
  painBefore: string,
): Promise<void> {
  await openSetupCheck(page, exercise);
  await expect(page.getByTestId('setup')).toHaveAttribute('data-state', 'ready', {
    timeout: 60_000,
  });
  await page
    .getByTestId('pain-before')
    .getByRole('radio', { name: painBefore, exact: true })
    .check();
  await page.getByRole('button', { name: 'Start exercise' }).click();
  await expect(page.getByTestId('live')).toHaveAttribute('data-state', 'counting');
}

/** "Your data": the import's outcome line. */
export const importResult = (page: Page): Locator => page.getByTestId('import-result');

/** Opens "Your data" and chooses `content` as the backup file to bring back. */
export async function importText(page: Page, name: string, content: string): Promise<void> {
  await page.goto('/#/data');
  await page.getByLabel('Choose a FormCoach backup file (.json)').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(content),
  });
}

export async function downloadText(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, 'utf8');
}

/** Clicks `button` and returns the file it downloads: its suggested name and its text. */
export async function downloadFrom(
  page: Page,
  button: Locator,
): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: download.suggestedFilename(), text: await downloadText(download) };
}
