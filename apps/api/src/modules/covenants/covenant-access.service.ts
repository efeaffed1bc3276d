/** The policy's facts for a covenant and its viewers outside a GraphQL request (the real-time gateway). */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { MembershipEntity } from '../organisations/membership.entity';
import { PartyEntity } from './party.entity';
import { policyCovenant, policyViewer, type CovenantFacts } from './covenant-access';
import { CovenantEntity } from './covenant.entity';

@Injectable()
export class CovenantAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async factsFor(covenantId: string, viewer: Viewer | null): Promise<CovenantFacts | null> {
    const [facts] = (await this.factsForViewers(covenantId, [viewer])) ?? [null];
    return facts;
  }

  /** The facts for each viewer, in order, from three queries however many there are; null when the covenant is gone. */
  async factsForViewers(covenantId: string, viewers: readonly (Viewer | null)[]): Promise<CovenantFacts[] | null> {
    const covenant = await this.dataSource.getRepository(CovenantEntity).findOneBy({ id: covenantId });
    if (!covenant) return null;
    const parties = await this.dataSource
      .getRepository(PartyEntity)
      .find({ where: { covenantId }, relations: { organisation: true } });
    const userIds = [...new Set(viewers.flatMap((viewer) => (viewer ? [viewer.userId] : [])))];
    const memberships = userIds.length
      ? await this.dataSource
          .getRepository(MembershipEntity)
          .find({ where: { userId: In(userIds) }, relations: { organisation: true } })
      : [];
    return viewers.map((viewer) => ({
      covenant: policyCovenant(covenant, parties),
      viewer: policyViewer(
        viewer,
        parties,
        memberships.filter((membership) => membership.userId === viewer?.userId),
      ),
    }));
  }
}
