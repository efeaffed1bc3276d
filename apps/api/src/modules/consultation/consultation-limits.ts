/** How often one person may propose amendments and respond to sections, counted across every API process. */
import { Inject, Injectable } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer';
import { APP_CONFIG, type AppConfig } from '../../core/config/config';
import { rateLimited } from '../../core/errors/app-error';
import { inMinutes, RateLimitsService } from '../rate-limits/rate-limits.service';

const ONE_HOUR = 60 * 60 * 1000;

export type ConsultationBucket = 'propose-amendment' | 'respond-to-section';

@Injectable()
export class ConsultationLimits {
  constructor(
    private readonly rateLimits: RateLimitsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Runs `work` if the viewer is within the limit; an attempt that fails does not count. */
  async within<T>(bucket: ConsultationBucket, viewer: Viewer, work: () => Promise<T>): Promise<T> {
    await this.take(bucket, viewer);
    try {
      return await work();
    } catch (error) {
      await this.rateLimits.giveBack([{ bucket, key: viewer.userId }]);
      throw error;
    }
  }

  private async take(bucket: ConsultationBucket, viewer: Viewer): Promise<void> {
    const [perHour, what] =
      bucket === 'propose-amendment'
        ? [this.config.rateLimitAmendments, 'amendments']
        : [this.config.rateLimitResponses, 'section responses'];
    const attempt = await this.rateLimits.take([{ bucket, key: viewer.userId }], perHour, ONE_HOUR);
    if (!attempt.allowed) {
      throw rateLimited(`You have sent ${perHour} ${what} in the last hour. Try again in ${inMinutes(attempt)}.`);
    }
  }
}
