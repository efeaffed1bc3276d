import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { londonDay } from '@covenant/domain';
import type { Response } from 'express';
import { Public } from '../../core/auth/public.decorator';
import { sendOpenData, type OpenDataFormat } from '../../core/web/open-data';
import { COMMITMENT_COLUMNS, COVENANT_COLUMNS } from './national-open-data';
import { NationalOpenDataService } from './national-open-data.service';

function formatOf(extension: string): OpenDataFormat {
  if (extension === 'csv' || extension === 'json') return extension;
  throw new NotFoundException('Open data comes as .csv or .json.');
}

/** GET /open-data/covenants.csv|json and /open-data/commitments.csv|json (contract/http.md): public. */
@Controller('open-data')
export class NationalOpenDataController {
  constructor(private readonly openData: NationalOpenDataService) {}

  @Public()
  @Get('covenants.:format')
  async covenants(@Param('format') format: string, @Res() res: Response) {
    const generatedAt = new Date();
    await sendOpenData(res, formatOf(format), {
      name: 'covenants',
      columns: COVENANT_COLUMNS,
      batches: this.openData.covenants(londonDay(generatedAt)),
      generatedAt,
    });
  }

  @Public()
  @Get('commitments.:format')
  async commitments(@Param('format') format: string, @Res() res: Response) {
    const generatedAt = new Date();
    await sendOpenData(res, formatOf(format), {
      name: 'commitments',
      columns: COMMITMENT_COLUMNS,
      batches: this.openData.commitments(londonDay(generatedAt)),
      generatedAt,
    });
  }
}
