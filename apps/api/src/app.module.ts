import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { Logger } from 'pino';
import { CollabModule } from './collab/collab.module';
import { AccessChanges } from './core/auth/access-changes';
import { AuthGuard } from './core/auth/auth.guard';
import type { AuthenticatedRequest } from './core/auth/viewer';
import { APP_CONFIG, type AppConfig } from './core/config/config';
import { dataSourceOptions } from './core/database/data-source';
import { ENTITIES } from './entities';
import { QueryLogger } from './core/database/query-logger';
import { UnitOfWork } from './core/database/unit-of-work';
import { createErrorFormatter } from './core/graphql/format-error';
import { aliasLimit, complexityLimit, depthLimit } from './core/graphql/limits';
import { LoaderRegistry } from './core/graphql/loaders';
import { PublicAnswers, publicAnswersPlugin } from './core/graphql/public-answers';
import { compiledQueriesPlugin } from './core/graphql/compiled-queries';
import { withPlainFields } from './core/graphql/plain-fields';
import { DateTime } from './core/graphql/date-time.scalar';
import { HealthController } from './core/health/health.controller';
import { LOGGER } from './core/logging/logger';
import { graphqlMetricsPlugin } from './core/metrics/graphql-metrics';
import { MetricsModule } from './core/metrics/metrics.module';
import { MetricsService } from './core/metrics/metrics.service';
import { PublicUrl } from './core/web/public-url';
import { AssetsModule } from './modules/assets/assets.module';
import { AuditModule } from './modules/audit/audit.module';
import { BudgetsModule } from './modules/budgets/budgets.module';
import { IdentityModule } from './modules/identity/identity.module';
import { AuthModule } from './modules/auth/auth.module';
import { CommitmentsModule } from './modules/commitments/commitments.module';
import { CommentsModule } from './modules/comments/comments.module';
import { ConsultationModule } from './modules/consultation/consultation.module';
import { CovenantsModule } from './modules/covenants/covenants.module';
import { SigningModule } from './modules/signing/signing.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { PartiesModule } from './modules/parties/parties.module';
import { RightsModule } from './modules/rights/rights.module';
import { DisputesModule } from './modules/disputes/disputes.module';
import { EscalationsModule } from './modules/escalations/escalations.module';
import { NationalModule } from './modules/national/national.module';
import { NationalOpenDataModule } from './modules/open-data/national-open-data.module';
import { ServiceRequestsModule } from './modules/service-requests/service-requests.module';
import { NeighbourhoodsModule } from './modules/neighbourhoods/neighbourhoods.module';
import { OrganisationsModule } from './modules/organisations/organisations.module';
import { UsersModule } from './modules/users/users.module';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  logger: Logger;
}

@Global()
@Module({})
class CoreModule {
  static forRoot({ config, logger }: AppModuleOptions): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
        { provide: PublicAnswers, useValue: new PublicAnswers(config.publicCacheMs) },
        PublicUrl,
        AccessChanges,
        LoaderRegistry,
        UnitOfWork,
      ],
      exports: [APP_CONFIG, LOGGER, PublicAnswers, PublicUrl, AccessChanges, LoaderRegistry, UnitOfWork],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    const { config, databaseUrl, logger } = options;
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(options),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl, ENTITIES, new QueryLogger(logger)),
          retryAttempts: 3,
          retryDelay: 500,
        }),
        MetricsModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [LoaderRegistry, PublicAnswers, MetricsService],
          useFactory: (loaders: LoaderRegistry, answers: PublicAnswers, metrics: MetricsService) => ({
            path: '/graphql',
            autoSchemaFile: true,
            sortSchema: true,
            buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTime }] },
            transformSchema: withPlainFields,
            playground: false,
            introspection: true,
            csrfPrevention: true,
            allowBatchedHttpRequests: false,
            includeStacktraceInErrorResponses: false,
            validationRules: [depthLimit(), aliasLimit()],
            // No HTTP caching of answers (they depend on the viewer), so no per-field cache hints either: they cost.
            plugins: [
              ApolloServerPluginLandingPageDisabled(),
              ApolloServerPluginCacheControlDisabled(),
              complexityLimit(),
              publicAnswersPlugin(answers),
              graphqlMetricsPlugin(metrics),
              compiledQueriesPlugin(metrics),
            ],
            formatError: createErrorFormatter(logger, config.exposeStackTraces),
            context: ({ req, res }: { req: AuthenticatedRequest; res: Response }) => ({
              req,
              res,
              loaders: loaders.create(req.auth?.viewer?.userId ?? null),
            }),
          }),
        }),
        UsersModule,
        AuthModule,
        IdentityModule,
        OrganisationsModule,
        NeighbourhoodsModule,
        CovenantsModule,
        PartiesModule,
        CommitmentsModule,
        SigningModule,
        CommentsModule,
        ConsultationModule,
        AssetsModule,
        ServiceRequestsModule,
        BudgetsModule,
        RightsModule,
        DisputesModule,
        EscalationsModule,
        NationalModule,
        NationalOpenDataModule,
        AuditModule,
        NotificationsModule,
        CollabModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_GUARD, useClass: AuthGuard }],
    };
  }
}
