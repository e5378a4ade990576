import { writeFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/browser';
import { expect, launchWithCamera, requireClip, test } from './fixtures';

const status = (page: Page) => page.getByTestId('status');

/** Opens the pose check, picks `file` as the video source, and waits for the error state. */
async function analyseExpectingError(page: Page, file: string): Promise<void> {
  await page.goto('/#/pose-check');
  await page.getByRole('radio', { name: 'Video file' }).check();
  await page.getByLabel('Choose a video (MP4 or WebM)').setInputFiles(file);
  await expect(page.getByTestId('pose-check')).toHaveAttribute('data-state', 'error', {
    timeout: 30_000,
  });
}

test.describe('camera failures', () => {
  test('permission denied says so and how to allow it', async ({ baseURL }) => {
    // A camera exists, but the browser's permission prompt is answered "block".
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--deny-permission-prompts'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(`${baseURL ?? ''}/#/pose-check`);
      await page.getByRole('button', { name: 'Start camera' }).click();
      await expect(page.getByTestId('pose-check')).toHaveAttribute('data-state', 'error');
      await expect(status(page)).toHaveText(/^Camera: permission to use the camera was denied/);
      await expect(page.getByRole('alert')).toBeVisible();
    } finally {
      await browser.close();
    }
  });

  test('no camera says so and offers a video file instead', async ({ page }) => {
    // The default browser of this config has no fake camera and this machine has none.
    await page.goto('/#/pose-check');
    await page.getByRole('button', { name: 'Start camera' }).click();
    await expect(page.getByTestId('pose-check')).toHaveAttribute('data-state', 'error');
    await expect(status(page)).toHaveText(/^Camera: no camera was found/);
  });
});

test.describe('file and model failures', () => {
  test('a file that is not a video is refused with a clear message', async ({ page }, testInfo) => {
    const bogus = testInfo.outputPath('not-a-video.webm');
    writeFileSync(bogus, 'this is plain text, not a WebM file\n'.repeat(100));
    await analyseExpectingError(page, bogus);
    await expect(status(page)).toHaveText(/^Video: "not-a-video\.webm" is not a video format/);
  });

  test('a corrupt model file is caught by its checksum', async ({ page }) => {
    const { path } = requireClip('squat-side-02.webm');
    await page.route('**/models/pose_landmarker_lite.task', async (route) => {
      const response = await route.fetch();
      const body = Buffer.from(await response.body());
      body[body.length >> 1] = (body[body.length >> 1] ?? 0) ^ 0xff;
      await route.fulfill({ response, body });
    });
    await analyseExpectingError(page, path);
    await expect(status(page)).toHaveText(
      /^Model: pose_landmarker_lite\.task failed its SHA-256 check/,
    );
  });

  test('a missing model names the file and the fix', async ({ page }) => {
    const { path } = requireClip('squat-side-02.webm');
    await page.route('**/models/pose_landmarker_lite.task', (route) =>
      route.fulfill({ status: 404, body: '' }),
    );
    await analyseExpectingError(page, path);
    await expect(status(page)).toHaveText(
      /^Model: pose_landmarker_lite\.task is missing on the server \(HTTP 404\)\. Fix: run `npm run models`/,
    );
  });

  test('WASM that fails to load is reported as such', async ({ page }) => {
    const { path } = requireClip('squat-side-02.webm');
    await page.route('**/wasm/**', (route) => route.fulfill({ status: 404, body: '' }));
    await analyseExpectingError(page, path);
    await expect(status(page)).toHaveText(
      /^WASM: vision_wasm_module_internal\.wasm is not served \(HTTP 404\)/,
    );
  });
});

test('when the worker cannot start, the same pipeline runs on the main thread and says so', async ({
  baseURL,
}) => {
  const browser = await launchWithCamera('jumping-jack-front-01.webm');
  try {
    const page = await browser.newPage();
    await page.route(/pose\.worker/, (route) => route.abort());
    await page.goto(`${baseURL ?? ''}/#/pose-check`);
    await page.getByRole('button', { name: 'Start camera' }).click();
    await expect(page.getByTestId('pose-check')).toHaveAttribute('data-state', 'running', {
      timeout: 30_000,
    });
    await expect(page.getByTestId('stat-runtime')).toContainText('Main thread');
    await expect(page.getByTestId('runtime-note')).toContainText('the pose worker could not start');
    await expect
      .poll(
        async () => Number(await page.getByTestId('stat-processed').getAttribute('data-processed')),
        {
          timeout: 30_000,
        },
      )
      .toBeGreaterThan(30);
  } finally {
    await browser.close();
  }
});
