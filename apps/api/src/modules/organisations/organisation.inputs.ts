import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsOptional, IsString, IsUrl, IsUUID, Length, MaxLength } from 'class-validator';
import { MEMBER_ROLES, ORGANISATION_KINDS, type MemberRole, type OrganisationKind } from '@covenant/domain';
import { MemberRoleEnum, OrganisationKindEnum } from '../../core/graphql/enums';
import { Trim, TrimToNull } from '../../core/validation/trim';

const ID_MESSAGE = 'That is not a valid id.';

@InputType()
export class CreateOrganisationInput {
  @Field()
  @Trim()
  @IsString()
  @Length(2, 120, { message: 'Give the organisation a name of 2 to 120 characters.' })
  name!: string;

  @Field(() => OrganisationKindEnum)
  @IsIn(ORGANISATION_KINDS, { message: 'Choose what kind of organisation this is.' })
  kind!: OrganisationKind;

  @Field(() => String, { nullable: true })
  @TrimToNull()
  @IsOptional()
  @MaxLength(2000, { message: 'Keep the description to 2,000 characters.' })
  description?: string | null;

  @Field(() => String, { nullable: true })
  @TrimToNull()
  @IsOptional()
  @MaxLength(500, { message: 'The website address is too long.' })
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'Enter the full website address, starting with https://.' },
  )
  website?: string | null;
}

@InputType()
export class AddMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  organisationId!: string;

  @Field({ description: "an existing user's e-mail" })
  @Trim()
  @IsEmail({}, { message: 'Enter a valid e-mail address, like name@example.org.' })
  email!: string;

  @Field(() => MemberRoleEnum)
  @IsIn(MEMBER_ROLES, { message: 'Choose a role.' })
  role!: MemberRole;

  @Field(() => String, { nullable: true })
  @TrimToNull()
  @IsOptional()
  @MaxLength(120, { message: 'Keep the position to 120 characters.' })
  position?: string | null;
}

@InputType()
export class UpdateMembershipInput {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  membershipId!: string;

  @Field(() => MemberRoleEnum, { nullable: true, description: 'Leave out to keep the role.' })
  @IsOptional()
  @IsIn(MEMBER_ROLES, { message: 'Choose a role.' })
  role?: MemberRole | null;

  @Field(() => String, { nullable: true, description: 'Leave out to keep the position; an empty string clears it.' })
  @TrimToNull()
  @IsOptional()
  @MaxLength(120, { message: 'Keep the position to 120 characters.' })
  position?: string | null;
}
