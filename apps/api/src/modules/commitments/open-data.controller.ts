import { notVisible } from '@covenant/domain';
import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../core/auth/public.decorator';
import type { AuthenticatedRequest } from '../../core/auth/viewer';
import { toCsv } from './open-data';
import { OpenDataService } from './open-data.service';

const NOT_FOUND = notVisible('covenant');

/** GET /covenants/:slug/commitments.csv and .json (contract/http.md). */
@Controller('covenants')
export class OpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  @Public()
  @Get(':slug/commitments.csv')
  async csv(@Param('slug') slug: string, @Req() req: AuthenticatedRequest, @Res() res: Response) {
    const data = await this.openData.commitmentRows(slug, req.auth?.viewer ?? null);
    if (!data) throw new NotFoundException(NOT_FOUND);
    res
      .type('text/csv; charset=utf-8')
      .attachment(`${data.slug}-commitments.csv`)
      .setHeader('cache-control', 'no-store')
      .send(toCsv(data.rows));
  }

  @Public()
  @Get(':slug/commitments.json')
  async json(@Param('slug') slug: string, @Req() req: AuthenticatedRequest, @Res() res: Response) {
    const data = await this.openData.commitmentRows(slug, req.auth?.viewer ?? null);
    if (!data) throw new NotFoundException(NOT_FOUND);
    res.setHeader('cache-control', 'no-store').json(data.rows);
  }
}
