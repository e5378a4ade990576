// @ts-check
// `npm run models`: puts every bundle of models/models.json into public/models/, verified.
// Mirror folder: $FORMCOACH_MODEL_MIRROR, else ../shared/models when it exists.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ModelResolveError, resolveModel } from './resolve.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** @type {{ models: import('./resolve.mjs').ModelEntry[] }} */
const manifest = JSON.parse(readFileSync(join(root, 'models', 'models.json'), 'utf8'));
const defaultMirror = resolve(root, '..', 'shared', 'models');
const mirrorDir =
  process.env['FORMCOACH_MODEL_MIRROR'] ?? (existsSync(defaultMirror) ? defaultMirror : undefined);
if (mirrorDir !== undefined && !existsSync(mirrorDir)) {
  console.error(
    `Model: FORMCOACH_MODEL_MIRROR=${mirrorDir} does not exist. Fix: point it at a folder holding the .task files, or unset it to download them.`,
  );
  process.exit(1);
}

let failed = false;
for (const entry of manifest.models) {
  try {
    const { source } = await resolveModel(entry, {
      destDir: join(root, 'public', 'models'),
      mirrorDir,
      log: (line) => console.log(line),
    });
    if (source === 'present') console.log(`${entry.file}: present (SHA-256 verified)`);
  } catch (error) {
    failed = true;
    console.error(error instanceof ModelResolveError ? error.message : error);
  }
}
process.exit(failed ? 1 : 0);
