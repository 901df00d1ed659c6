// Vite builds the web UI (web/) into web/dist, which the API server serves. In development,
// `npx vite` serves the UI with hot reload and proxies /api to the API server on port 3000.
import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './scripts/vite-precompress.ts';

const here = import.meta.dirname;

export default defineConfig({
  root: path.join(here, 'web'),
  plugins: [react(), precompress()],
  build: {
    outDir: path.join(here, 'web/dist'),
    emptyOutDir: true,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
