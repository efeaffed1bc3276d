/** Times every HTTP request, labelled by a route template so that the label's values stay few. */
import { isPagePath } from '@covenant/domain';
import type { Request, RequestHandler } from 'express';
import type { MetricsService } from './metrics.service';

/** Addresses served outside Nest's controllers, by their fixed prefix. */
const PREFIXES: [RegExp, string][] = [
  [/^\/graphql$/, '/graphql'],
  [/^\/metrics$/, '/metrics'],
  [/^\/static\//, '/static/*'],
];

/** The route template of a request: Nest's for its controllers, else a fixed prefix, a page, or "other". */
export function routeLabel(req: Request): string {
  const template = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof template === 'string') return `${req.baseUrl}${template}`;
  const path = req.originalUrl.split('?')[0];
  for (const [pattern, label] of PREFIXES) if (pattern.test(path)) return label;
  return isPagePath(path) ? '(page)' : '(other)';
}

export function httpMetrics(metrics: MetricsService): RequestHandler {
  return (req, res, next) => {
    const stop = metrics.httpRequestDuration.startTimer();
    res.once('close', () => stop({ method: req.method, route: routeLabel(req), status: String(res.statusCode) }));
    next();
  };
}
