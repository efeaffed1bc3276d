import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { NeighbourhoodEntity } from './neighbourhood.entity';

@ObjectType('Neighbourhood')
export class NeighbourhoodObject {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => [String], {
    description: 'ONS GSS codes (wards, LSOAs …) the neighbourhood covers: one of E, W, S, N and 8 digits.',
  })
  areaCodes!: string[];

  @Field()
  createdAt!: Date;

  localAuthorityId!: string | null;

  static from(entity: NeighbourhoodEntity): NeighbourhoodObject {
    const { id, slug, name, description, areaCodes, localAuthorityId, createdAt } = entity;
    return Object.assign(new NeighbourhoodObject(), {
      id,
      slug,
      name,
      description,
      areaCodes,
      localAuthorityId,
      createdAt,
    });
  }
}
