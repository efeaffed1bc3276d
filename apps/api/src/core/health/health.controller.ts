import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { settledWithin } from '../async/settled-within';
import { Public } from '../auth/public.decorator';

const READY_TIMEOUT_MS = 2000;

@Controller()
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Up while the process runs. */
  @Public()
  @Get('healthz')
  @HttpCode(200)
  health() {
    return { status: 'ok' };
  }

  /** Ready when PostgreSQL answers, so a proxy sends traffic only to processes that can serve it. */
  @Public()
  @Get('readyz')
  async ready(@Res() res: Response) {
    const answered = await settledWithin(this.dataSource.query('SELECT 1'), READY_TIMEOUT_MS).catch(() => false);
    if (answered) res.status(200).json({ status: 'ready' });
    else res.status(503).json({ status: 'unavailable', reason: 'The database does not answer.' });
  }
}
