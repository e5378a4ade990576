import { expect, launchWithCamera, test } from './fixtures';

const CAMERA_CLIP = 'jumping-jack-front-01.webm';

test('a fake webcam playing a real clip shows a skeleton, and ≥ 90% of frames have a plausible pose', async ({
  baseURL,
}) => {
  const browser = await launchWithCamera(CAMERA_CLIP);
  try {
    const page = await browser.newPage();
    await page.goto(`${baseURL ?? ''}/#/pose-check`);
    await page.getByRole('button', { name: 'Start camera' }).click();
    const screen = page.getByTestId('pose-check');
    await expect(screen).toHaveAttribute('data-state', 'running', { timeout: 30_000 });

    const processed = page.getByTestId('stat-processed');
    await expect
      .poll(async () => Number(await processed.getAttribute('data-processed')), { timeout: 60_000 })
      .toBeGreaterThanOrEqual(150);

    const skeleton = page.getByTestId('skeleton');
    await expect
      .poll(async () => Number(await skeleton.getAttribute('data-landmarks')))
      .toBeGreaterThan(20);
    await expect(page.getByTestId('stat-runtime')).toContainText('Background worker');
    await expect(page.getByTestId('stat-delegate')).toContainText('CPU');

    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(screen).toHaveAttribute('data-state', 'idle');
    const total = Number(await processed.getAttribute('data-processed'));
    const plausible = Number(
      await page.getByTestId('stat-plausible').getAttribute('data-plausible'),
    );
    console.log(`live camera: ${plausible}/${total} processed frames have a plausible pose`);
    expect(plausible / total).toBeGreaterThanOrEqual(0.9);
    await page.screenshot({ path: test.info().outputPath('live-camera.png') });
  } finally {
    await browser.close();
  }
});

test('choosing the GPU on a machine without one runs on the CPU and says why', async ({
  baseURL,
}) => {
  const browser = await launchWithCamera(CAMERA_CLIP);
  try {
    const page = await browser.newPage();
    await page.goto(`${baseURL ?? ''}/#/pose-check`);
    await page.getByLabel('Processor').selectOption('GPU');
    await page.getByRole('button', { name: 'Start camera' }).click();
    await expect(page.getByTestId('pose-check')).toHaveAttribute('data-state', 'running', {
      timeout: 30_000,
    });
    await expect(page.getByTestId('stat-delegate')).toContainText('CPU');
    await expect(page.getByTestId('delegate-note')).toHaveText(
      /^GPU delegate not used: no hardware GPU \(WebGL renderer: .*SwiftShader.*\); running on CPU$/,
    );
    await expect
      .poll(async () =>
        Number(await page.getByTestId('stat-processed').getAttribute('data-processed')),
      )
      .toBeGreaterThan(10);
  } finally {
    await browser.close();
  }
});
