/**
 * The built web app, served from the API's own port: hashed assets with long
 * caching, the app shell for every page (200) and for unknown addresses (404,
 * the app shows its not-found page), and the GraphQL explorer on GET /graphql
 * from a browser. Source maps only outside production: they hand out the source.
 */
import express, { type RequestHandler, type Router } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isPagePath } from '@covenant/domain';

const NOT_PAGES = /^\/(graphql|socket\.io|healthz|readyz|\.well-known|open-data)(\/|$)/;
/** Downloads that live under a page's address (contract/http.md). */
const DOWNLOADS = /^\/covenants\/[^/]+\/(commitments\.(csv|json)|consultation\.(csv|pdf)|v\/[^/]+\.pdf)$/;

function wantsHtml(req: express.Request): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && req.accepts(['html', 'json']) === 'html';
}

function shell(file: string): () => string | null {
  // Read once; a missing build is reported, not crashed on.
  let cached: string | null | undefined;
  return () => {
    if (cached === undefined) cached = existsSync(file) ? readFileSync(file, 'utf8') : null;
    return cached;
  };
}

export function webApp(webDist: string, options: { sourceMaps: boolean }): Router {
  const router = express.Router();
  if (!options.sourceMaps) {
    router.use((req, res, next) => {
      if (!req.path.endsWith('.map')) return next();
      res.status(404).type('text').send('Not found.');
    });
  }
  const index = shell(join(webDist, 'index.html'));
  const explorer = shell(join(webDist, 'explorer.html'));

  const sendHtml = (res: express.Response, status: number, html: string | null) => {
    if (html === null) {
      res.status(503).type('text').send('The web app is not built yet. Run `npm start` (or `npx nx run web:build`).');
      return;
    }
    res.status(status).type('html').setHeader('cache-control', 'no-cache').send(html);
  };

  const explorerPage: RequestHandler = (req, res, next) => {
    if (!wantsHtml(req) || Object.keys(req.query).length > 0) return next();
    sendHtml(res, 200, explorer());
  };
  router.get('/graphql', explorerPage);

  // The build's hashed files (vite's assetsDir): /assets/:slug is a page, an asset of community value.
  router.use(
    '/static',
    express.static(join(webDist, 'static'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }),
  );
  router.use(express.static(webDist, { index: false, maxAge: '1h' }));

  router.use((req, res, next) => {
    if (!wantsHtml(req) || NOT_PAGES.test(req.path) || DOWNLOADS.test(req.path)) return next();
    sendHtml(res, isPagePath(req.path) ? 200 : 404, index());
  });
  return router;
}
