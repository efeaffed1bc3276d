import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommitmentsModule } from '../commitments/commitments.module';
import { CovenantsModule } from '../covenants/covenants.module';
import { BudgetBallotEntity } from './budget-ballot.entity';
import { BudgetProjectEntity } from './budget-project.entity';
import { BudgetEntity } from './budget.entity';
import { BudgetLoaders } from './budgets.loaders';
import {
  BudgetProjectsResolver,
  BudgetsResolver,
  CommitmentBudgetResolver,
  CovenantBudgetsResolver,
} from './budgets.resolver';
import { BudgetsService } from './budgets.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([BudgetEntity, BudgetProjectEntity, BudgetBallotEntity]),
    CovenantsModule,
    CommitmentsModule,
  ],
  providers: [
    BudgetsService,
    BudgetLoaders,
    BudgetsResolver,
    BudgetProjectsResolver,
    CovenantBudgetsResolver,
    CommitmentBudgetResolver,
  ],
})
export class BudgetsModule {}
