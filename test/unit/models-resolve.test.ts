import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveModel } from '../../models/resolve.mjs';

const body = Buffer.from('pretend this is a pose landmarker bundle\n'.repeat(64));
const entry = (url: string) => ({
  file: 'model.task',
  label: 'Test',
  url,
  bytes: body.byteLength,
  sha256: createHash('sha256').update(body).digest('hex'),
  licence: 'Apache-2.0',
});

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/good.task') response.end(body);
    else if (request.url === '/bad.task') response.end(Buffer.from('damaged'));
    else {
      response.statusCode = 404;
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const tempDir = () => mkdtempSync(join(tmpdir(), 'formcoach-models-'));

describe('resolveModel', () => {
  it('downloads from the URL and verifies the checksum', async () => {
    const dest = tempDir();
    const result = await resolveModel(entry(`${base}/good.task`), { destDir: dest });
    expect(result.source).toBe('download');
    expect(readFileSync(join(dest, 'model.task')).equals(body)).toBe(true);
  });

  it('keeps a verified copy that is already present', async () => {
    const dest = tempDir();
    writeFileSync(join(dest, 'model.task'), body);
    const result = await resolveModel(entry(`${base}/missing.task`), { destDir: dest });
    expect(result.source).toBe('present');
  });

  it('copies from the offline mirror before trying the network', async () => {
    const dest = tempDir();
    const mirror = tempDir();
    writeFileSync(join(mirror, 'model.task'), body);
    const result = await resolveModel(entry('http://127.0.0.1:9/unreachable.task'), {
      destDir: dest,
      mirrorDir: mirror,
    });
    expect(result.source).toBe('mirror');
    expect(readFileSync(join(dest, 'model.task')).equals(body)).toBe(true);
  });

  it('replaces a damaged copy in the destination', async () => {
    const dest = tempDir();
    writeFileSync(join(dest, 'model.task'), 'old and broken');
    const result = await resolveModel(entry(`${base}/good.task`), { destDir: dest });
    expect(result.source).toBe('download');
    expect(readFileSync(join(dest, 'model.task')).equals(body)).toBe(true);
  });

  it('refuses a mirror file with the wrong checksum, naming the file and the fix', async () => {
    const mirror = tempDir();
    mkdirSync(mirror, { recursive: true });
    writeFileSync(join(mirror, 'model.task'), 'not the model');
    await expect(
      resolveModel(entry(`${base}/good.task`), { destDir: tempDir(), mirrorDir: mirror }),
    ).rejects.toThrow(/^Model: .*model\.task does not match models\.json .*Fix:/);
  });

  it('refuses a damaged download', async () => {
    await expect(resolveModel(entry(`${base}/bad.task`), { destDir: tempDir() })).rejects.toThrow(
      /^Model: the download of model\.task is damaged .*Fix:/,
    );
  });

  it('says what to do when the file is missing on the server', async () => {
    await expect(resolveModel(entry(`${base}/gone.task`), { destDir: tempDir() })).rejects.toThrow(
      /^Model: downloading model\.task .* failed with HTTP 404\. Fix:/,
    );
  });

  it('says what to do without a network', async () => {
    await expect(
      resolveModel(entry('http://127.0.0.1:9/model.task'), { destDir: tempDir() }),
    ).rejects.toThrow(/^Model: could not download model\.task .*Fix: connect to the internet/);
  });
});
