/**
 * Right to Control Investment: a party of a covenant in force puts an amount
 * to the neighbourhood; residents propose projects and cast approval
 * ballots; the count picks the winners by the Method of Equal Shares and
 * makes each a commitment of the funding party, all in the covenant's
 * transaction with its audit trail.
 */
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { equalShares, formatPounds, type BudgetPhase } from '@covenant/domain';
import { In, Repository } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { groupInOrder } from '../../core/database/by-ids';
import { badInput, conflict, notVisibleError } from '../../core/errors/app-error';
import { CommitmentsService } from '../commitments/commitments.service';
import { policyParty } from '../covenants/covenant-access';
import { CovenantWork, type CovenantChange } from '../covenants/covenant-work';
import { BudgetBallotEntity } from './budget-ballot.entity';
import { BudgetProjectEntity } from './budget-project.entity';
import { BudgetEntity } from './budget.entity';
import { MAX_PROJECTS, type CastBallotArgs, type CreateBudgetArgs, type ProposeProjectArgs } from './budget.inputs';

const NEXT_PHASE: Record<Exclude<BudgetPhase, 'RESULTS'>, BudgetPhase> = { PROPOSALS: 'VOTING', VOTING: 'RESULTS' };

export interface BallotSummary {
  ballots: number;
  /** The viewer's own ballot, empty when they have none. */
  viewerBallot: string[];
}

@Injectable()
export class BudgetsService {
  constructor(
    @InjectRepository(BudgetEntity) private readonly budgets: Repository<BudgetEntity>,
    @InjectRepository(BudgetProjectEntity) private readonly projects: Repository<BudgetProjectEntity>,
    @InjectRepository(BudgetBallotEntity) private readonly ballots: Repository<BudgetBallotEntity>,
    private readonly work: CovenantWork,
    private readonly commitments: CommitmentsService,
  ) {}

