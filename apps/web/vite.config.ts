import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = __dirname;
const workspace = resolve(root, '../..');
const api = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    alias: {
      '@covenant/domain': resolve(workspace, 'libs/domain/src/index.ts'),
      '@covenant/collab-protocol': resolve(workspace, 'libs/collab-protocol/src/index.ts'),
    },
  },
  build: {
    outDir: resolve(workspace, 'dist/web'),
    emptyOutDir: true,
    // Hashed files live under /static: /assets/:slug is a page (an asset of community value).
    assetsDir: 'static',
    sourcemap: true,
    // The explorer page bundles GraphiQL (about 800 kB) so that it works offline; the app itself stays small.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      input: {
        index: resolve(root, 'index.html'),
        explorer: resolve(root, 'explorer.html'),
      },
      onLog(level, log, handler) {
        // GraphiQL's compiled output carries React Compiler directives that bundling may drop harmlessly.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
  server: {
    port: 4200,
    proxy: {
      '/graphql': api,
      '/socket.io': { target: api, ws: true },
      '/healthz': api,
      '/readyz': api,
      '/.well-known': api,
      '/open-data': api,
      // Downloads the API serves on the app's own paths (http.md): signed PDFs, open data and consultation reports.
      '^/covenants/[^/]+/(v/\\d+\\.pdf|commitments\\.(csv|json)|consultation\\.(csv|pdf))$': api,
    },
  },
  preview: { port: 4300 },
});
