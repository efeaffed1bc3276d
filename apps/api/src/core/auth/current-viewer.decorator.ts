import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { unauthenticated } from '../errors/app-error';
import type { AuthenticatedRequest, Viewer } from './viewer';

/**
 * The viewer of a GraphQL operation, read from its context. Field resolvers take GraphQL's own arguments and call
 * this rather than a parameter decorator (see `GraphQLContext`).
 */
export function viewerOf(ctx: { req: Request }): Viewer | null {
  return (ctx.req as AuthenticatedRequest).auth?.viewer ?? null;
}

function viewerIn(context: ExecutionContext): Viewer | null {
  return context.getType<string>() === 'graphql'
    ? viewerOf(GqlExecutionContext.create(context).getContext<{ req: Request }>())
    : (context.switchToHttp().getRequest<AuthenticatedRequest>().auth?.viewer ?? null);
}

/** The signed-in viewer; the operation is refused with UNAUTHENTICATED without one. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const viewer = viewerIn(context);
  if (!viewer) throw unauthenticated();
  return viewer;
});

/** The viewer, or null for an anonymous caller of a @Public() operation. */
export const OptionalViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer | null =>
  viewerIn(context),
);
