// The layer rules of eslint.config.js, each shown to bite: a forbidden import in a layer is
// reported under the rule that guards it, an allowed one is not. The code is linted as if it were
// a file at that path (ESLint's lintText with a filePath), with the project's own config.
// Type-aware rules are switched off here (disableTypeChecked): the made-up files belong to no
// tsconfig project, and none of the layer rules needs types.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });

const PATHS = 'import-x/no-restricted-paths';
const IMPORTS = 'no-restricted-imports';
const UI_IMPORTS = '@typescript-eslint/no-restricted-imports';
const LAYER_RULES = [PATHS, IMPORTS, UI_IMPORTS];

/** The layer-rule ids reported for `code` linted as the file at `path` (relative to the repo). */
async function layerFindings(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  const ruleIds = (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
  return ruleIds.filter((id) => !id.startsWith('@typescript-eslint/') || LAYER_RULES.includes(id));
}

describe('src/core imports nothing outside itself, at every depth', () => {
  it.each(['src/core/deep.ts', 'src/core/a/deep.ts', 'src/core/a/b/deep.ts'])(
    '%s may not import src/ui',
    async (path) => {
      const depth = path.split('/').length - 2;
      const up = '../'.repeat(depth);
      expect(await layerFindings(path, `export { text } from '${up}ui/text';\n`)).toEqual([PATHS]);
    },
  );

  it('a file three folders down may import the core', async () => {
    const code = `export { ms } from '../../units';\nexport { vecSub } from '../../geometry';\n`;
    expect(await layerFindings('src/core/a/b/deep.ts', code)).toEqual([]);
  });

  it.each(['src/core/deep.ts', 'src/core/a/b/deep.ts'])('%s imports no package', async (path) => {
    expect(await layerFindings(path, `export { h } from 'preact';\n`)).toEqual([IMPORTS]);
  });

  it('the message says what to do instead', async () => {
    const [result] = await eslint.lintText(`export { text } from '../../../ui/text';\n`, {
      filePath: resolve(root, 'src/core/a/b/deep.ts'),
    });
    expect(result?.messages[0]?.message).toContain('take the value as a parameter');
  });
});

describe('workers/ imports src/core, its own files and packages only', () => {
  it.each([
    ['src/ui', `export { text } from '../src/ui/text';\n`],
    ['src/platform', `export { formatError } from '../src/platform/errors';\n`],
  ])('not %s', async (_layer, code) => {
    expect(await layerFindings('workers/x.ts', code)).toEqual([PATHS]);
  });

  it('src/core, its own files and packages are allowed', async () => {
    const code = [
      `export { ms } from '../src/core/units';`,
      `export type { PoseApi } from './pose-api';`,
      `export { expose } from 'comlink';`,
      '',
    ].join('\n');
    expect(await layerFindings('workers/x.ts', code)).toEqual([]);
  });
});

describe('src/platform never imports src/ui', () => {
  it('not src/ui, at any depth', async () => {
    expect(
      await layerFindings('src/platform/x.ts', `export { text } from '../ui/text';\n`),
    ).toEqual([PATHS]);
    expect(
      await layerFindings('src/platform/storage/x.ts', `export { text } from '../../ui/text';\n`),
    ).toEqual([PATHS]);
  });

  it('src/core, packages and the worker are allowed', async () => {
    const code = [
      `export { ms } from '../core/units';`,
      `export { openDB } from 'idb';`,
      `export type { PoseApi } from '../../workers/pose-api';`,
      '',
    ].join('\n');
    expect(await layerFindings('src/platform/x.ts', code)).toEqual([]);
  });
});

describe('src/ui imports no comlink, idb or MediaPipe, and only types from workers/', () => {
  it.each([
    `export { wrap } from 'comlink';\n`,
    `export { openDB } from 'idb';\n`,
    `export { PoseLandmarker } from '@mediapipe/tasks-vision';\n`,
    `export { createPoseApi } from '../../../workers/pose-api';\n`,
    `import { createPoseApi } from '../../../workers/pose-api';\nexport const api = createPoseApi;\n`,
  ])('forbidden: %s', async (code) => {
    expect(await layerFindings('src/ui/a/x.ts', code)).toEqual([UI_IMPORTS]);
  });

  it('a type from workers/ is allowed', async () => {
    const code = `import type { PoseApi } from '../../../workers/pose-api';\nexport type Api = PoseApi;\n`;
    expect(await layerFindings('src/ui/a/x.ts', code)).toEqual([]);
  });
});
