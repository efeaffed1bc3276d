import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { SERVICE_REQUEST_ANSWERS, type ServiceRequestStatus } from '@covenant/domain';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';
import { ServiceRequestStatusEnum } from '../../core/graphql/enums';
import { Trim } from '../../core/validation/trim';

@InputType()
export class ServiceRequestInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the neighbourhood the service is for.' })
  neighbourhoodId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the organisation that asks.' })
  requesterOrganisationId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the public body to ask.' })
  publicBodyOrganisationId!: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'Name the service in 1 to 200 characters.' })
  service!: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 10000, {
    message: 'Say what should change, or how the community would run it, in 1 to 10,000 characters.',
  })
  proposal!: string;
}

@ArgsType()
export class RespondToServiceRequestArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'That is not a valid request id.' })
  requestId!: string;

  @Field(() => ServiceRequestStatusEnum)
  @IsIn(SERVICE_REQUEST_ANSWERS, { message: 'Answer ACCEPTED, ACCEPTED_WITH_CHANGES or REFUSED.' })
  status!: ServiceRequestStatus;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 5000, { message: 'Give the answer and its reasons in 1 to 5,000 characters.' })
  response!: string;
}
