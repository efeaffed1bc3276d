/**
 * Security headers (helmet) on every response of the HTTP server. The
 * Content-Security-Policy is what the web app (the Vite build, the TipTap
 * editor, Socket.IO on the same origin) and the bundled GraphQL explorer need,
 * and no more: everything from this origin, no inline script, never framed.
 */
import helmet from 'helmet';
import type { Server } from 'node:http';
import type { AppConfig } from '../config/config';

const ONE_YEAR_S = 365 * 24 * 60 * 60;

export function securityHeaders(config: Pick<AppConfig, 'cookieSecure'>) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'base-uri': ["'self'"],
        // Socket.IO's WebSocket and polling, and GraphQL, on this origin only.
        'connect-src': ["'self'"],
        // The stylesheets inline their small icons and GraphiQL its fonts as data: URLs.
        'font-src': ["'self'", 'data:'],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        'img-src': ["'self'", 'data:'],
        'object-src': ["'none'"],
        'script-src': ["'self'"],
        'script-src-attr': ["'none'"],
        // ProseMirror and GraphiQL's editor set style attributes and inject style elements as they lay text out.
        'style-src': ["'self'", "'unsafe-inline'"],
        // Only once the site is served over HTTPS: on plain http it would break every asset.
        ...(config.cookieSecure ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    strictTransportSecurity: config.cookieSecure ? { maxAge: ONE_YEAR_S, includeSubDomains: true } : false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

/**
 * Sets the headers before any other listener answers, so Socket.IO's own HTTP responses (which never reach
 * Express) carry them too. Call once Socket.IO is attached: it wraps the listeners present at that time.
 */
export function applySecurityHeaders(server: Server, config: Pick<AppConfig, 'cookieSecure'>): void {
  const headers = securityHeaders(config);
  server.prependListener('request', (req, res) => headers(req, res, () => undefined));
}
