import pino, { type Logger } from 'pino';

/**
 * Logs carry ids and decisions, never what a client wrote (STYLE.md): bodies, notes, tokens,
 * cookies and passwords are redacted wherever they appear.
 */
export const loggerOptions = (level: string) => ({
  level,
  redact: {
    paths: [
      'req.headers.cookie',
      'req.headers.authorization',
      'res.headers["set-cookie"]',
      'body',
      '*.body',
      '*.password',
      '*.note',
      '*.text',
      '*.token',
      '*.totp',
    ],
    censor: '[redacted]',
  },
});

export function createLogger(level: string): Logger {
  return pino(loggerOptions(level));
}
