import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server in the harness: what it accepts is what a mail server would have accepted. */
export interface SmtpSink {
  /** SMTP_URL for the app. */
  url: string;
  /** Message-ID header → how many times a message with it was accepted. */
  accepted: Map<string, number>;
  /** Messages accepted in all, duplicates included. */
  total(): number;
  close(): Promise<void>;
}

/**
 * Counts a message only once its DATA ended with the final dot (the stream's 'end'): a client
 * killed mid-message closes the connection, smtp-server destroys the stream, and nothing was
 * accepted, as with any mail server.
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const accepted = new Map<string, number>();
  let total = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', () => undefined);
      stream.on('end', () => {
        const id = messageIdOf(Buffer.concat(chunks).toString());
        accepted.set(id, (accepted.get(id) ?? 0) + 1);
        total += 1;
        callback();
      });
    },
  });
  // A connection dropped by a killed server is expected here, not an error to report.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    accepted,
    total: () => total,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function messageIdOf(raw: string): string {
  return /^Message-ID: *(.+)$/im.exec(raw)?.[1]?.trim() ?? '(no Message-ID)';
}
