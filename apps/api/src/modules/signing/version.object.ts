import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { isCompleteVersion, type SignatureStatus, type VersionStatus } from '@covenant/domain';
import { CalendarDate } from '../../core/graphql/date.scalar';
import { SignatureStatusEnum, VersionStatusEnum } from '../../core/graphql/enums';
import type { SignatureEntity } from './signature.entity';
import type { VersionEntity } from './version.entity';

@ObjectType('CovenantVersion')
export class VersionObject {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => VersionStatusEnum)
  status!: VersionStatus;

  @Field({
    description: 'The exact JSON string that was hashed (see DESIGN.md, Freezing): anyone can recompute the hash.',
  })
  canonicalContent!: string;

  @Field({ description: "SHA-256 (lower-case hex) of canonicalContent's UTF-8 bytes." })
  contentHash!: string;

  @Field()
  frozenAt!: Date;

  @Field()
  html!: string;

  @Field({
    description: 'True once every party frozen into this version signed and the countersignatory countersigned.',
  })
  complete!: boolean;

  @Field(() => CalendarDate, {
    nullable: true,
    description: 'The day (Europe/London) it came into force; null until then.',
  })
  inForceFrom!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Platform seal (base64 Ed25519 signature) once complete; see DESIGN.md.',
  })
  seal!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The id of the key that made the seal, as listed at /.well-known/covenant-seal-keys.json; null until sealed ' +
      '(and for seals made before keys were named, which verify against every published key).',
  })
  sealKeyId!: string | null;

  covenantId!: string;

  static from(entity: VersionEntity): VersionObject {
    const {
      id,
      number,
      status,
      canonicalContent,
      contentHash,
      frozenAt,
      html,
      inForceFrom,
      seal,
      sealKeyId,
      covenantId,
    } = entity;
    return Object.assign(new VersionObject(), {
      id,
      number,
      status,
      canonicalContent,
      contentHash,
      frozenAt,
      html,
      complete: isCompleteVersion(status),
      inForceFrom,
      seal,
      sealKeyId,
      covenantId,
    });
  }
}

@ObjectType('Signature')
export class SignatureObject {
  @Field(() => ID)
  id!: string;

  @Field()
  signerName!: string;

  @Field()
  signerPosition!: string;

  @Field()
  signedAt!: Date;

  @Field()
  contentHash!: string;

  @Field(() => String, { nullable: true })
  mandate!: string | null;

  @Field()
  countersignature!: boolean;

  @Field(() => SignatureStatusEnum)
  status!: SignatureStatus;

  @Field({ description: "The signing organisation's verification when the signature was made (kept as it was)." })
  organisationVerified!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "The e-mail domain of the signer's verified address when signing, e.g. northyorks.gov.uk.",
  })
  signerDomain!: string | null;

  partyId!: string;
  versionId!: string;
  signedById!: string;

  static from(entity: SignatureEntity): SignatureObject {
    const { id, signerName, signerPosition, signedAt, contentHash, mandate, countersignature, status } = entity;
    return Object.assign(new SignatureObject(), {
      organisationVerified: entity.organisationVerified,
      signerDomain: entity.signerDomain,
      id,
      signerName,
      signerPosition,
      signedAt,
      contentHash,
      mandate,
      countersignature,
      status,
      partyId: entity.partyId,
      versionId: entity.versionId,
      signedById: entity.signedById,
    });
  }
}
