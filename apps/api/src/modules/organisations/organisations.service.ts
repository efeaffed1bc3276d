import { countByName, pageByName, type NameFilter } from '../../core/database/by-name';
import { Injectable } from '@nestjs/common';
import { findByIdsInOrder } from '../../core/database/by-ids';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { OrganisationKind } from '@covenant/domain';
import { DataSource, EntityManager, Repository } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { isUniqueViolation } from '../../core/database/postgres-errors';
import { conflict } from '../../core/errors/app-error';
import { uniqueSlug } from '../../core/database/unique-slug';
import { PublicAnswers } from '../../core/graphql/public-answers';
import { MembershipEntity } from './membership.entity';
import { CreateOrganisationInput } from './organisation.inputs';
import { OrganisationEntity } from './organisation.entity';

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
    private readonly answers: PublicAnswers,
  ) {}

  findBySlug(slug: string): Promise<OrganisationEntity | null> {
    return this.organisations.findOneBy({ slug: slug.toLowerCase() });
  }

  findById(id: string): Promise<OrganisationEntity | null> {
    return this.organisations.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<(OrganisationEntity | null)[]> {
    return findByIdsInOrder(this.organisations, ids);
  }

  /** Name, then id; `after` is the id of the last organisation of the previous page. */
  search(options: { search: string | null; kind: OrganisationKind | null; first: number; after: string | null }) {
    return pageByName(this.organisations, byKind(options), options);
  }

  count(options: { search: string | null; kind: OrganisationKind | null }): Promise<number> {
    return countByName(this.organisations, byKind(options));
  }

  /**
   * A verified organisation's name and kind are its own: nobody may create (or
   * get verified) a twin that readers would take for it. Compared without case.
   */
  async requireNameFree(
    manager: EntityManager,
    name: string,
    kind: OrganisationKind,
    exceptId?: string,
  ): Promise<void> {
    const twin = await manager
      .createQueryBuilder(OrganisationEntity, 'o')
      .where('lower(o.name) = lower(:name) AND o.kind = :kind', { name: name.trim(), kind })
      .andWhere("o.verification_status = 'VERIFIED'")
      .andWhere(exceptId ? 'o.id <> :exceptId' : 'TRUE', { exceptId })
      .getOne();
    if (twin) {
      throw conflict(
        `${twin.name} is already on the platform, verified by ${twin.verifiedDomains.join(', ')}. Ask one of its admins to add you as a member instead.`,
      );
    }
  }

  /** The caller becomes the organisation's first ADMIN, in the same transaction. */
  async create(viewer: Viewer, input: CreateOrganisationInput): Promise<OrganisationEntity> {
    const organisation = await this.insert(viewer, input);
    // Organisations are listed to everyone: no kept anonymous answer may leave it out.
    this.answers.clear();
    return organisation;
  }

  private async insert(viewer: Viewer, input: CreateOrganisationInput): Promise<OrganisationEntity> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction(async (manager) => {
          await this.requireNameFree(manager, input.name, input.kind);
          const slug = await uniqueSlug(manager, OrganisationEntity, input.name);
          const organisation = await manager.save(
            manager.create(OrganisationEntity, {
              slug,
              name: input.name,
              kind: input.kind,
              description: input.description ?? null,
              website: input.website ?? null,
            }),
          );
          await manager.insert(MembershipEntity, {
            userId: viewer.userId,
            organisationId: organisation.id,
            role: 'ADMIN',
            position: null,
          });
          return organisation;
        });
      } catch (error) {
        // Two organisations with the same name created at the same moment: take the next slug.
        if (attempt < 5 && isUniqueViolation(error)) continue;
        throw error;
      }
    }
  }
}

function byKind(options: { search: string | null; kind: OrganisationKind | null }): NameFilter {
  return { search: options.search, where: options.kind ? { kind: options.kind } : undefined };
}
