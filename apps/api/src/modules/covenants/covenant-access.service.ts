/** The policy's facts for one covenant and viewer outside a GraphQL request (the real-time gateway). */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { MembershipEntity } from '../organisations/membership.entity';
import { PartyEntity } from '../parties/party.entity';
import { policyCovenant, policyViewer, type CovenantFacts } from './covenant-access';
import { CovenantEntity } from './covenant.entity';

@Injectable()
export class CovenantAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async factsFor(covenantId: string, viewer: Viewer | null): Promise<CovenantFacts | null> {
    const covenant = await this.dataSource.getRepository(CovenantEntity).findOneBy({ id: covenantId });
    if (!covenant) return null;
    const parties = await this.dataSource.getRepository(PartyEntity).findBy({ covenantId });
    const memberships = viewer
      ? await this.dataSource
          .getRepository(MembershipEntity)
          .find({ where: { userId: viewer.userId }, relations: { organisation: true } })
      : [];
    return { covenant: policyCovenant(covenant), viewer: policyViewer(viewer, parties, memberships) };
  }
}
