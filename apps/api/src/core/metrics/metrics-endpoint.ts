/**
 * GET /metrics, in Prometheus's text format. Not public in production: with
 * METRICS_PORT it is served on that port only; with METRICS_TOKEN it needs
 * `Authorization: Bearer <token>`; in production with neither it is off. In
 * development and test, with neither, it is open on the main port.
 */
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { applySecurityHeaders } from '../web/security-headers';
import { MetricsService } from './metrics.service';

type Exposure = 'open' | 'token' | 'off';

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Compared as digests, so the time taken says nothing about how much of the token matched. */
function presentsToken(req: IncomingMessage, token: string): boolean {
  const presented = /^Bearer\s+(.+)$/i.exec(req.headers.authorization?.trim() ?? '')?.[1];
  return presented !== undefined && timingSafeEqual(digest(presented), digest(token));
}

function scrape(metrics: MetricsService, exposure: Exposure, token: string | null) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const reply = (status: number, text: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end(text);
    };
    if (exposure === 'off') return reply(404, 'Not found.\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') return reply(405, 'Use GET.\n', { allow: 'GET, HEAD' });
    if (exposure === 'token' && !presentsToken(req, token!)) {
      return reply(401, 'Send the metrics token as a bearer token.\n', {
        'www-authenticate': 'Bearer realm="metrics"',
      });
    }
    metrics.scrape().then(
      ({ contentType, body }) => {
        res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      () => reply(500, 'The metrics could not be collected.\n'),
    );
  };
}

/** /metrics on the main port; mounted before the session middleware, since its bearer token is not a session. */
export function metricsRoute(metrics: MetricsService, config: AppConfig) {
  const exposure: Exposure = config.metricsPort
    ? 'off'
    : config.metricsToken
      ? 'token'
      : config.env === 'production'
        ? 'off'
        : 'open';
  const answer = scrape(metrics, exposure, config.metricsToken);
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.path !== '/') return next();
    answer(req, res);
  };
}

/** The separate listener when METRICS_PORT is set (on HOST, with the token when one is set). */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private server: Server | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: MetricsService,
  ) {}

  async onApplicationBootstrap() {
    const { metricsPort, metricsToken, host } = this.config;
    if (!metricsPort) return;
    const answer = scrape(this.metrics, metricsToken ? 'token' : 'open', metricsToken);
    const server = createServer((req, res) => {
      if (new URL(req.url ?? '/', 'http://metrics').pathname !== '/metrics') {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found.\n');
        return;
      }
      answer(req, res);
    });
    applySecurityHeaders(server, this.config);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(metricsPort, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
  }

  async onApplicationShutdown() {
    const server = this.server;
    this.server = null;
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}
