import { CanActivate, ExecutionContext, HttpException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { unauthenticated, type AppError } from '../errors/app-error';
import { IS_PUBLIC, IS_SIGN_IN } from './public.decorator';
import type { AuthenticatedRequest } from './viewer';

/**
 * Global guard: a bad credential is refused everywhere, and anything not
 * marked @Public() needs a session.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const request = this.request(context);
    const auth = request?.auth;
    const targets = [context.getHandler(), context.getClass()];
    if (auth?.error && !this.reflector.getAllAndOverride<boolean>(IS_SIGN_IN, targets))
      throw this.refusal(context, auth.error);
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    if (isPublic) return true;
    if (!auth?.viewer) throw this.refusal(context, unauthenticated());
    return true;
  }

  /** GraphQL carries the code in the error; a plain HTTP request (a download) gets 401 with the same words. */
  private refusal(context: ExecutionContext, error: AppError): Error {
    if (context.getType() !== 'http') return error;
    return new HttpException({ statusCode: 401, code: error.code, message: error.message }, 401);
  }

  private request(context: ExecutionContext): AuthenticatedRequest | undefined {
    if (context.getType<string>() === 'graphql') {
      return GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req;
    }
    if (context.getType() === 'http') return context.switchToHttp().getRequest<AuthenticatedRequest>();
    return undefined;
  }
}
