import { Global, Module } from '@nestjs/common';
import { MetricsServer } from './metrics-endpoint';
import { MetricsService } from './metrics.service';

/** The Prometheus instruments, available everywhere (the real-time code reports to them too). */
@Global()
@Module({
  providers: [MetricsService, MetricsServer],
  exports: [MetricsService],
})
export class MetricsModule {}
