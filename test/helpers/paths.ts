import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED_DIR = resolve(REPO_ROOT, '..', 'shared');
export const CACHE_DIR = resolve(REPO_ROOT, '.cache');
export const IS_CI = process.env['CI'] === 'true';
