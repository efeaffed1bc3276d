import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { unauthenticated } from '../errors/app-error';
import type { AuthenticatedRequest, Viewer } from './viewer';

function viewerOf(context: ExecutionContext): Viewer | null {
  const request =
    context.getType<string>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req
      : context.switchToHttp().getRequest<AuthenticatedRequest>();
  return request.auth?.viewer ?? null;
}

/** The signed-in viewer; the operation is refused with UNAUTHENTICATED without one. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const viewer = viewerOf(context);
  if (!viewer) throw unauthenticated();
  return viewer;
});

/** The viewer, or null for an anonymous caller of a @Public() operation. */
export const OptionalViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer | null =>
  viewerOf(context),
);
