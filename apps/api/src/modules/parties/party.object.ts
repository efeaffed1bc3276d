import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { PartyRole, PartyStatus, RecordAtReview } from '@covenant/domain';
import { PartyRoleEnum, PartyStatusEnum } from '../../core/graphql/enums';
import type { PartyEntity } from '../covenants/party.entity';

@ObjectType('PartyPermissions', { description: 'What the viewer may do with this party now.' })
export class PartyPermissionsObject {
  @Field({ description: 'Take the party out of the covenant (removeParty).' })
  remove!: boolean;
  @Field({
    description: "Removing it would be the viewer's own organisation leaving: they are its admin, not the convenor's.",
  })
  leave!: boolean;
  @Field({ description: 'Accept or decline its invitation (respondToInvitation).' })
  respond!: boolean;
}

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

  /**
   * The party as the viewer is shown it (`shownRecord`): as it is, or as it
   * stood when the review began; null for one invited since.
   */
  static shown(entity: PartyEntity, record: RecordAtReview | null): PartyObject | null {
    if (!record) return PartyObject.from(entity);
    const status = record.partyStatuses.get(entity.id);
    if (!status) return null;
    return Object.assign(PartyObject.from(entity), {
      status,
      respondedAt: status === 'INVITED' ? null : entity.respondedAt,
    });
  }
}
