/** Builds the whole HTTP application: used by main.ts, the CLI and the integration tests alike. */
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import { CollabIoAdapter } from './collab/collab-io.adapter';
import { sessionMiddleware } from './core/auth/session.middleware';
import type { AppConfig } from './core/config/config';
import { NestPinoLogger, requestLogger } from './core/logging/logger';
import { httpMetrics } from './core/metrics/http-metrics';
import { metricsRoute } from './core/metrics/metrics-endpoint';
import { MetricsService } from './core/metrics/metrics.service';
import { applySecurityHeaders } from './core/web/security-headers';
import { createValidationPipe } from './core/validation/validation.pipe';
import { webApp } from './core/web/web-app';
import { PublicAnswers, publicAnswersMiddleware } from './core/graphql/public-answers';
import { CovenantEvents } from './modules/covenants/covenant-events';
import { AuthService } from './modules/auth/auth.service';

/** Room for a 1 MB GeoJSON boundary in a GraphQL request. */
const JSON_BODY_LIMIT = '2mb';

export async function createApp(options: {
  config: AppConfig;
  databaseUrl: string;
  logger: Logger;
}): Promise<NestExpressApplication> {
  const { config, logger } = options;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    logger: new NestPinoLogger(logger),
    bodyParser: false,
  });
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.disable('x-powered-by');
  const metrics = app.get(MetricsService);
  app.use(httpMetrics(metrics));
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  app.use('/metrics', metricsRoute(metrics, config));
  app.use(requestLogger(logger));
  app.use(sessionMiddleware(app.get(AuthService), config.cookieSecure));
  const answers = app.get(PublicAnswers);
  // A covenant changed on this process, by a mutation or otherwise: no kept answer may show it as it was.
  app.get(CovenantEvents).subscribe(() => answers.clear());
  app.use(publicAnswersMiddleware(answers));
  app.use(webApp(config.webDist, { sourceMaps: config.env !== 'production' }));
  app.useGlobalPipes(createValidationPipe());
  const io = new CollabIoAdapter(app);
  if (config.redisUrl) await io.connectToRedis(config.redisUrl);
  app.useWebSocketAdapter(io);
  await app.init();
  applySecurityHeaders(app.getHttpServer(), config);
  return app;
}
