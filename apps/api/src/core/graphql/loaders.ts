/** DataLoaders made fresh for every request, so each relation is fetched once per request in one query. */
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Request, Response } from 'express';
import { DocumentsService } from '../../collab/documents.service';
import type { RecordAtReview } from '@covenant/domain';
import { AuditService } from '../../modules/audit/audit.service';
import type { CommitmentUpdateEntity } from '../../modules/commitments/commitment-update.entity';
import type { CommitmentEntity } from '../../modules/commitments/commitment.entity';
import { CommitmentsService } from '../../modules/commitments/commitments.service';
import type { CommentEntity } from '../../modules/comments/comment.entity';
import { CommentsService } from '../../modules/comments/comments.service';
import type { CovenantEntity } from '../../modules/covenants/covenant.entity';
import { CovenantsService } from '../../modules/covenants/covenants.service';
import type { NeighbourhoodEntity } from '../../modules/neighbourhoods/neighbourhood.entity';
import { NeighbourhoodsService } from '../../modules/neighbourhoods/neighbourhoods.service';
import { MembershipsService } from '../../modules/organisations/memberships.service';
import { OrganisationsService } from '../../modules/organisations/organisations.service';
import type { MembershipEntity } from '../../modules/organisations/membership.entity';
import type { OrganisationEntity } from '../../modules/organisations/organisation.entity';
import type { PartyEntity } from '../../modules/parties/party.entity';
import { PartiesService } from '../../modules/parties/parties.service';
import type { SignatureEntity } from '../../modules/signing/signature.entity';
import type { VersionEntity } from '../../modules/signing/version.entity';
import { VersionsService } from '../../modules/signing/versions.service';
import { UsersService } from '../../modules/users/users.service';
import type { UserEntity } from '../../modules/users/user.entity';

export interface Loaders {
  user: DataLoader<string, UserEntity | null>;
  organisation: DataLoader<string, OrganisationEntity | null>;
  membershipsOfUser: DataLoader<string, MembershipEntity[]>;
  membershipsOfOrganisation: DataLoader<string, MembershipEntity[]>;
  neighbourhood: DataLoader<string, NeighbourhoodEntity | null>;
  /** Read only for the neighbourhoods whose boundary was asked for: each may be 1 MB. */
  neighbourhoodBoundary: DataLoader<string, string | null>;
  covenant: DataLoader<string, CovenantEntity | null>;
  covenantsOfNeighbourhood: DataLoader<string, CovenantEntity[]>;
  partiesOfCovenant: DataLoader<string, PartyEntity[]>;
  party: DataLoader<string, PartyEntity | null>;
  partiesOfOrganisation: DataLoader<string, PartyEntity[]>;
  version: DataLoader<string, VersionEntity | null>;
  versionsOfCovenant: DataLoader<string, VersionEntity[]>;
  signaturesOfVersion: DataLoader<string, SignatureEntity[]>;
  supportCount: DataLoader<string, number>;
  /** Whether the viewer has added their support, by covenant. */
  viewerSupports: DataLoader<string, boolean>;
  commitmentsOfCovenant: DataLoader<string, CommitmentEntity[]>;
  commitmentUpdates: DataLoader<string, CommitmentUpdateEntity[]>;
  openComments: DataLoader<string, CommentEntity[]>;
  allComments: DataLoader<string, CommentEntity[]>;
  draftHtml: DataLoader<string, string>;
  /** What people outside a revision are shown while it is drafted: see `shownRecord`. */
  recordAtReview: DataLoader<string, RecordAtReview>;
}

export interface GraphQLContext {
  req: Request;
  res: Response;
  loaders: Loaders;
}

@Injectable()
export class LoadersFactory {
  constructor(
    private readonly users: UsersService,
    private readonly organisations: OrganisationsService,
    private readonly memberships: MembershipsService,
    private readonly neighbourhoods: NeighbourhoodsService,
    private readonly covenants: CovenantsService,
    private readonly parties: PartiesService,
    private readonly comments: CommentsService,
    private readonly commitments: CommitmentsService,
    private readonly documents: DocumentsService,
    private readonly versions: VersionsService,
    private readonly audit: AuditService,
  ) {}

  create(viewerId: string | null): Loaders {
    return {
      user: new DataLoader((ids) => this.users.findByIds(ids)),
      organisation: new DataLoader((ids) => this.organisations.findByIds(ids)),
      membershipsOfUser: new DataLoader((ids) => this.memberships.forUsers(ids)),
      membershipsOfOrganisation: new DataLoader((ids) => this.memberships.forOrganisations(ids)),
      neighbourhood: new DataLoader((ids) => this.neighbourhoods.findByIds(ids)),
      neighbourhoodBoundary: new DataLoader((ids) => this.neighbourhoods.boundariesOf(ids)),
      covenant: new DataLoader((ids) => this.covenants.findByIds(ids)),
      covenantsOfNeighbourhood: new DataLoader(async (ids) => {
        const rows = await this.covenants.list({ neighbourhoodIds: ids });
        return ids.map((id) => rows.filter((row) => row.neighbourhoodId === id));
      }),
      partiesOfCovenant: new DataLoader((ids) => this.parties.ofCovenants(ids)),
      party: new DataLoader((ids) => this.parties.findByIds(ids)),
      partiesOfOrganisation: new DataLoader((ids) => this.parties.ofOrganisations(ids)),
      version: new DataLoader((ids) => this.versions.findByIds(ids)),
      versionsOfCovenant: new DataLoader((ids) => this.versions.ofCovenants(ids)),
      signaturesOfVersion: new DataLoader((ids) => this.versions.signaturesOf(ids)),
      supportCount: new DataLoader((ids) => this.covenants.supportCounts(ids)),
      viewerSupports: new DataLoader(async (ids) =>
        viewerId ? this.covenants.supportedBy(viewerId, ids) : ids.map(() => false),
      ),
      commitmentsOfCovenant: new DataLoader((ids) => this.commitments.ofCovenants(ids)),
      commitmentUpdates: new DataLoader((ids) => this.commitments.updatesOf(ids)),
      openComments: new DataLoader((ids) => this.comments.ofCovenants(ids, false)),
      allComments: new DataLoader((ids) => this.comments.ofCovenants(ids, true)),
      draftHtml: new DataLoader((ids) => this.documents.renderHtml(ids)),
      recordAtReview: new DataLoader((ids) => this.audit.recordsAtReview(ids)),
    };
  }
}
