/** A covenant's versions as one GraphQL request sees them, through its DataLoaders. */
import { parseCanonicalContent, signingProgress, type CanonicalParty, type SigningProgress } from '@covenant/domain';
import type { GraphQLContext } from '../../core/graphql/loaders';
import type { SignatureEntity } from './signature.entity';
import type { VersionEntity } from './version.entity';

export async function currentVersion(ctx: GraphQLContext, covenantId: string): Promise<VersionEntity | null> {
  const versions = await ctx.loaders.versionsOfCovenant.load(covenantId);
  return versions.find((v) => v.status === 'OPEN') ?? versions.find((v) => v.status === 'IN_FORCE') ?? null;
}

export async function inForceVersion(ctx: GraphQLContext, covenantId: string): Promise<VersionEntity | null> {
  const versions = await ctx.loaders.versionsOfCovenant.load(covenantId);
  return versions.find((v) => v.status === 'IN_FORCE') ?? null;
}

export interface OpenVersion {
  version: VersionEntity;
  parties: CanonicalParty[];
  valid: SignatureEntity[];
  progress: SigningProgress;
}

/** The version collecting signatures now, with who has signed it; null when none is open. */
export async function openVersion(ctx: GraphQLContext, covenantId: string): Promise<OpenVersion | null> {
  const versions = await ctx.loaders.versionsOfCovenant.load(covenantId);
  const version = versions.find((v) => v.status === 'OPEN');
  if (!version) return null;
  const parties = parseCanonicalContent(version.canonicalContent).parties;
  const valid = (await ctx.loaders.signaturesOfVersion.load(version.id)).filter((s) => s.status === 'VALID');
  return { version, parties, valid, progress: signingProgress(parties, valid) };
}
