import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { OrganisationKind, VerificationStatus } from '@covenant/domain';
import { OrganisationKindEnum, VerificationStatusEnum } from '../../core/graphql/enums';
import type { OrganisationEntity } from './organisation.entity';

/** What anyone may know of the request under review is in the resolver; these are its private details. */
export interface VerificationRequestDetails {
  requestedDomain: string | null;
  evidence: string | null;
  requestedAt: Date | null;
}

@ObjectType('OrganisationVerification')
export class OrganisationVerificationObject {
  @Field(() => VerificationStatusEnum)
  status!: VerificationStatus;

  @Field(() => [String], { description: 'Domains proved for the organisation, lower case, e.g. northyorks.gov.uk.' })
  domains!: string[];

  @Field(() => Date, { nullable: true })
  verifiedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The steward's public note: what was checked (e.g. the official register consulted), or why it was rejected.",
  })
  note!: string | null;

  organisationId!: string;
  request!: VerificationRequestDetails;

  static from(entity: OrganisationEntity): OrganisationVerificationObject {
    return Object.assign(new OrganisationVerificationObject(), {
      status: entity.verificationStatus,
      domains: entity.verificationStatus === 'VERIFIED' ? entity.verifiedDomains : [],
      verifiedAt: entity.verificationStatus === 'VERIFIED' ? entity.verifiedAt : null,
      note: entity.verificationNote,
      organisationId: entity.id,
      request: {
        requestedDomain: entity.verificationRequestedDomain,
        evidence: entity.verificationEvidence,
        requestedAt: entity.verificationRequestedAt,
      },
    });
  }
}

@ObjectType('Organisation')
export class OrganisationObject {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field(() => OrganisationKindEnum)
  kind!: OrganisationKind;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => OrganisationVerificationObject)
  verification!: OrganisationVerificationObject;

  static from(entity: OrganisationEntity): OrganisationObject {
    const { id, slug, name, kind, description, website, createdAt } = entity;
    return Object.assign(new OrganisationObject(), {
      id,
      slug,
      name,
      kind,
      description,
      website,
      createdAt,
      verification: OrganisationVerificationObject.from(entity),
    });
  }
}
