import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThan, Repository } from 'typeorm';
import { RateLimitHitEntity } from './rate-limit-hit.entity';

/** Sliding-window counters kept in PostgreSQL, so every API process counts the same attempts. */
@Injectable()
export class RateLimitsService {
  constructor(@InjectRepository(RateLimitHitEntity) private readonly hits: Repository<RateLimitHitEntity>) {}

  async count(bucket: string, key: string, windowMs: number): Promise<number> {
    return this.hits.count({ where: { bucket, key, at: MoreThan(new Date(Date.now() - windowMs)) } });
  }

  async hit(bucket: string, keys: string[]): Promise<void> {
    await this.hits.insert(keys.map((key) => ({ bucket, key })));
  }

  async clear(bucket: string, key: string): Promise<void> {
    await this.hits.delete({ bucket, key });
  }
}
