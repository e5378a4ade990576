// Installable and usable offline after the first visit (issue #9, item 7): the service worker
// precaches the app shell, MediaPipe's WASM and the default model; with the network cut the app
// loads, the real model runs on a fake webcam playing a real clip, and reps are counted. Plus the
// browser's own installability check, and the "new version" prompt.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/browser';
import { REPO_ROOT } from '../helpers/paths';
import { expect, launchWithCamera, test } from './fixtures';
import {
  answerReadiness,
  coach,
  expectAccessible,
  LAPTOP,
  PHONE,
  startSingleExercise,
} from './screens';

const CLIP = 'squat-side-02.webm';

/**
 * The state of the service worker controlling the page ('none' without one). It reaches
 * 'activated' only after its install step, which stores every precache entry, has succeeded.
 */
const controllerState = (page: Page): Promise<string> =>
  page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none');

async function expectServiceWorkerInControl(page: Page): Promise<void> {
  await expect.poll(() => controllerState(page), { timeout: 60_000 }).toBe('activated');
}

test('after one visit, the app starts and counts reps with the network cut', async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  const browser = await launchWithCamera(CLIP);
  try {
    const context = await browser.newContext({ viewport: LAPTOP });
    const page = await context.newPage();
    await page.goto(baseURL ?? '/');
    await answerReadiness(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(coach(page)).toHaveAttribute('data-screen', 'home');
    await expectServiceWorkerInControl(page);

    await context.setOffline(true);
    // The network is really cut for the service worker too: a file it caches only on first use
    // (the no-SIMD WASM, never used here) cannot be fetched.
    const probe = await page.evaluate(() =>
      fetch('/wasm/vision_wasm_nosimd_internal.js').then(
        (response) => `HTTP ${response.status}`,
        (error: unknown) => (error instanceof Error ? error.name : String(error)),
      ),
    );
    expect(probe).toBe('TypeError');

    const fromNetwork: string[] = [];
    const fromServiceWorker = new Set<string>();
    context.on('response', (response) => {
      if (response.fromServiceWorker()) fromServiceWorker.add(new URL(response.url()).pathname);
      else if (!response.url().startsWith('data:')) fromNetwork.push(response.url());
    });
    await page.reload();
    await expect(coach(page)).toHaveAttribute('data-screen', 'home');
    await expect(page.getByRole('heading', { name: 'Today’s exercises' })).toBeVisible();
    // The model comes from the cache and passes the browser's size and SHA-256 check: the setup
    // check gets ready and the set starts counting.
    await startSingleExercise(page, 'Squat', '1');
    await expect(page.getByTestId('rep-count')).toHaveAttribute('data-count', '1', {
      timeout: 60_000,
    });
    expect(fromNetwork).toEqual([]);
    expect([...fromServiceWorker]).toEqual(
      expect.arrayContaining([
        '/',
        '/wasm/vision_wasm_module_internal.js',
        '/wasm/vision_wasm_module_internal.wasm',
        '/models/pose_landmarker_lite.task',
      ]),
    );
  } finally {
    await browser.close();
  }
});

