import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minimal2023Preset } from '@vite-pwa/assets-generator/config';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { SECURITY_HEADERS } from './server/src/security-headers';
import { signalingPlugin } from './server/src/vite-plugin';

const root = dirname(fileURLToPath(import.meta.url));

/** The same headers as production (server/src/security-headers.ts); dist/_headers carries them for hosts that read one. */
const securityHeaders = SECURITY_HEADERS;

/** Copies MediaPipe's WASM fileset from the installed package to public/wasm (served by us). */
function mediapipeWasm(): Plugin {
  const from = join(root, 'node_modules', '@mediapipe', 'tasks-vision', 'wasm');
  const to = join(root, 'public', 'wasm');
  const copy = (): void => {
    if (!existsSync(from)) throw new Error(`WASM: ${from} is missing. Fix: run npm ci.`);
    mkdirSync(to, { recursive: true });
    for (const name of readdirSync(from)) {
      const target = join(to, name);
      if (existsSync(target) && statSync(target).size === statSync(join(from, name)).size) continue;
      cpSync(join(from, name), target);
    }
  };
  return {
    name: 'formcoach-mediapipe-wasm',
    config: copy,
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: `/*\n${Object.entries(securityHeaders)
          .map(([key, value]) => `  ${key}: ${value}`)
          .join('\n')}\n`,
      });
    },
  };
}

/** The icon's blue (public/favicon.svg): the installed app's title bar and splash background. */
const THEME_COLOR = '#005fcc';

/** The default model (models/models.json, read once here): precached for use offline. */
const defaultModelFile = (): string => {
  const manifest = JSON.parse(readFileSync(join(root, 'models', 'models.json'), 'utf8')) as {
    default: string;
  };
  return manifest.default;
};

/**
 * Installable and usable offline after the first visit. vite-plugin-pwa 2 (Workbox 7) supports
 * Vite 8; `injectManifest` because our service worker (workers/service-worker.ts) needs routes
 * the generated one cannot express (HEAD checks of the WASM, MediaPipe's `?instance=` loader
 * URLs, a model cache named after the models' checksums). The icons are generated from
 * public/favicon.svg at build time. No service worker in development (devOptions off), so
 * `npm run dev` always serves fresh code; the production build and `vite preview` have it.
 */
function serviceWorker(): Plugin[] {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'workers',
    filename: 'service-worker.ts',
    registerType: 'prompt',
    // src/platform/pwa.ts registers it (virtual:pwa-register), after the first paint.
    injectRegister: false,
    devOptions: { enabled: false },
    pwaAssets: {
      image: 'public/favicon.svg',
      preset: {
        ...minimal2023Preset,
        // Maskable icons are cropped to a circle or squircle: pad the figure on the icon's blue.
        maskable: { sizes: [512], padding: 0.3, resizeOptions: { background: THEME_COLOR } },
        apple: { sizes: [180], padding: 0.3, resizeOptions: { background: THEME_COLOR } },
      },
      overrideManifestIcons: true,
    },
    manifest: {
      id: '/',
      name: 'FormCoach',
      short_name: 'FormCoach',
      description: 'Coaching for your therapeutic exercises, on your device.',
      lang: 'en',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      orientation: 'any',
      theme_color: THEME_COLOR,
      background_color: '#ffffff',
      categories: ['health', 'medical'],
    },
    injectManifest: {
      // The app shell, the WASM the module worker loads (the main-thread fallback's and the
      // no-SIMD build are cached when first used), and the default model. The full model is
      // cached when the patient first uses it (see the service worker).
      globPatterns: [
        '**/*.{js,css,html,svg,png,ico}',
        'wasm/vision_wasm_module_internal.{js,wasm}',
        `models/${defaultModelFile()}`,
      ],
      globIgnores: ['wasm/vision_wasm_internal.js', 'wasm/vision_wasm_nosimd_internal.js'],
      // The WASM is 13 MB and the lite model 5.8 MB (Workbox's default limit is 2 MiB).
      maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
    },
  });
}

export default defineConfig({
  plugins: [mediapipeWasm(), serviceWorker(), signalingPlugin()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  worker: { format: 'es' },
  server: { headers: securityHeaders, port: 5173, strictPort: false },
  preview: { headers: securityHeaders, port: 4173 },
  // The manifest tells which chunks the first paint loads (npm run bench:bundle, test/e2e/bundle.spec.ts).
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    rolldownOptions: {
      output: {
        // The core modules the page shares with the workers' set run (pose-api, replay-api) are
        // split by Rolldown into three small chunks the entry imports statically (issue #14: each
        // an extra request and its own gzip window); one group keeps them in one chunk.
        codeSplitting: {
          groups: [
            {
              name: 'core-shared',
              test: /src[\\/]core[\\/](landmarks|units|exercises[\\/](types|validate|validate-fields)|set-run[\\/]protocol|tempo|stats|trace-codec)\.ts$/,
            },
          ],
        },
      },
    },
  },
});
