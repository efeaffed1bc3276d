/** E-mail through SMTP when SMTP_URL is set; otherwise each message is written to the log, so nothing is lost in development. */
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../../core/config/config';
import { LOGGER } from '../../core/logging/logger';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

@Injectable()
export class MailerService implements OnModuleDestroy {
  private readonly transport: Transporter | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
  }

  async send(mail: Mail): Promise<void> {
    if (!this.transport) {
      this.logger.info({ mail: { to: mail.to, subject: mail.subject, text: mail.text } }, 'e-mail (SMTP_URL not set)');
      return;
    }
    await this.transport.sendMail({ from: this.config.mailFrom, ...mail });
  }

  onModuleDestroy() {
    this.transport?.close();
  }
}
