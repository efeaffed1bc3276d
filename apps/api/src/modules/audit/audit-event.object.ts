import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { AuditEventEntity } from './audit-event.entity';

@ObjectType('AuditEvent', {
  description:
    'One link of a covenant\'s own hash chain (seq 1, 2, 3 … per covenant). hash = lower-case hex SHA-256 of the UTF-8 string prevHash + "\\n" + seq + "\\n" + at + "\\n" + (actor.id or "") + "\\n" + action + "\\n" + details.',
})
export class AuditEventObject {
  @Field(() => Int)
  seq!: number;

  /** Stored as the ISO string that was hashed; toISOString gives back exactly that string. */
  @Field()
  at!: Date;

  @Field({ description: 'e.g. covenant.created, party.invited, party.accepted, status.changed' })
  action!: string;

  @Field({ description: "JSON object with the event's details." })
  details!: string;

  @Field()
  hash!: string;

  @Field()
  prevHash!: string;

  actorId!: string | null;

  static from(entity: AuditEventEntity): AuditEventObject {
    const { seq, at, action, details, hash, prevHash, actorId } = entity;
    return Object.assign(new AuditEventObject(), { seq, at: new Date(at), action, details, hash, prevHash, actorId });
  }
}
