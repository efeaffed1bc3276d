/**
 * Commitments while a covenant is drafted: each party writes its own (the
 * convenor's admin may write anyone's), in the covenant's transaction, with an
 * audit event and a `commitment.changed` event for open pages.
 */
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { groupInOrder } from '../../core/database/by-ids';
import { columnsOf } from '../../core/database/plain-rows';
import { isoInstantSql } from '../../core/graphql/date-time.scalar';
import { mayReadWorkingDraftSql, overdueSql, progressProblem, type CommitmentProgress } from '@covenant/domain';
import { unknownCursor } from '../../core/validation/page-size';
import { badInput, notVisibleError } from '../../core/errors/app-error';
import { policyParty } from '../covenants/covenant-access';
import { AssetsService } from '../assets/assets.service';
import { CovenantWork, type CovenantChange } from '../covenants/covenant-work';
import type { PartyEntity } from '../covenants/party.entity';
import { CommitmentUpdateEntity } from './commitment-update.entity';
import { CommitmentEntity } from './commitment.entity';
import type {
  CommitmentFilter,
  CommitmentInput,
  CommitmentUpdateInput,
  UpdateCommitmentInput,
} from './commitment.inputs';

const EDITABLE_FIELDS = ['title', 'description', 'measure', 'right', 'dueOn', 'assetId'] as const;

/** A progress report as `updatesOf` reads it: its time as `DateTime` answers it (ISO 8601, UTC, milliseconds). */
export interface ReportWithAuthor {
  id: string;
  progress: CommitmentProgress;
  percentComplete: number;
  note: string;
  evidenceUrl: string | null;
  createdAt: string;
  author: { id: string; displayName: string; email: string; emailVerifiedAt: string | null };
}

/** Which commitments a list across covenants holds, before paging. */
export interface CommitmentListing {
  viewerId: string | null;
  organisationId?: string | null;
  filter?: CommitmentFilter | null;
  /** Today in Europe/London (YYYY-MM-DD), for `overdue`. */
  today: string;
}

@Injectable()
export class CommitmentsService {
  constructor(
    @InjectRepository(CommitmentEntity) private readonly commitments: Repository<CommitmentEntity>,
    @InjectRepository(CommitmentUpdateEntity) private readonly updates: Repository<CommitmentUpdateEntity>,
    private readonly work: CovenantWork,
    private readonly assets: AssetsService,
  ) {}

