import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { daysBetween, serviceRequestOverdue, type ServiceRequestStatus } from '@covenant/domain';
import { CalendarDate } from '../../core/graphql/date.scalar';
import { ServiceRequestStatusEnum } from '../../core/graphql/enums';
import type { ServiceRequestEntity } from './service-request.entity';

@ObjectType('ServiceRequestPermissions', { description: 'What the viewer may do with this request now.' })
export class ServiceRequestPermissionsObject {
  @Field({ description: "Answer it (the public body's admin, while submitted)." })
  respond!: boolean;
  @Field({ description: "Withdraw it (the requester's admin, while submitted)." })
  withdraw!: boolean;
}

@ObjectType('ServiceRequest', {
  description:
    'Right to Shape Public Services: a community organisation asks a public body to change, or to let it run, a service.',
})
export class ServiceRequestObject {
  @Field(() => ID)
  id!: string;
  @Field()
  slug!: string;
  @Field()
  service!: string;
  @Field()
  proposal!: string;
  @Field(() => ServiceRequestStatusEnum)
  status!: ServiceRequestStatus;
  @Field()
  submittedAt!: Date;
  @Field(() => CalendarDate, {
    description: 'The response period from the submission day (default 8 weeks: day + 55).',
  })
  responseDueOn!: string;
  @Field(() => Date, { nullable: true })
  respondedAt!: Date | null;
  @Field(() => String, { nullable: true })
  response!: string | null;
  @Field({ description: 'True when unanswered after responseDueOn (Europe/London).' })
  overdue!: boolean;
  @Field(() => Int, {
    nullable: true,
    description: 'Days from today to responseDueOn (negative when overdue); null once answered or withdrawn.',
  })
  daysLeft!: number | null;

  neighbourhoodId!: string;
  requesterId!: string;
  publicBodyId!: string;

  static from(entity: ServiceRequestEntity, today: string): ServiceRequestObject {
    const { id, slug, service, proposal, status, submittedAt, responseDueOn, respondedAt, response } = entity;
    const { neighbourhoodId, requesterId, publicBodyId } = entity;
    return Object.assign(new ServiceRequestObject(), {
      id,
      slug,
      service,
      proposal,
      status,
      submittedAt,
      responseDueOn,
      respondedAt,
      response,
      overdue: serviceRequestOverdue(status, responseDueOn, today),
      daysLeft: status === 'SUBMITTED' ? daysBetween(today, responseDueOn) : null,
      neighbourhoodId,
      requesterId,
      publicBodyId,
    });
  }
}
