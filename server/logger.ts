import { pino } from 'pino';

export type Logger = pino.Logger;

/** Structured JSON logs on stdout; secrets and cookies never logged. */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    level,
    base: { app: 'tejido' },
    redact: ['password', 'req.headers.cookie', 'headers.cookie', '*.password', '*.email'],
  });
}