  async findByIds(ids: readonly string[]): Promise<(BudgetEntity | null)[]> {
    const rows = await this.budgets.findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Each covenant's budgets, oldest first. */
  async ofCovenants(covenantIds: readonly string[]): Promise<BudgetEntity[][]> {
    const rows = await this.budgets.find({
      where: { covenantId: In([...covenantIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return groupInOrder(rows, (row) => row.covenantId, covenantIds);
  }

  /** Each budget's projects, in the order they were proposed. */
  async projectsOf(budgetIds: readonly string[]): Promise<BudgetProjectEntity[][]> {
    const rows = await this.projects.find({
      where: { budgetId: In([...budgetIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return groupInOrder(rows, (row) => row.budgetId, budgetIds);
  }

  /** Each budget's number of ballots and the viewer's own ballot, in one statement. */
  async ballotsOf(viewerId: string | null, budgetIds: readonly string[]): Promise<BallotSummary[]> {
    const rows = (await this.ballots
      .createQueryBuilder('b')
      .select('b.budget_id', 'budgetId')
      .addSelect('COUNT(*)::int', 'ballots')
      .addSelect(
        "string_agg(array_to_string(b.project_ids, ','), '') FILTER (WHERE b.user_id = :viewerId)",
        'viewerBallot',
      )
      .where('b.budget_id IN (:...ids)', { ids: [...budgetIds], viewerId })
      .groupBy('b.budget_id')
      .getRawMany()) as { budgetId: string; ballots: number; viewerBallot: string | null }[];
    const byBudget = new Map(rows.map((row) => [row.budgetId, row]));
    return budgetIds.map((id) => {
      const row = byBudget.get(id);
      return { ballots: row?.ballots ?? 0, viewerBallot: row?.viewerBallot ? row.viewerBallot.split(',') : [] };
    });
  }

  create(viewer: Viewer, args: CreateBudgetArgs): Promise<BudgetEntity> {
    return this.work.change(args.covenantId, viewer, async (change) => {
      const party = change.parties.find((p) => p.id === args.partyId);
      if (!party) throw notVisibleError('party');
      // The rule admits only an admin of an accepted party, so the money is a party's that is part of the covenant.
      change.require('createBudget', { targetParty: policyParty(party) });
      const budget = await change.manager.save(
        change.manager.create(BudgetEntity, {
          covenantId: args.covenantId,
          partyId: party.id,
          title: args.title,
          amount: args.amount,
          phase: 'PROPOSALS',
          createdById: viewer.userId,
        }),
      );
      await change.audit('budget.created', {
        budgetId: budget.id,
        partyId: party.id,
        organisationId: party.organisationId,
        title: budget.title,
        amount: budget.amount,
      });
      change.emit('budget.changed', { budgetId: budget.id });
      return budget;
    });
  }

  proposeProject(viewer: Viewer, args: ProposeProjectArgs): Promise<BudgetProjectEntity> {
    return this.onBudget(viewer, args.budgetId, async (change, budget) => {
      change.require('proposeProject', { budget: this.facts(budget) });
      if (args.cost > budget.amount) {
        const message = `A project can cost at most the budget's ${formatPounds(budget.amount)}.`;
        throw badInput(message, { cost: message });
      }
      if ((await change.manager.countBy(BudgetProjectEntity, { budgetId: budget.id })) >= MAX_PROJECTS) {
        throw conflict(`This budget already has ${MAX_PROJECTS} projects, as many as a ballot can weigh.`);
      }
      const project = await change.manager.save(
        change.manager.create(BudgetProjectEntity, {
          budgetId: budget.id,
          title: args.title,
          description: args.description ?? null,
          cost: args.cost,
          proposedById: viewer.userId,
        }),
      );
      await change.audit('budget.project-proposed', {
        budgetId: budget.id,
        projectId: project.id,
        title: project.title,
        cost: project.cost,
      });
      change.emit('budget.changed', { budgetId: budget.id });
      return project;
    });
  }

  /** One ballot per person; a second replaces the first, and an empty one takes it back. */
  castBallot(viewer: Viewer, args: CastBallotArgs): Promise<BudgetEntity> {
    return this.onBudget(viewer, args.budgetId, async (change, budget) => {
      change.require('castBallot', { budget: this.facts(budget) });
      const projectIds = [...new Set(args.projectIds)];
      const known = await change.manager.countBy(BudgetProjectEntity, { budgetId: budget.id, id: In(projectIds) });
      if (known !== projectIds.length) {
        throw badInput('The ballot names a project that is not in this budget.', {
          projectIds: 'Choose among this budget’s projects.',
        });
      }
      if (projectIds.length) {
        await change.manager.upsert(
          BudgetBallotEntity,
          { budgetId: budget.id, userId: viewer.userId, projectIds, castAt: new Date() },
          ['budgetId', 'userId'],
        );
      } else {
        await change.manager.delete(BudgetBallotEntity, { budgetId: budget.id, userId: viewer.userId });
      }
      change.emit('budget.changed', { budgetId: budget.id });
      return budget;
    });
  }

  /** PROPOSALS → VOTING → RESULTS; the count makes each winner a commitment of the funding party. */
  advance(viewer: Viewer, budgetId: string): Promise<BudgetEntity> {
    return this.onBudget(viewer, budgetId, async (change, budget) => {
      change.require('advanceBudget', { budget: this.facts(budget) });
      const projects = await change.manager.find(BudgetProjectEntity, {
        where: { budgetId },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      if (budget.phase === 'PROPOSALS') {
        if (!projects.length) throw conflict('No project has been proposed yet: voting needs something to vote for.');
        budget.phase = NEXT_PHASE.PROPOSALS;
        await change.audit('budget.voting-opened', { budgetId, title: budget.title, projects: projects.length });
      } else {
        await this.count(change, budget, projects);
      }
      const saved = await change.manager.save(budget);
      change.emit('budget.changed', { budgetId });
      return saved;
    });
  }

  private async count(change: CovenantChange, budget: BudgetEntity, projects: BudgetProjectEntity[]) {
    // advanceBudget admits only an admin of the funding party while it is accepted, so it is here.
    const party = change.parties.find((p) => p.id === budget.partyId)!;
    const ballots = await change.manager.find(BudgetBallotEntity, {
      where: { budgetId: budget.id },
      order: { userId: 'ASC' },
    });
    const outcome = equalShares({
      amount: budget.amount,
      projects: projects.map(({ id, cost }) => ({ id, cost })),
      ballots: ballots.map((ballot) => ballot.projectIds),
    });
    const byId = new Map(projects.map((project) => [project.id, project]));
    for (const result of outcome.projects) {
      const project = byId.get(result.id)!;
      Object.assign(project, {
        votes: result.votes,
        selected: result.selected,
        chosenBy: result.chosenBy,
        paidPerSupporter: result.paidPerSupporter,
      });
    }
    for (const id of outcome.order) {
      const project = byId.get(id)!;
      const commitment = await this.commitments.addFromBudget(change, party, {
        budgetId: budget.id,
        title: project.title,
        description: [
          project.description,
          `Chosen by residents in the participatory budget “${budget.title}” (${formatPounds(project.cost)}, ${project.votes} ${project.votes === 1 ? 'vote' : 'votes'}).`,
        ]
          .filter(Boolean)
          .join('\n\n'),
      });
      project.commitmentId = commitment.id;
    }
    await change.manager.save(projects);
    Object.assign(budget, { phase: NEXT_PHASE.VOTING, share: outcome.share, spent: outcome.spent });
    await change.audit('budget.counted', {
      budgetId: budget.id,
      title: budget.title,
      ballots: outcome.voters,
      spent: outcome.spent,
      winners: outcome.order.map((id) => byId.get(id)!.title),
    });
  }

  private facts(budget: BudgetEntity) {
    return { phase: budget.phase, fundingPartyId: budget.partyId };
  }

  /** A change to one budget in its covenant's transaction, with the budget read under the covenant's lock. */
  private async onBudget<T>(
    viewer: Viewer,
    budgetId: string,
    work: (change: CovenantChange, budget: BudgetEntity) => Promise<T>,
  ): Promise<T> {
    const found = await this.budgets.findOne({ where: { id: budgetId }, select: { id: true, covenantId: true } });
    if (!found) throw notVisibleError('budget');
    return this.work.change(found.covenantId, viewer, async (change) =>
      work(change, await change.manager.findOneByOrFail(BudgetEntity, { id: budgetId })),
    );
  }
}
