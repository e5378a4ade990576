// The production server: a built app's files with the security headers, and the signaling on the
// same port.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppServer, type AppServer } from '../../server/src/app-server';
import { silentLog } from '../../server/src/log';
import { CONTENT_SECURITY_POLICY } from '../../server/src/security-headers';
import { connectClient, request } from './signaling-harness';

describe('the production app server', () => {
  let dist: string;
  let server: AppServer;
  let origin: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'formcoach-dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>FormCoach</title>');
    server = createAppServer(dist, { log: silentLog });
    await new Promise<void>((resolve) => server.http.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.http.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await server.signaling.close();
    rmSync(dist, { recursive: true });
  });

  it('serves the app with the Content-Security-Policy header', async () => {
    const response = await fetch(`${origin}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<title>FormCoach</title>');
    const missing = await fetch(`${origin}/nothing-here.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers signaling on the same origin', async () => {
    const client = await connectClient(origin);
    expect(await request(client, 'visit:create', {})).toMatchObject({ ok: true });
    client.disconnect();
  });

  it('refuses to start without a build, saying what to do', () => {
    expect(() => createAppServer(join(dist, 'missing'), {})).toThrow(/run npm run build first/);
  });
});
