import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Verification')
export class VerificationObject {
  @Field({ description: "Every signature's hash equals its version's recomputed content hash." })
  signaturesValid!: boolean;

  @Field({ description: 'The audit chain recomputes end to end (as far as auditEventsChecked).' })
  auditChainValid!: boolean;

  @Field(() => Int, {
    description:
      'How many audit events the chain check covered, from seq 1: all of them, or, while UNDER_REVIEW for readers who may not see the working draft, those up to the event that began the review (as covenantAudit serves them).',
  })
  auditEventsChecked!: number;

  @Field({ description: "Every version's stored canonical content recomputes to its contentHash." })
  contentHashValid!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Every complete version's seal verifies with the public key of the key it names (sealKeyId); null while no version is complete.",
  })
  sealValid!: boolean | null;

  @Field({ description: "Every version's stored HTML is what its frozen text renders to." })
  htmlValid!: boolean;

  @Field({ description: 'Everything above holds: nothing was changed after it was recorded.' })
  valid!: boolean;

  @Field(() => [String], { description: 'What is wrong, in words; empty when everything is valid.' })
  problems!: string[];
}
