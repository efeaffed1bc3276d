import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module';
import { AssetDisposalEntity } from './asset-disposal.entity';
import { AssetReminderEntity } from './asset-reminder.entity';
import { AssetEntity } from './asset.entity';
import { AssetRemindersService } from './asset-reminders.service';
import { AssetsOpenDataController } from './assets-open-data.controller';
import { AssetLoaders } from './assets.loaders';
import { AssetDisposalResolver, AssetsResolver, NeighbourhoodAssetsResolver } from './assets.resolver';
import { AssetsService } from './assets.service';

@Module({
  imports: [TypeOrmModule.forFeature([AssetEntity, AssetDisposalEntity, AssetReminderEntity]), NotificationsModule],
  controllers: [AssetsOpenDataController],
  providers: [
    AssetsService,
    AssetRemindersService,
    AssetLoaders,
    AssetsResolver,
    AssetDisposalResolver,
    NeighbourhoodAssetsResolver,
  ],
  exports: [AssetsService, AssetRemindersService],
})
export class AssetsModule {}
