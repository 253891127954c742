import { defineConfig } from 'vite';
import { planPlugin } from './scripts/plan-plugin';
import { serviceWorker } from './scripts/sw-plugin';

// Relative base: the built dist/ works from any path on any static host.
export default defineConfig({
  base: './',
  plugins: [planPlugin(import.meta.dirname), serviceWorker()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
