import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { PartyRole, PartyStatus } from '@covenant/domain';
import { PartyRoleEnum, PartyStatusEnum } from '../../core/graphql/enums';
import type { PartyEntity } from './party.entity';

@ObjectType('CovenantParty')
export class PartyObject {
  @Field(() => ID)
  id!: string;

  @Field(() => PartyRoleEnum)
  role!: PartyRole;

  @Field(() => PartyStatusEnum)
  status!: PartyStatus;

  @Field()
  invitedAt!: Date;

  @Field(() => Date, { nullable: true })
  respondedAt!: Date | null;

  covenantId!: string;
  organisationId!: string;

  static from(entity: PartyEntity): PartyObject {
    const { id, role, status, invitedAt, respondedAt, covenantId, organisationId } = entity;
    return Object.assign(new PartyObject(), { id, role, status, invitedAt, respondedAt, covenantId, organisationId });
  }
}
