import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A mail as a real SMTP server received it. */
export interface CapturedMail {
  to: string[];
  subject: string;
  /** The raw message: headers and the (quoted-printable or plain) body. */
  raw: string;
  /** The body's text with soft line breaks and =XX escapes of quoted-printable undone. */
  text: string;
}

export interface SmtpCapture {
  /** For SMTP_URL / config.smtpUrl. */
  url: string;
  received: CapturedMail[];
  close(): Promise<void>;
}

/** A real SMTP server in the test process: what arrives here is what a mail server would accept. */
export async function startSmtpCapture(): Promise<SmtpCapture> {
  const received: CapturedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString();
        const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: /^Subject: (.+)$/im.exec(raw)?.[1]?.trim() ?? '',
          raw,
          text: /^Content-Transfer-Encoding: quoted-printable/im.test(raw) ? decodeQuotedPrintable(body) : body,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}?ignoreTLS=true`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function decodeQuotedPrintable(body: string): string {
  const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}
