import { pino } from 'pino';

export type Logger = pino.Logger;

/** Structured JSON logs on stdout (or `destination`: tests read them); secrets and cookies never logged. */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info', destination?: pino.DestinationStream): Logger {
  const options = {
    level,
    base: { app: 'tejido' },
    redact: ['password', 'req.headers.cookie', 'headers.cookie', '*.password', '*.email'],
  };
  return destination ? pino(options, destination) : pino(options);
}
