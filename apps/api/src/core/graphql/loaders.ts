/**
 * DataLoaders made fresh for every request, so each relation is fetched once
 * per request in one query. Each module declares its loaders on `Loaders`
 * (declaration merging) and registers how to make them; core knows none.
 */
import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';

// Filled in by the modules: `declare module '…/core/graphql/loaders' { interface Loaders { … } }`.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

/**
 * A request's GraphQL context. Field resolvers take GraphQL's own arguments, `(parent, args, context)`, and read the
 * viewer with `viewerOf(context)`, rather than Nest's parameter decorators: a method without decorators is called
 * directly, while a decorated one runs Nest's promise pipeline on every call, which on a page of thousands of fields
 * was a third of the answer's time. Field resolvers with arguments keep `@Args`, so the validation pipe checks them.
 */
export interface GraphQLContext {
  req: Request;
  res: Response;
  loaders: Loaders;
}

type LoaderFactory = (viewerId: string | null) => Partial<Loaders>;

@Injectable()
export class LoaderRegistry {
  private readonly factories: LoaderFactory[] = [];

  /** `make` returns this module's loaders for one request; `viewerId` is the signed-in person, if any. */
  register<K extends keyof Loaders>(make: (viewerId: string | null) => Pick<Loaders, K>) {
    this.factories.push(make);
  }

  create(viewerId: string | null): Loaders {
    return Object.assign({}, ...this.factories.map((make) => make(viewerId))) as Loaders;
  }
}
