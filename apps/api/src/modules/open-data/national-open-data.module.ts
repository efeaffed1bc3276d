import { Module } from '@nestjs/common';
import { NationalOpenDataController } from './national-open-data.controller';
import { NationalOpenDataService } from './national-open-data.service';

/** The national open data: every covenant and commitment anyone may read, streamed. */
@Module({
  controllers: [NationalOpenDataController],
  providers: [NationalOpenDataService],
})
export class NationalOpenDataModule {}
