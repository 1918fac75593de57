// Builds the web console (console/) into dist/console, which `ibiam serve` serves at /console.
// Preact's JSX runtime, no framework plugin: https://vite.dev/config/
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/console/',
  build: {
    outDir: fileURLToPath(new URL('../dist/console', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
