import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { MemberRole } from '@covenant/domain';
import { MemberRoleEnum } from '../../core/graphql/enums';
import type { MembershipEntity } from './membership.entity';

@ObjectType('Membership')
export class MembershipObject {
  @Field(() => ID)
  id!: string;

  @Field(() => MemberRoleEnum)
  role!: MemberRole;

  @Field(() => String, { nullable: true, description: 'Job title or role, printed under a signature.' })
  position!: string | null;

  userId!: string;
  organisationId!: string;

  static from(entity: MembershipEntity): MembershipObject {
    const { id, role, position, userId, organisationId } = entity;
    return Object.assign(new MembershipObject(), { id, role, position, userId, organisationId });
  }
}
