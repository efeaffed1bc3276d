/** The rows of a covenant's open data, for whoever may read the covenant (null for anyone else). */
import { Injectable } from '@nestjs/common';
import { londonDay } from '@covenant/domain';
import type { Viewer } from '../../core/auth/viewer';
import { allowed } from '../covenants/covenant-access';
import { CovenantAccessService } from '../covenants/covenant-access.service';
import { CovenantsService } from '../covenants/covenants.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { PartiesService } from '../parties/parties.service';
import { CommitmentObject } from './commitment.object';
import { CommitmentsService } from './commitments.service';
import { openDataRows, type OpenDataRow } from './open-data';

@Injectable()
export class OpenDataService {
  constructor(
    private readonly covenants: CovenantsService,
    private readonly access: CovenantAccessService,
    private readonly commitments: CommitmentsService,
    private readonly parties: PartiesService,
    private readonly organisations: OrganisationsService,
  ) {}

  async commitmentRows(slug: string, viewer: Viewer | null): Promise<{ slug: string; rows: OpenDataRow[] } | null> {
    const covenant = await this.covenants.findBySlug(slug);
    const facts = covenant ? await this.access.factsFor(covenant.id, viewer) : null;
    if (!covenant || !facts || !allowed('read', facts)) return null;
    // During a revision, people outside the parties see the version in force, not the drafted commitments.
    if (!allowed('readWorkingDraft', facts)) return { slug: covenant.slug, rows: [] };
    const [[commitments], [parties]] = await Promise.all([
      this.commitments.ofCovenants([covenant.id]),
      this.parties.ofCovenants([covenant.id]),
    ]);
    const organisations = await this.organisations.findByIds(parties.map((party) => party.organisationId));
    const names = new Map(parties.map((party, i) => [party.id, organisations[i]?.name ?? '']));
    const today = londonDay(new Date());
    return {
      slug: covenant.slug,
      rows: openDataRows(
        commitments.map((c) => CommitmentObject.from(c, today)),
        names,
      ),
    };
  }
}