test('the full model, once used, is kept: the pose check runs it with the network cut', async ({
  baseURL,
}) => {
  test.setTimeout(150_000);
  const browser = await launchWithCamera('jumping-jack-front-01.webm');
  try {
    const context = await browser.newContext({ viewport: LAPTOP });
    const page = await context.newPage();
    await page.goto(`${baseURL ?? ''}/#/pose-check`);
    await expectServiceWorkerInControl(page);
    const screen = page.getByTestId('pose-check');
    const model = page.getByRole('combobox', { name: 'Pose model' });
    const processed = page.getByTestId('stat-processed');
    await model.selectOption('pose_landmarker_full.task');
    await page.getByRole('button', { name: 'Start camera' }).click();
    await expect(screen).toHaveAttribute('data-state', 'running', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(screen).toHaveAttribute('data-state', 'idle');

    await context.setOffline(true);
    await page.reload();
    await expect(model).toHaveValue('pose_landmarker_full.task');
    await page.getByRole('button', { name: 'Start camera' }).click();
    // From the cache, through the browser's SHA-256 check, and tracking.
    await expect(screen).toHaveAttribute('data-state', 'running', { timeout: 60_000 });
    await expect
      .poll(async () => Number(await processed.getAttribute('data-processed')), {
        timeout: 60_000,
      })
      .toBeGreaterThan(30);
    await expect
      .poll(async () => Number(await page.getByTestId('skeleton').getAttribute('data-landmarks')))
      .toBeGreaterThan(20);
  } finally {
    await browser.close();
  }
});

test('the browser finds the app installable: manifest, icons and service worker', async ({
  baseURL,
}) => {
  // A profile on disk: Chromium never offers to install from an incognito-like context.
  const profile = mkdtempSync(join(tmpdir(), 'formcoach-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    await checkInstallable(await context.newPage(), baseURL ?? '/');
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

async function checkInstallable(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expectServiceWorkerInControl(page);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors).toEqual([]);

  const manifestAnswer = await cdp.send('Page.getAppManifest');
  expect(manifestAnswer.errors).toEqual([]);
  expect(new URL(manifestAnswer.url).pathname).toBe('/manifest.webmanifest');
  const manifest = JSON.parse(manifestAnswer.data ?? '') as {
    name: string;
    start_url: string;
    display: string;
    theme_color: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({
    name: 'FormCoach',
    start_url: '/',
    display: 'standalone',
    theme_color: '#005fcc',
  });
  const icons = manifest.icons.map(({ sizes, purpose }) => `${sizes} ${purpose ?? 'any'}`);
  expect(icons).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  // Every icon is served, is a PNG, and has the size the manifest says.
  for (const icon of manifest.icons) {
    const size = await page.evaluate(async (src) => {
      const response = await fetch(src);
      const bitmap = await createImageBitmap(await response.blob());
      return `${response.headers.get('content-type')} ${bitmap.width}x${bitmap.height}`;
    }, icon.src);
    expect(size).toBe(`image/png ${icon.sizes}`);
  }
}

test('a new version: the prompt says so, and Reload starts it', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto(baseURL ?? '/');
  await expectServiceWorkerInControl(page);
  await expect(page.getByTestId('update-prompt')).toHaveCount(0);

  // A new version deployed: the served service worker differs by one byte-level change. (The
  // test's own build is restored afterwards.)
  const file = join(REPO_ROOT, 'dist', 'service-worker.js');
  const original = readFileSync(file);
  try {
    writeFileSync(file, Buffer.concat([original, Buffer.from('\n// the next version\n')]));
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });

    const prompt = page.getByTestId('update-prompt');
    await expect(prompt).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
    await expect(page.getByRole('status').filter({ has: prompt })).toContainText(
      'A new version of FormCoach is ready. Reload to use it; your data stays as it is.',
    );
    await expectAccessible(page, 'update prompt');
    await page.screenshot({
      path: test.info().outputPath(`update-prompt-${PHONE.width}x${PHONE.height}.png`),
    });

    // "Reload": the waiting version takes over and the page loads again under it.
    await page.evaluate(() => {
      (window as { beforeUpdate?: boolean }).beforeUpdate = true;
    });
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    expect(await page.evaluate(() => 'beforeUpdate' in window)).toBe(false);
    await expect(coach(page)).toBeVisible();
    await expect(page.getByTestId('update-prompt')).toHaveCount(0);
    const registration = await page.evaluate(async () => {
      const found = await navigator.serviceWorker.getRegistration();
      return {
        waiting: found?.waiting !== null,
        active: found?.active?.state,
        controlling: navigator.serviceWorker.controller?.state,
      };
    });
    expect(registration).toEqual({ waiting: false, active: 'activated', controlling: 'activated' });
  } finally {
    writeFileSync(file, original);
    await context.close();
  }
});
