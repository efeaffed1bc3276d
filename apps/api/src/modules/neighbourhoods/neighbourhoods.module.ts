import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationsModule } from '../organisations/organisations.module';
import { RateLimitsModule } from '../rate-limits/rate-limits.module';
import { NeighbourhoodEntity } from './neighbourhood.entity';
import { NeighbourhoodsResolver } from './neighbourhoods.resolver';
import { NeighbourhoodsService } from './neighbourhoods.service';
import { NeighbourhoodLoaders } from './neighbourhood.loaders';

@Module({
  imports: [TypeOrmModule.forFeature([NeighbourhoodEntity]), OrganisationsModule, RateLimitsModule],
  providers: [NeighbourhoodLoaders, NeighbourhoodsService, NeighbourhoodsResolver],
  exports: [NeighbourhoodsService],
})
export class NeighbourhoodsModule {}
