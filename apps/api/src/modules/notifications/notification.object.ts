import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { NotificationEntity } from './notification.entity';

@ObjectType('Notification')
export class NotificationObject {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'What happened, e.g. party.invited.' })
  kind!: string;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field(() => String, { nullable: true, description: 'Where in the web app to look, e.g. /covenants/settle.' })
  link!: string | null;

  @Field()
  read!: boolean;

  @Field()
  createdAt!: Date;

  static from(entity: NotificationEntity): NotificationObject {
    const { id, kind, title, body, link, createdAt } = entity;
    return Object.assign(new NotificationObject(), {
      id,
      kind,
      title,
      body,
      link,
      createdAt,
      read: entity.readAt !== null,
    });
  }
}
