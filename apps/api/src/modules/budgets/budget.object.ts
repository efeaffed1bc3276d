import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { BudgetPhase, BudgetSelection } from '@covenant/domain';
import { BudgetPhaseEnum, BudgetSelectionEnum } from '../../core/graphql/enums';
import type { BudgetProjectEntity } from './budget-project.entity';
import type { BudgetEntity } from './budget.entity';

@ObjectType('BudgetPermissions', { description: 'What the viewer may do with this budget now.' })
export class BudgetPermissionsObject {
  @Field({ description: 'Propose a project (proposeProject).' })
  propose!: boolean;
  @Field({ description: 'Move it to its next phase (advanceBudget): the funding party’s admin.' })
  advance!: boolean;
  @Field({ description: 'Cast or replace a ballot (castBallot).' })
  vote!: boolean;
}

@ObjectType('ParticipatoryBudget')
export class BudgetObject {
  @Field(() => ID)
  id!: string;
  @Field()
  title!: string;
  @Field(() => Int, { description: 'Whole pounds.' })
  amount!: number;
  @Field(() => BudgetPhaseEnum)
  phase!: BudgetPhase;
  @Field()
  createdAt!: Date;
  @Field(() => Float, { nullable: true, description: 'amount / voters at RESULTS, pounds; null before.' })
  share!: number | null;
  @Field(() => Int, { nullable: true, description: 'Total cost of the winners at RESULTS; null before.' })
  spent!: number | null;

  covenantId!: string;
  partyId!: string;

  static from(entity: BudgetEntity): BudgetObject {
    const { id, title, amount, phase, createdAt, share, spent, covenantId, partyId } = entity;
    return Object.assign(new BudgetObject(), {
      id,
      title,
      amount,
      phase,
      createdAt,
      share,
      spent,
      covenantId,
      partyId,
    });
  }
}

@ObjectType('BudgetProject')
export class BudgetProjectObject {
  @Field(() => ID)
  id!: string;
  @Field()
  title!: string;
  @Field(() => String, { nullable: true })
  description!: string | null;
  @Field(() => Int, { description: "Whole pounds, 1 to the budget's amount." })
  cost!: number;
  @Field()
  createdAt!: Date;
  @Field(() => Int, { nullable: true, description: 'Approval votes; null until RESULTS.' })
  votes!: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Chosen by the Method of Equal Shares (with completion); null until RESULTS.',
  })
  selected!: boolean | null;
  @Field(() => BudgetSelectionEnum, {
    nullable: true,
    description: "How a winner was paid for: its supporters' equal shares, or the leftover.",
  })
  chosenBy!: BudgetSelection | null;
  @Field(() => Float, {
    nullable: true,
    description:
      "What each supporter's share paid towards it (pounds; a poorer share paid all it had left); null unless EQUAL_SHARES.",
  })
  paidPerSupporter!: number | null;

  budgetId!: string;
  proposedById!: string;
  commitmentId!: string | null;

  static from(entity: BudgetProjectEntity): BudgetProjectObject {
    const { id, title, description, cost, createdAt, votes, selected, chosenBy, paidPerSupporter } = entity;
    const { budgetId, proposedById, commitmentId } = entity;
    return Object.assign(new BudgetProjectObject(), {
      id,
      title,
      description,
      cost,
      createdAt,
      votes,
      selected,
      chosenBy,
      paidPerSupporter,
      budgetId,
      proposedById,
      commitmentId,
    });
  }
}
