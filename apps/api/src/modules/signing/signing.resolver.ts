import { Args, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, OptionalViewer, viewerOf } from '../../core/auth/current-viewer.decorator';
import { Public } from '../../core/auth/public.decorator';
import type { Viewer } from '../../core/auth/viewer';
import type { GraphQLContext } from '../../core/graphql/loaders';
import { ParseIdPipe } from '../../core/validation/parse-id.pipe';
import { readableCovenant, shownRecord } from '../covenants/covenant-access';
import { CovenantObject } from '../covenants/covenant.object';
import { PartyObject } from '../parties/party.object';
import { UserObject } from '../users/user.object';
import { SignInput } from './sign.input';
import { currentVersion, inForceVersion } from './signing-facts';
import { SigningService } from './signing.service';
import { VerificationObject } from './verification.object';
import { VerificationService } from './verification.service';
import { SignatureObject, VersionObject } from './version.object';

@Resolver(() => CovenantObject)
export class CovenantSigningResolver {
  constructor(
    private readonly signing: SigningService,
    private readonly verification: VerificationService,
  ) {}

  @Mutation(() => CovenantObject, { description: 'Freezes the live text, parties and commitments as a new version.' })
  async openForSignature(
    @Args('covenantId', { type: () => ID }, ParseIdPipe) covenantId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<CovenantObject> {
    return CovenantObject.from(await this.signing.openForSignature(viewer, covenantId));
  }

  @Mutation(() => SignatureObject)
  async sign(@Args('input') input: SignInput, @CurrentViewer() viewer: Viewer): Promise<SignatureObject> {
    return SignatureObject.from(await this.signing.sign(viewer, input, 'sign'));
  }

  @Mutation(() => SignatureObject, {
    description: 'The council signs last, after every other party; the version comes into force.',
  })
  async countersign(@Args('input') input: SignInput, @CurrentViewer() viewer: Viewer): Promise<SignatureObject> {
    return SignatureObject.from(await this.signing.sign(viewer, input, 'countersign'));
  }

  @Public()
  @Query(() => VerificationObject)
  async verifyCovenant(
    @Args('covenantId', { type: () => ID }, ParseIdPipe) covenantId: string,
    @OptionalViewer() viewer: Viewer | null,
    @Context() ctx: GraphQLContext,
  ): Promise<VerificationObject> {
    const covenant = await readableCovenant(ctx, viewer, covenantId);
    const record = await shownRecord(ctx, viewer, covenant);
    return Object.assign(
      new VerificationObject(),
      await this.verification.verify(covenantId, record?.throughSeq ?? null),
    );
  }

  @ResolveField(() => [VersionObject])
  async versions(covenant: CovenantObject, _args: unknown, ctx: GraphQLContext): Promise<VersionObject[]> {
    return (await ctx.loaders.versionsOfCovenant.load(covenant.id)).map(VersionObject.from);
  }

  @ResolveField(() => VersionObject, {
    nullable: true,
    description: 'The version open for signature now, else the version in force, else null.',
  })
  async currentVersion(covenant: CovenantObject, _args: unknown, ctx: GraphQLContext) {
    const version = await currentVersion(ctx, covenant.id);
    return version ? VersionObject.from(version) : null;
  }

  @ResolveField(() => VersionObject, {
    nullable: true,
    description:
      'The complete version that is in force now; during UNDER_REVIEW it stays the old one until the revision is countersigned.',
  })
  async inForceVersion(covenant: CovenantObject, _args: unknown, ctx: GraphQLContext) {
    const version = await inForceVersion(ctx, covenant.id);
    return version ? VersionObject.from(version) : null;
  }
}

@Resolver(() => PartyObject)
export class PartySignatureResolver {
  @ResolveField(() => SignatureObject, {
    nullable: true,
    description: "This party's valid signature on the current version, if any.",
  })
  async signature(party: PartyObject, _args: unknown, ctx: GraphQLContext): Promise<SignatureObject | null> {
    const version = await currentVersion(ctx, party.covenantId);
    if (!version) return null;
    const signatures = await ctx.loaders.signaturesOfVersion.load(version.id);
    const mine = signatures.find((s) => s.partyId === party.id && s.status === 'VALID');
    return mine ? SignatureObject.from(mine) : null;
  }
}

@Resolver(() => VersionObject)
export class VersionResolver {
  @ResolveField(() => [SignatureObject], { description: 'In the order they were made, superseded ones included.' })
  async signatures(version: VersionObject, _args: unknown, ctx: GraphQLContext): Promise<SignatureObject[]> {
    return (await ctx.loaders.signaturesOfVersion.load(version.id)).map(SignatureObject.from);
  }
}

@Resolver(() => SignatureObject)
export class SignatureResolver {
  @ResolveField(() => PartyObject)
  async party(signature: SignatureObject, _args: unknown, ctx: GraphQLContext): Promise<PartyObject> {
    const viewer = viewerOf(ctx);
    const party = await ctx.loaders.party.load(signature.partyId);
    const covenant = party && (await ctx.loaders.covenant.load(party.covenantId));
    if (!party || !covenant) throw new Error(`signature ${signature.id} has no party`);
    // A party that signed a version was in the record before any review that followed, so it is always shown.
    return PartyObject.shown(party, await shownRecord(ctx, viewer, covenant)) ?? PartyObject.from(party);
  }

  @ResolveField(() => VersionObject)
  async version(signature: SignatureObject, _args: unknown, ctx: GraphQLContext): Promise<VersionObject> {
    const version = await ctx.loaders.version.load(signature.versionId);
    if (!version) throw new Error(`signature ${signature.id} has no version`);
    return VersionObject.from(version);
  }

  @ResolveField(() => UserObject)
  async signedBy(signature: SignatureObject, _args: unknown, ctx: GraphQLContext): Promise<UserObject> {
    const user = await ctx.loaders.user.load(signature.signedById);
    if (!user) throw new Error(`signature ${signature.id} has no signer`);
    return UserObject.from(user);
  }
}
