// What a production build's first paint loads, read from Vite's manifest (dist/.vite/manifest.json,
// `build.manifest: true`): the entry chunk and everything it imports statically (JS and CSS), and
// apart from it the chunks only reached by dynamic import. Sizes are gzip (level 9, as a static
// host or CDN would serve them). Sources come from each chunk's source map, so a module inlined
// into a shared chunk is still seen.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  readonly file: string;
  readonly src?: string;
  readonly isEntry?: boolean;
  readonly isDynamicEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
  readonly css?: readonly string[];
}

export type Manifest = Readonly<Record<string, ManifestChunk>>;

export function readManifest(dist: string): Manifest {
  const path = join(dist, '.vite', 'manifest.json');
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: build with build.manifest: true (npm run build).`);
  }
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** The manifest keys reached from `roots` through static imports. */
export function staticClosure(manifest: Manifest, roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (chunk === undefined) throw new Error(`manifest has no chunk ${key}`);
    seen.add(key);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const root of roots) visit(root);
  return seen;
}

/** The page's entry (index.html). */
export function entryKey(manifest: Manifest): string {
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry === true);
  const page = entries.find(([key]) => key.endsWith('index.html')) ?? entries[0];
  if (page === undefined) throw new Error('manifest has no entry chunk');
  return page[0];
}

/** The files (JS, then CSS) of a set of chunks, without duplicates. */
export function filesOf(manifest: Manifest, keys: Iterable<string>): string[] {
  const files = new Set<string>();
  for (const key of keys) {
    const chunk = manifest[key];
    if (chunk === undefined) continue;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
  }
  return [...files];
}

export const gzipBytes = (dist: string, file: string): number =>
  gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

/** The source modules bundled into a JS file, from its source map (repo-relative paths). */
export function sourcesOf(dist: string, file: string): string[] {
  const mapPath = join(dist, `${file}.map`);
  if (!file.endsWith('.js') || !existsSync(mapPath)) return [];
  const map = JSON.parse(readFileSync(mapPath, 'utf8')) as { sources?: string[] };
  return (map.sources ?? []).map((s) => s.replace(/^(\.\.\/)+/, ''));
}

export interface BundleReport {
  readonly entry: { readonly files: readonly string[]; readonly gzipBytes: number };
  /** Each dynamic entry (a lazily loaded area) and what it adds beyond the entry's closure. */
  readonly lazy: readonly {
    readonly src: string;
    readonly files: readonly string[];
    readonly gzipBytes: number;
  }[];
}

export function bundleReport(dist: string, manifest: Manifest = readManifest(dist)): BundleReport {
  const entry = staticClosure(manifest, [entryKey(manifest)]);
  const entryFiles = filesOf(manifest, entry);
  const sum = (files: readonly string[]): number =>
    files.reduce((total, file) => total + gzipBytes(dist, file), 0);
  const lazy = Object.entries(manifest)
    .filter(([key, chunk]) => chunk.isDynamicEntry === true && !entry.has(key))
    .map(([key, chunk]) => {
      const added = [...staticClosure(manifest, [key])].filter((k) => !entry.has(k));
      const files = filesOf(manifest, added);
      return { src: chunk.src ?? key, files, gzipBytes: sum(files) };
    });
  return { entry: { files: entryFiles, gzipBytes: sum(entryFiles) }, lazy };
}
