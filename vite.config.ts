import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { dataVersion } from './scripts/data-version';
import { planPlugin } from './scripts/plan-plugin';
import { manifestIntegrity } from './scripts/sw-manifest';

/** The build settings every build shares: the app's and the benchmark's floor pages (bench/run.ts). */
const build = { target: 'es2022', chunkSizeWarningLimit: 2000 } as const;

// Relative base: the built dist/ works from any path on any static host. The benchmark builds its floor pages in
// mode `bench-floor`: the same target and minifier and the default plan's id, no offline worker.
export default defineConfig(({ mode }) => {
  if (mode === 'bench-floor') return { base: './', plugins: [planPlugin(import.meta.dirname)], build };
  const integrity = manifestIntegrity();
  return {
    base: './',
    plugins: [
      planPlugin(import.meta.dirname),
      dataVersion(import.meta.dirname),
      integrity.plugin,
      // The offline cache: Workbox's precaching in our own worker (src/sw/sw.ts), registered by src/sw-register.ts.
      VitePWA({
        strategies: 'injectManifest',
        srcDir: 'src/sw',
        filename: 'sw.ts',
        injectRegister: false,
        manifest: false,
        injectManifest: {
          // Every file of the build, the plans' data included (the basemap data is over Workbox's 2 MiB default).
          globPatterns: ['**/*'],
          maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
          manifestTransforms: [integrity.transform],
        },
      }),
    ],
    build,
    server: { host: '127.0.0.1' },
    preview: { host: '127.0.0.1' },
  };
});
