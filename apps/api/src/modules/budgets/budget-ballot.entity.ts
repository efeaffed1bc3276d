import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { BudgetEntity } from './budget.entity';

/** One person's approval ballot: the projects they approve; casting again replaces it. */
@Entity('budget_ballots')
export class BudgetBallotEntity {
  @PrimaryColumn({ name: 'budget_id', type: 'uuid' })
  budgetId!: string;

  @ManyToOne(() => BudgetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'budget_id' })
  budget?: BudgetEntity;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'project_ids', type: 'uuid', array: true })
  projectIds!: string[];

  @UpdateDateColumn({ name: 'cast_at', type: 'timestamptz' })
  castAt!: Date;
}
