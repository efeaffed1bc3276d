import { Controller, Get, Res } from '@nestjs/common';
import { londonDay } from '@covenant/domain';
import type { Response } from 'express';
import { Public } from '../../core/auth/public.decorator';
import { assetRow, assetsCsv, assetsJson } from './assets-open-data';
import { AssetsService } from './assets.service';

/** GET /open-data/assets.csv and .json (contract/http.md): every asset, public. */
@Controller('open-data')
export class AssetsOpenDataController {
  constructor(private readonly assets: AssetsService) {}

  @Public()
  @Get('assets.csv')
  async csv(@Res() res: Response) {
    res
      .type('text/csv; charset=utf-8')
      .attachment('assets-of-community-value.csv')
      .setHeader('cache-control', 'no-store')
      .send(assetsCsv(await this.rows()));
  }

  @Public()
  @Get('assets.json')
  async json(@Res() res: Response) {
    res.setHeader('cache-control', 'no-store').json(assetsJson(await this.rows(), new Date()));
  }

  private async rows() {
    const today = londonDay(new Date());
    return (await this.assets.everyRecord()).map((record) => assetRow(record, today));
  }
}
