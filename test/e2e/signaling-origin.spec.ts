import { expect, launchWithCamera, test } from './fixtures';

// The built app under its Content-Security-Policy with the signaling on the same origin (the
// preview server attaches it, as `npm run dev` and `npm run serve` do): the page loads and a
// session starts with no CSP violation, a WebSocket to the page's own /socket.io opens, and one to
// another origin is blocked.
test('the app runs under its CSP, and reaches the signaling on its own origin only', async ({
  baseURL,
}) => {
  const browser = await launchWithCamera('squat-side-02.webm');
  try {
    const page = await browser.newPage();
    const cspMessages: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspMessages.push(message.text());
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { cspViolations: seen });
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const violations = () =>
      page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

    await page.goto(`${baseURL ?? ''}/#/pose-check`);
    await page.getByRole('button', { name: 'Start camera' }).click();
    await expect(page.getByTestId('pose-check')).toHaveAttribute('data-state', 'running', {
      timeout: 30_000,
    });
    await page.getByRole('button', { name: 'Stop' }).click();
    expect(await violations()).toEqual([]);

    // Engine.IO's first frame on a WebSocket is its handshake, "0{…}".
    const openSocket = (url: string) =>
      page.evaluate(
        (target) =>
          new Promise<string>((resolve) => {
            const socket = new WebSocket(target);
            socket.onmessage = (event) => {
              resolve(`handshake ${String(event.data).slice(0, 2)}`);
              socket.close();
            };
            socket.onerror = () => resolve('error');
          }),
        url,
      );
    const { host, port } = new URL(page.url());
    expect(await openSocket(`ws://${host}/socket.io/?EIO=4&transport=websocket`)).toBe(
      'handshake 0{',
    );
    const otherOrigin = `ws://127.0.0.1:${port}/socket.io/?EIO=4&transport=websocket`;
    expect(await openSocket(otherOrigin)).toBe('error');
    expect(await violations()).toEqual([`connect-src ${otherOrigin}`]);
    expect(cspMessages).toHaveLength(1);
  } finally {
    await browser.close();
  }
});
