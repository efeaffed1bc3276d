import { notVisible } from '@covenant/domain';
import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../core/auth/public.decorator';
import type { AuthenticatedRequest } from '../../core/auth/viewer';
import { consultationCsv } from './consultation-report';
import { ConsultationReportService } from './consultation-report.service';
import { renderConsultationPdf } from './consultation-pdf';

/** GET /covenants/:slug/consultation.csv and .pdf (contract/http.md), for whoever may read the consultation. */
@Controller('covenants')
export class ConsultationReportController {
  constructor(private readonly reports: ConsultationReportService) {}

  @Public()
  @Get(':slug/consultation.csv')
  async csv(@Param('slug') slug: string, @Req() req: AuthenticatedRequest, @Res() res: Response) {
    const report = await this.reports.report(slug, req.auth?.viewer ?? null);
    if (!report) throw new NotFoundException(notVisible('covenant'));
    res
      .type('text/csv; charset=utf-8')
      .attachment(`${report.covenant.slug}-consultation.csv`)
      .setHeader('cache-control', 'no-store')
      // A byte-order mark, so spreadsheets read the names and quotes as UTF-8.
      .send(`\uFEFF${consultationCsv(report)}`);
  }

  @Public()
  @Get(':slug/consultation.pdf')
  async pdf(@Param('slug') slug: string, @Req() req: AuthenticatedRequest, @Res() res: Response) {
    const report = await this.reports.report(slug, req.auth?.viewer ?? null);
    if (!report) throw new NotFoundException(notVisible('covenant'));
    res
      .type('application/pdf')
      .attachment(`${report.covenant.slug}-consultation.pdf`)
      .setHeader('cache-control', 'no-store')
      .send(await renderConsultationPdf(report));
  }
}
