import type { YogaLogger } from 'graphql-yoga';
import type { Logger } from '../logger.ts';

type Level = 'debug' | 'info' | 'warn' | 'error';

/**
 * graphql-yoga logs like console (`logger.error(error)`, `logger.debug('Processing GraphQL Parameters')`);
 * pino wants an object and a message. Each call becomes one line with `event: 'graphql-yoga'`, the message (an
 * error's own when yoga passes only the error) and the error as `err`. Other arguments are left out: they may
 * hold a request's parameters, and with them what people typed.
 */
export function yogaLogging(logger: Logger): YogaLogger {
  const forward =
    (level: Level) =>
    (...args: unknown[]): void => {
      const err = args.find((arg): arg is Error => arg instanceof Error);
      const text = args.find((arg): arg is string => typeof arg === 'string');
      const message = text ?? (err ? `graphql-yoga: ${err.message}` : 'graphql-yoga');
      logger[level]({ event: 'graphql-yoga', ...(err ? { err } : {}) }, message);
    };
  return { debug: forward('debug'), info: forward('info'), warn: forward('warn'), error: forward('error') };
}
