import { expect, launchWithCamera, test } from './fixtures';

// MediaPipe's tasks send usage logs to a Google endpoint every 60 s and on close. The app's
// Content-Security-Policy header (connect-src 'self') must keep every request on our origin.
test('a one-minute live session makes requests only to the page’s own origin', async ({
  baseURL,
}) => {
  test.setTimeout(150_000);
  const browser = await launchWithCamera('jumping-jack-front-01.webm');
  try {
    const context = await browser.newContext();
    const requests: string[] = [];
    const blocked: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
    });
    page.on('worker', (worker) => {
      worker.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
      });
    });
    await page.goto(`${baseURL ?? ''}/#/pose-check`);
    const origin = new URL(page.url()).origin;
    await page.getByRole('button', { name: 'Start camera' }).click();
    await expect(page.getByTestId('pose-check')).toHaveAttribute('data-state', 'running', {
      timeout: 30_000,
    });
    const running = Date.now();
    // A full minute of tracking (MediaPipe's telemetry interval), observed through the app's state.
    await expect
      .poll(() => Date.now() - running, { timeout: 75_000, intervals: [5_000] })
      .toBeGreaterThanOrEqual(61_000);
    await expect(page.getByTestId('pose-check')).toHaveAttribute('data-state', 'running');
    await page.getByRole('button', { name: 'Stop' }).click();
    await context.close();

    // The recorder sees the worker's requests too (the model is fetched by the worker).
    expect(requests.some((url) => url.endsWith('/models/pose_landmarker_lite.task'))).toBe(true);
    const foreign = requests.filter(
      (url) =>
        !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin,
    );
    console.log(
      `${requests.length} requests, all to ${origin}; CSP blocked ${blocked.length} attempt(s)`,
    );
    expect(foreign).toEqual([]);
  } finally {
    await browser.close();
  }
});
