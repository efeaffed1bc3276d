import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { OrganisationKind } from '@covenant/domain';
import { OrganisationKindEnum } from '../../core/graphql/enums';
import type { OrganisationEntity } from './organisation.entity';

@ObjectType('Organisation')
export class OrganisationObject {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field(() => OrganisationKindEnum)
  kind!: OrganisationKind;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field()
  createdAt!: Date;

  static from(entity: OrganisationEntity): OrganisationObject {
    const { id, slug, name, kind, description, website, createdAt } = entity;
    return Object.assign(new OrganisationObject(), { id, slug, name, kind, description, website, createdAt });
  }
}
