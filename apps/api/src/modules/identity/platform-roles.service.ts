/**
 * Offices on the platform itself. They are granted and revoked on the
 * command line only (`npm run role`), never through the API, so no account
 * can make itself a steward.
 */
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { forbidden } from '../../core/errors/app-error';
import { UserEntity } from '../users/user.entity';
import { normaliseEmail } from '../users/users.service';
import { PLATFORM_ROLES, PlatformRoleEntity, type PlatformRole } from './platform-role.entity';

@Injectable()
export class PlatformRolesService {
  constructor(@InjectRepository(PlatformRoleEntity) private readonly roles: Repository<PlatformRoleEntity>) {}

  async holds(userId: string, role: PlatformRole): Promise<boolean> {
    return this.roles.existsBy({ userId, role });
  }

  async requireSteward(viewer: Viewer): Promise<void> {
    if (!(await this.holds(viewer.userId, 'STEWARD'))) {
      throw forbidden('Only platform stewards can review organisation verification.');
    }
  }
}

/** The command line's `role grant|revoke <office> <email>`; a sentence saying what changed. */
export async function changePlatformRole(
  manager: EntityManager,
  change: 'grant' | 'revoke',
  office: string,
  email: string,
): Promise<string> {
  const role = office.toUpperCase() as PlatformRole;
  if (!PLATFORM_ROLES.includes(role)) {
    throw new Error(`Unknown office "${office}": use ${PLATFORM_ROLES.map((r) => r.toLowerCase()).join(' or ')}.`);
  }
  const user = await manager.findOneBy(UserEntity, { email: normaliseEmail(email) });
  if (!user) throw new Error(`No account has the e-mail address ${email}.`);
  const who = `${user.displayName} <${user.email}>`;
  if (change === 'grant') {
    const { raw } = await manager
      .createQueryBuilder()
      .insert()
      .into(PlatformRoleEntity)
      .values({ userId: user.id, role })
      .orIgnore()
      .returning('user_id')
      .execute();
    return (raw as unknown[]).length ? `${who} is now a ${office}.` : `${who} was already a ${office}.`;
  }
  const { affected } = await manager.delete(PlatformRoleEntity, { userId: user.id, role });
  return affected ? `${who} is no longer a ${office}.` : `${who} was not a ${office}.`;
}
