import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../core/auth/public.decorator';
import { SealService } from './seal.service';

/** The keys anyone checks a seal with: the current one (contract/http.md) and every one ever used. */
@Controller('.well-known')
export class SealController {
  constructor(private readonly seals: SealService) {}

  @Public()
  @Get('covenant-seal.pub')
  publicKey(@Res() res: Response) {
    res
      .type('application/x-pem-file')
      .setHeader('cache-control', 'public, max-age=300')
      .send(this.seals.publicKeyPem());
  }

  /** `{ keys: [{ keyId, publicKey (PEM), current, firstUsedAt }] }`, oldest first; each seal names its key. */
  @Public()
  @Get('covenant-seal-keys.json')
  async keys(@Res() res: Response) {
    res.setHeader('cache-control', 'public, max-age=300').json({ keys: await this.seals.publishedKeys() });
  }
}
