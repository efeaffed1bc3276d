import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../core/auth/public.decorator';
import { NationalService } from './national.service';

/**
 * GET /open-data/neighbourhoods.csv and .json: every neighbourhood with how
 * its covenants' commitments are doing and its boundary simplified for a
 * national map, which the national picture's map draws. Written once a few
 * seconds for every reader.
 */
@Controller('open-data')
export class PlacesOpenDataController {
  constructor(private readonly national: NationalService) {}

  @Public()
  @Get('neighbourhoods.:format')
  async places(@Param('format') format: string, @Res() res: Response) {
    if (format !== 'csv' && format !== 'json') throw new NotFoundException('Open data comes as .csv or .json.');
    const files = await this.national.placesFiles();
    res.setHeader('cache-control', 'no-store');
    if (format === 'csv') res.type('text/csv; charset=utf-8').attachment('neighbourhoods.csv').send(files.csv);
    else res.type('application/json; charset=utf-8').send(files.json);
  }
}
