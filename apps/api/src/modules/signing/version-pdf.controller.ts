import { notVisible } from '@covenant/domain';
import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../core/auth/public.decorator';
import type { AuthenticatedRequest } from '../../core/auth/viewer';
import { VersionPdfService } from './version-pdf.service';

const NOT_FOUND = notVisible('version');

/** GET /covenants/:slug/v/:number.pdf (contract/http.md). */
@Controller('covenants')
export class VersionPdfController {
  constructor(private readonly pdfs: VersionPdfService) {}

  @Public()
  @Get(':slug/v/:file')
  async pdf(
    @Param('slug') slug: string,
    @Param('file') file: string,
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
  ) {
    const number = /^([1-9]\d{0,8})\.pdf$/.exec(file)?.[1];
    if (!number) throw new NotFoundException(NOT_FOUND);
    const rendered = await this.pdfs.render(slug, Number(number), req.auth?.viewer ?? null);
    if (!rendered) throw new NotFoundException(NOT_FOUND);
    res.type('application/pdf').attachment(rendered.fileName).setHeader('cache-control', 'no-store').send(rendered.pdf);
  }
}
