/** A local SMTP server that keeps what it receives, for tests of the e-mails people get. */
import { SMTPServer } from 'smtp-server';
import { freePort } from '@covenant/testing';

export interface ReceivedMail {
  to: string[];
  raw: string;
}

/** `port`: listen where a server was before, e.g. one a test stopped to see sending fail. */
export async function startSmtp(port?: number): Promise<{
  port: number;
  mails: ReceivedMail[];
  next(count: number): Promise<void>;
  close(): Promise<void>;
}> {
  const mails: ReceivedMail[] = [];
  const waiters: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        // Undo quoted-printable soft line breaks, so assertions read the text as sent.
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: raw.replace(/=\r?\n/g, '') });
        waiters.splice(0).forEach((wake) => wake());
        callback();
      });
    },
  });
  const listening = port ?? (await freePort());
  await new Promise<void>((resolve) => server.listen(listening, '127.0.0.1', resolve));
  return {
    port: listening,
    mails,
    async next(count) {
      while (mails.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
