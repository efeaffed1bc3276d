import { countByName, pageByName } from '../../core/database/by-name';
import { Inject, Injectable } from '@nestjs/common';
import { findByIdsInOrder } from '../../core/database/by-ids';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { parseAreaCodes, parseBoundary } from '@covenant/domain';
import { DataSource, Repository } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { APP_CONFIG, type AppConfig } from '../../core/config/config';
import { badInput, rateLimited } from '../../core/errors/app-error';
import { isUniqueViolation } from '../../core/database/postgres-errors';
import { uniqueSlug } from '../../core/database/unique-slug';
import { PublicAnswers } from '../../core/graphql/public-answers';
import { OrganisationsService } from '../organisations/organisations.service';
import { RateLimitsService } from '../rate-limits/rate-limits.service';
import { CreateNeighbourhoodInput } from './create-neighbourhood.input';
import { NeighbourhoodEntity } from './neighbourhood.entity';

const ONE_DAY = 24 * 60 * 60 * 1000;

@Injectable()
export class NeighbourhoodsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(NeighbourhoodEntity) private readonly neighbourhoods: Repository<NeighbourhoodEntity>,
    private readonly organisations: OrganisationsService,
    private readonly rateLimits: RateLimitsService,
    private readonly answers: PublicAnswers,
  ) {}

  findBySlug(slug: string): Promise<NeighbourhoodEntity | null> {
    return this.neighbourhoods.findOneBy({ slug: slug.toLowerCase() });
  }

  findByIds(ids: readonly string[]): Promise<(NeighbourhoodEntity | null)[]> {
    return findByIdsInOrder(this.neighbourhoods, ids);
  }

  /** The boundaries of these neighbourhoods as GeoJSON strings (null for none), in order. */
  async boundariesOf(ids: readonly string[]): Promise<(string | null)[]> {
    const rows = await this.neighbourhoods
      .createQueryBuilder('n')
      .select(['n.id', 'n.boundary'])
      .where('n.id IN (:...ids)', { ids })
      .getMany();
    const boundaries = new Map(rows.map((row) => [row.id, row.boundary]));
    return ids.map((id) => {
      const boundary = boundaries.get(id);
      return boundary == null ? null : JSON.stringify(boundary);
    });
  }

  /** Name, then id; `after` is the id of the last neighbourhood of the previous page. */
  search(options: { search: string | null; first: number; after: string | null }): Promise<NeighbourhoodEntity[]> {
    return pageByName(this.neighbourhoods, options, options);
  }

  count(options: { search: string | null }): Promise<number> {
    return countByName(this.neighbourhoods, options);
  }

  async create(viewer: Viewer, input: CreateNeighbourhoodInput): Promise<NeighbourhoodEntity> {
    const { codes, invalid } = parseAreaCodes(input.areaCodes ?? []);
    if (invalid.length) {
      const message = `These are not ONS area codes (a letter E, W, S or N and 8 digits, like E05012345): ${invalid.join(', ')}.`;
      throw badInput(message, { areaCodes: message });
    }
    let boundary: unknown = null;
    if (input.boundary) {
      const parsed = parseBoundary(input.boundary);
      if (!parsed.ok) throw badInput(parsed.reason, { boundary: parsed.reason });
      boundary = JSON.parse(parsed.json);
    }
    if (input.localAuthorityId) {
      const council = await this.organisations.findById(input.localAuthorityId);
      if (!council || council.kind !== 'LOCAL_AUTHORITY') {
        const message = 'The local authority must be an organisation of kind Local authority.';
        throw badInput(message, { localAuthorityId: message });
      }
    }
    const neighbourhood = await this.insert(viewer, input, codes, boundary);
    // Neighbourhoods are listed to everyone: no kept anonymous answer may leave it out.
    this.answers.clear();
    return neighbourhood;
  }

  private async insert(
    viewer: Viewer,
    input: CreateNeighbourhoodInput,
    areaCodes: string[],
    boundary: unknown,
  ): Promise<NeighbourhoodEntity> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction(async (manager) => {
          // Counted in the transaction: a creation that fails does not use up the day's allowance.
          const allowance = await this.rateLimits.take(
            [{ bucket: 'neighbourhood', key: viewer.userId }],
            this.config.rateLimitNeighbourhoods,
            ONE_DAY,
            manager,
          );
          if (!allowance.allowed) {
            const hours = Math.max(1, Math.ceil(allowance.retryAfterMs / 3_600_000));
            throw rateLimited(
              `You have put ${this.config.rateLimitNeighbourhoods} neighbourhoods on the platform in the last 24 hours, ` +
                `the most one account may. Try again in ${hours === 1 ? 'an hour' : `${hours} hours`}.`,
            );
          }
          const slug = await uniqueSlug(manager, NeighbourhoodEntity, input.name);
          return manager.save(
            manager.create(NeighbourhoodEntity, {
              slug,
              name: input.name,
              description: input.description ?? null,
              localAuthorityId: input.localAuthorityId ?? null,
              areaCodes,
              boundary,
              createdById: viewer.userId,
            }),
          );
        });
      } catch (error) {
        if (attempt < 5 && isUniqueViolation(error)) continue;
        throw error;
      }
    }
  }
}
