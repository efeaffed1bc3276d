/** This module's DataLoaders, made fresh for each GraphQL request. */
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry } from '../../core/graphql/loaders';
import type { BudgetProjectEntity } from './budget-project.entity';
import type { BudgetEntity } from './budget.entity';
import { BudgetsService, type BallotSummary } from './budgets.service';

declare module '../../core/graphql/loaders' {
  interface Loaders {
    budget: DataLoader<string, BudgetEntity | null>;
    budgetsOfCovenant: DataLoader<string, BudgetEntity[]>;
    budgetProjects: DataLoader<string, BudgetProjectEntity[]>;
    /** How many ballots each budget has, and the viewer's own. */
    budgetBallots: DataLoader<string, BallotSummary>;
  }
}

@Injectable()
export class BudgetLoaders {
  constructor(registry: LoaderRegistry, budgets: BudgetsService) {
    registry.register((viewerId) => ({
      budget: new DataLoader((ids) => budgets.findByIds(ids)),
      budgetsOfCovenant: new DataLoader((ids) => budgets.ofCovenants(ids)),
      budgetProjects: new DataLoader((ids) => budgets.projectsOf(ids)),
      budgetBallots: new DataLoader((ids) => budgets.ballotsOf(viewerId, ids)),
    }));
  }
}
