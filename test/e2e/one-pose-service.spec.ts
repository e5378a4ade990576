// One pose service for the whole app: opening the camera & pose check and then a coaching session
// starts one pose worker and fetches the model once (before, each screen made its own service:
// two workers, two model downloads). The service worker is blocked here: with it, its install
// precaches the model (a request of its own) and the worker's fetch may be answered from that
// cache, so the count would measure the service worker, not the app.
import { expect, launchWithCamera, test } from './fixtures';
import { answerReadiness, coach, LAPTOP, openSetupCheck } from './screens';

const CLIP = 'squat-side-02.webm';
const MODEL = /\/models\/pose_landmarker_[a-z]+\.task$/;

test('the pose check and the coach share one pose worker and one model load', async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  const browser = await launchWithCamera(CLIP);
  try {
    const context = await browser.newContext({
      viewport: LAPTOP,
      serviceWorkers: 'block',
      ...(baseURL === undefined ? {} : { baseURL }),
    });
    const page = await context.newPage();
    const workers: string[] = [];
    const modelRequests: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    context.on('request', (request) => {
      if (MODEL.test(new URL(request.url()).pathname)) modelRequests.push(request.url());
    });

    await page.goto('/#/pose-check');
    const poseCheck = page.getByTestId('pose-check');
    await page.getByRole('button', { name: 'Start camera' }).click();
    await expect(poseCheck).toHaveAttribute('data-state', 'running', { timeout: 60_000 });
    await expect
      .poll(async () => Number(await page.getByTestId('skeleton').getAttribute('data-landmarks')))
      .toBeGreaterThan(10);
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(poseCheck).toHaveAttribute('data-state', 'idle');
    expect(modelRequests).toHaveLength(1);

    await page.getByRole('link', { name: 'Back to FormCoach' }).click();
    await answerReadiness(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(coach(page)).toHaveAttribute('data-screen', 'home');
    await openSetupCheck(page, 'Squat');
    // Frames analysed by the coach: the setup check has seen the patient.
    await expect(page.getByTestId('setup')).toHaveAttribute('data-state', 'ready', {
      timeout: 60_000,
    });

    expect(workers.filter((url) => url.includes('pose.worker'))).toHaveLength(1);
    expect(modelRequests).toHaveLength(1);

    // With the session under way (paused on another page), the pose check leaves its worker alone.
    await page.getByRole('link', { name: 'Camera & pose check' }).click();
    await expect(page.getByTestId('session-away')).toBeVisible();
    await expect(page.getByTestId('pose-in-use')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start camera' })).toHaveCount(0);
  } finally {
    await browser.close();
  }
});
