// @ts-check
// Resolves the model bundles named in models.json into a destination folder, verified by SHA-256.
// Order: a verified copy already there -> an offline mirror folder -> the official URL.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** @typedef {{ file: string, label: string, url: string, bytes: number, sha256: string, licence: string }} ModelEntry */

export class ModelResolveError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'ModelResolveError';
  }
}

/** @param {string} path @returns {Promise<string>} */
export function sha256OfFile(path) {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/**
 * @param {ModelEntry} entry
 * @param {{ destDir: string, mirrorDir?: string | undefined, fetchImpl?: typeof fetch, log?: (line: string) => void }} options
 * @returns {Promise<{ file: string, source: 'present' | 'mirror' | 'download' }>}
 */
export async function resolveModel(entry, options) {
  const { destDir, mirrorDir, fetchImpl = fetch, log = () => {} } = options;
  const dest = join(destDir, entry.file);
  await mkdir(destDir, { recursive: true });

  if (existsSync(dest) && (await sha256OfFile(dest)) === entry.sha256) {
    return { file: entry.file, source: 'present' };
  }

  if (mirrorDir !== undefined) {
    const mirrored = join(mirrorDir, entry.file);
    if (existsSync(mirrored)) {
      const actual = await sha256OfFile(mirrored);
      if (actual !== entry.sha256) {
        throw new ModelResolveError(
          `Model: ${mirrored} does not match models.json (SHA-256 ${actual}, expected ${entry.sha256}). ` +
            `Fix: replace it with the official file from ${entry.url}, or point FORMCOACH_MODEL_MIRROR at a folder that holds it.`,
        );
      }
      const tmp = `${dest}.partial`;
      await copyFile(mirrored, tmp);
      await chmod(tmp, 0o644);
      await rename(tmp, dest);
      log(`${entry.file}: copied from mirror ${mirrorDir} (SHA-256 verified)`);
      return { file: entry.file, source: 'mirror' };
    }
    log(`${entry.file}: not in mirror ${mirrorDir}; downloading`);
  }

  /** @type {Response} */
  let response;
  try {
    response = await fetchImpl(entry.url);
  } catch (error) {
    const reason =
      error instanceof Error
        ? error.cause instanceof Error
          ? error.cause.message
          : error.message
        : String(error);
    throw new ModelResolveError(
      `Model: could not download ${entry.file} from ${entry.url} (${reason}). ` +
        `Fix: connect to the internet and run \`npm run models\` again, or set FORMCOACH_MODEL_MIRROR to a folder holding ${entry.file}.`,
    );
  }
  if (!response.ok || response.body === null) {
    throw new ModelResolveError(
      `Model: downloading ${entry.file} from ${entry.url} failed with HTTP ${response.status}. ` +
        `Fix: try again later, or set FORMCOACH_MODEL_MIRROR to a folder holding ${entry.file}.`,
    );
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== entry.sha256) {
    throw new ModelResolveError(
      `Model: the download of ${entry.file} is damaged (${bytes.byteLength} bytes, SHA-256 ${actual}; expected ${entry.bytes} bytes, ${entry.sha256}). ` +
        `Fix: run \`npm run models\` again; if it persists, fetch ${entry.url} by hand into a folder and set FORMCOACH_MODEL_MIRROR to it.`,
    );
  }
  const tmp = `${dest}.partial`;
  await writeFile(tmp, bytes);
  await rename(tmp, dest).catch(async (error) => {
    await rm(tmp, { force: true });
    throw error;
  });
  log(`${entry.file}: downloaded from ${entry.url} (SHA-256 verified)`);
  return { file: entry.file, source: 'download' };
}
