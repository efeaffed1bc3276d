import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../core/auth/public.decorator';
import { SealService } from './seal.service';

/** GET /.well-known/covenant-seal.pub (contract/http.md): the key anyone checks a seal with. */
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
}