  async findByIds(ids: readonly string[]): Promise<(CommitmentEntity | null)[]> {
    const rows = await this.commitments.findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** For each asset, the covenants whose commitments name it. */
  async covenantIdsNaming(assetIds: readonly string[]): Promise<string[][]> {
    const rows = (await this.commitments
      .createQueryBuilder('c')
      .select('c.asset_id', 'assetId')
      .addSelect('c.covenant_id', 'covenantId')
      .distinct(true)
      .where('c.asset_id IN (:...ids)', { ids: [...assetIds] })
      .getRawMany()) as { assetId: string; covenantId: string }[];
    return groupInOrder(rows, (row) => row.assetId, assetIds).map((group) => group.map((row) => row.covenantId));
  }

  /**
   * A winner of a participatory budget becomes a commitment of the funding
   * party, in the budget's own change: the residents' vote, not a redraft, is
   * what puts it there, so it needs no editable status.
   */
  addFromBudget(
    change: CovenantChange,
    party: PartyEntity,
    commitment: { title: string; description: string; budgetId: string },
  ): Promise<CommitmentEntity> {
    return this.insert(change, party, { ...commitment, right: 'CONTROL_INVESTMENT' });
  }

  /** A new commitment of the party, with its audit entry and its event, in the change's transaction. */
  private async insert(
    change: CovenantChange,
    party: PartyEntity,
    fields: Partial<Omit<CommitmentEntity, 'id' | 'covenantId' | 'partyId' | 'createdById'>>,
  ): Promise<CommitmentEntity> {
    const commitment = await change.manager.save(
      change.manager.create(CommitmentEntity, {
        ...fields,
        covenantId: change.covenant.id,
        partyId: party.id,
        createdById: change.viewerId,
      }),
    );
    await change.audit('commitment.added', {
      commitmentId: commitment.id,
      partyId: party.id,
      organisationId: party.organisationId,
      title: commitment.title,
    });
    change.emit('commitment.changed', { commitmentId: commitment.id });
    return commitment;
  }

  /**
   * Oldest first; only those of parties that are part of the covenant now (a party that left takes its own). Each
   * page of a covenant reads all of them, hundreds at times: plain rows (`columnsOf`).
   */
  async ofCovenants(covenantIds: readonly string[]): Promise<CommitmentEntity[][]> {
    const rows: CommitmentEntity[] = await this.commitments.query(
      `SELECT ${columnsOf(this.commitments.metadata, 'c')}
        FROM commitments c JOIN covenant_parties p ON p.id = c.party_id AND p.status = 'ACCEPTED'
        WHERE c.covenant_id = ANY($1::uuid[])
        ORDER BY c.created_at, c.id`,
      [[...covenantIds]],
    );
    return groupInOrder(rows, (row) => row.covenantId, covenantIds);
  }

  /**
   * Commitments across covenants whose working draft `viewerId` may read (the
   * rule is part of the query), soonest due first (undated last), then by id;
   * a page of `first` after the commitment `after`.
   */
  async page(options: CommitmentListing & { first: number; after: string | null }): Promise<CommitmentEntity[]> {
    const query = this.listing(options);
    if (options.after) {
      const key = await this.listing({ viewerId: options.viewerId, today: options.today })
        .select('commitment.due_on::text', 'dueOn')
        .andWhere('commitment.id = :after', { after: options.after })
        .getRawOne<{ dueOn: string | null }>();
      if (!key) throw unknownCursor();
      query.andWhere(
        key.dueOn === null
          ? 'commitment.due_on IS NULL AND commitment.id > :after'
          : '(commitment.due_on > :afterDue OR (commitment.due_on = :afterDue AND commitment.id > :after) OR commitment.due_on IS NULL)',
        { after: options.after, afterDue: key.dueOn },
      );
    }
    return query
      .orderBy('commitment.due_on', 'ASC', 'NULLS LAST')
      .addOrderBy('commitment.id', 'ASC')
      .limit(options.first)
      .getMany();
  }

  private listing(options: CommitmentListing) {
    const { viewerId, filter } = options;
    // An organisation's commitments reach a few covenants; a list across all of them considers every one.
    const shape = options.organisationId ? 'row' : 'set';
    const query = this.commitments
      .createQueryBuilder('commitment')
      .innerJoin('commitment.party', 'party', "party.status = 'ACCEPTED'")
      .innerJoin('covenants', 'c', 'c.id = commitment.covenant_id')
      .where(mayReadWorkingDraftSql('c', viewerId === null ? null : ':viewerId', shape), { viewerId });
    if (options.organisationId) query.andWhere('party.organisation_id = :organisationId', options);
    if (filter?.partyId) query.andWhere('commitment.party_id = :partyId', { partyId: filter.partyId });
    if (filter?.progress?.length)
      query.andWhere('commitment.progress IN (:...progress)', { progress: filter.progress });
    if (typeof filter?.overdue === 'boolean') {
      const overdue = overdueSql('commitment', ':today');
      query.andWhere(filter.overdue ? overdue : `NOT ${overdue}`, { today: options.today });
    }
    return query;
  }

  /**
   * Each commitment's progress reports, oldest first, with their authors: the
   * heaviest list a page reads, so PostgreSQL builds it as JSON in one
   * statement (one row per commitment) instead of a row and an entity per report.
   */
  async updatesOf(commitmentIds: readonly string[]): Promise<ReportWithAuthor[][]> {
    const rows: { commitmentId: string; reports: ReportWithAuthor[] }[] = await this.updates.query(
      `SELECT u.commitment_id AS "commitmentId", json_agg(json_build_object(
          'id', u.id, 'progress', u.progress, 'percentComplete', u.percent_complete, 'note', u.note,
          'evidenceUrl', u.evidence_url, 'createdAt', ${isoInstantSql('u.created_at')},
          'author', json_build_object('id', a.id, 'displayName', a.display_name, 'email', a.email,
            'emailVerifiedAt', a.email_verified_at)) ORDER BY u.created_at, u.id) AS reports
         FROM commitment_updates u JOIN users a ON a.id = u.author_id
        WHERE u.commitment_id = ANY($1::uuid[])
        GROUP BY u.commitment_id`,
      [[...commitmentIds]],
    );
    const reports = new Map(rows.map((row) => [row.commitmentId, row.reports]));
    return commitmentIds.map((id) => reports.get(id) ?? []);
  }

  async add(viewer: Viewer, input: CommitmentInput): Promise<CommitmentEntity> {
    return this.work.change(input.covenantId, viewer, async (change) => {
      const party = this.requireFor(change, input.partyId);
      await this.requireAsset(change, input.assetId);
      return this.insert(change, party, {
        title: input.title,
        description: input.description ?? null,
        measure: input.measure ?? null,
        right: input.right ?? null,
        dueOn: input.dueOn ?? null,
        assetId: input.assetId ?? null,
      });
    });
  }

  async update(viewer: Viewer, input: UpdateCommitmentInput): Promise<CommitmentEntity> {
    const existing = await this.commitments.findOneBy({ id: input.commitmentId });
    if (!existing) throw notVisibleError('commitment');
    return this.work.change(existing.covenantId, viewer, async (change) => {
      const commitment = await this.current(change, input.commitmentId);
      const party = this.requireFor(change, commitment.partyId);
      await this.requireAsset(change, input.assetId);
      const changed = EDITABLE_FIELDS.filter(
        (field) => input[field] !== undefined && (input[field] ?? null) !== commitment[field],
      );
      if (!changed.length) return commitment;
      for (const field of changed) Object.assign(commitment, { [field]: input[field] ?? null });
      const saved = await change.manager.save(commitment);
      await change.audit('commitment.updated', {
        commitmentId: saved.id,
        organisationId: party.organisationId,
        title: saved.title,
        fields: changed,
      });
      change.emit('commitment.changed', { commitmentId: saved.id });
      return saved;
    });
  }

  async remove(viewer: Viewer, commitmentId: string): Promise<void> {
    const existing = await this.commitments.findOneBy({ id: commitmentId });
    if (!existing) throw notVisibleError('commitment');
    await this.work.change(existing.covenantId, viewer, async (change) => {
      const commitment = await this.current(change, commitmentId);
      const party = this.requireFor(change, commitment.partyId);
      await change.manager.delete(CommitmentEntity, { id: commitmentId });
      await change.audit('commitment.removed', {
        commitmentId,
        partyId: party.id,
        organisationId: party.organisationId,
        title: commitment.title,
      });
      change.emit('commitment.changed', { commitmentId });
    });
  }

  /** A progress report by a member of the commitment's party, once the covenant is in force; kept as history. */
  async reportProgress(viewer: Viewer, input: CommitmentUpdateInput): Promise<CommitmentEntity> {
    const problem = progressProblem(input.progress, input.percentComplete);
    if (problem) throw badInput(problem, { percentComplete: problem });
    const existing = await this.commitments.findOneBy({ id: input.commitmentId });
    if (!existing) throw notVisibleError('commitment');
    return this.work.change(existing.covenantId, viewer, async (change) => {
      const commitment = await this.current(change, input.commitmentId);
      const party = change.parties.find((p) => p.id === commitment.partyId)!;
      change.require('reportProgress', { targetParty: policyParty(party) });
      await change.manager.insert(CommitmentUpdateEntity, {
        commitmentId: commitment.id,
        authorId: viewer.userId,
        progress: input.progress,
        percentComplete: input.percentComplete,
        note: input.note,
        evidenceUrl: input.evidenceUrl ?? null,
      });
      commitment.progress = input.progress;
      commitment.percentComplete = input.percentComplete;
      const saved = await change.manager.save(commitment);
      await change.audit('commitment.progress', {
        commitmentId: saved.id,
        organisationId: party.organisationId,
        title: saved.title,
        progress: saved.progress,
        percentComplete: saved.percentComplete,
      });
      change.emit('commitment.changed', { commitmentId: saved.id });
      return saved;
    });
  }

  /** A commitment names only an asset of its covenant's own neighbourhood. */
  private async requireAsset(change: CovenantChange, assetId: string | null | undefined) {
    if (!assetId) return;
    if (!(await this.assets.isIn(change.manager, assetId, change.covenant.neighbourhoodId))) {
      throw badInput("That asset is not in the covenant's neighbourhood.", {
        assetId: "Choose an asset of community value in the covenant's neighbourhood.",
      });
    }
  }

  /** Read again under the covenant's lock: another change may have removed it meanwhile. */
  private async current(change: CovenantChange, commitmentId: string): Promise<CommitmentEntity> {
    const commitment = await change.manager.findOneBy(CommitmentEntity, { id: commitmentId });
    if (!commitment) throw notVisibleError('commitment');
    return commitment;
  }

  /** The party, once the viewer may change its commitments now. */
  private requireFor(change: CovenantChange, partyId: string): PartyEntity {
    const party = change.parties.find((p) => p.id === partyId);
    // Whether the covenant may be seen at all comes first, so an outsider learns nothing of its parties.
    change.require('read');
    if (!party) {
      throw badInput('That organisation is not a party to this covenant.', { partyId: 'Choose one of its parties.' });
    }
    change.require('changeCommitment', { targetParty: policyParty(party) });
    return party;
  }
}
