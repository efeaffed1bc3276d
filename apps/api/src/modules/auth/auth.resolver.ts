import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../core/config/config';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator';
import { SignIn } from '../../core/auth/public.decorator';
import { SESSION_COOKIE, type Viewer } from '../../core/auth/viewer';
import { UserObject } from '../users/user.object';
import { AuthPayloadObject } from './auth-payload.object';
import { AuthService, type SessionGrant } from './auth.service';
import { ChangeEmailInput } from './change-email.input';
import { RegisterInput } from './register.input';

interface HttpContext {
  req: Request;
  res: Response;
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @SignIn()
  @Mutation(() => AuthPayloadObject, { description: 'Creates an account and signs in.' })
  async register(@Args('input') input: RegisterInput, @Context() ctx: HttpContext): Promise<AuthPayloadObject> {
    return this.grant(await this.auth.register(input, ctx.req.ip ?? 'unknown'), ctx.res);
  }

  @SignIn()
  @Mutation(() => AuthPayloadObject)
  async login(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context() ctx: HttpContext,
  ): Promise<AuthPayloadObject> {
    return this.grant(await this.auth.login(email, password, ctx.req.ip ?? 'unknown'), ctx.res);
  }

  @Mutation(() => UserObject, {
    description:
      'A new e-mail address for the signed-in person, with their password. The new address is unconfirmed until its e-mailed link is opened; the old address is told.',
  })
  async changeEmail(@Args('input') input: ChangeEmailInput, @CurrentViewer() viewer: Viewer): Promise<UserObject> {
    return UserObject.from(await this.auth.changeEmail(viewer, input.email, input.password), { revealPrivate: true });
  }

  @Mutation(() => Boolean, { description: 'Revokes this session: its token stops working at once.' })
  async logout(@CurrentViewer() viewer: Viewer, @Context() ctx: HttpContext): Promise<boolean> {
    await this.auth.logout(viewer);
    ctx.res.clearCookie(SESSION_COOKIE, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.cookieSecure,
    });
    return true;
  }

  private grant(grant: SessionGrant, res: Response): AuthPayloadObject {
    res.cookie(SESSION_COOKIE, grant.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.cookieSecure,
      path: '/',
      expires: grant.expiresAt,
    });
    return Object.assign(new AuthPayloadObject(), {
      token: grant.token,
      user: UserObject.from(grant.user, { revealPrivate: true }),
    });
  }
}
