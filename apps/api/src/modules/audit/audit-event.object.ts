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

@ObjectType('Verification')
export class VerificationObject {
  @Field({ description: "Every signature's hash equals its version's recomputed content hash." })
  signaturesValid!: boolean;

  @Field({ description: 'The audit chain recomputes end to end.' })
  auditChainValid!: boolean;

  @Field({ description: "Every version's stored canonical content recomputes to its contentHash." })
  contentHashValid!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Every complete version's seal verifies with the platform's public key; null while no version is complete.",
  })
  sealValid!: boolean | null;

  @Field(() => [String])
  problems!: string[];
}
