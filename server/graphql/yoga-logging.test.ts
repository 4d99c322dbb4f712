import { describe, expect, it } from 'vitest';
import { capturedLog } from '../../test/support/captured-log.ts';
import { yogaLogging } from './yoga-logging.ts';

describe('yogaLogging', () => {
  it('when yoga logs an error alone, then pino gets one line with a message, the error and the event name', () => {
    const log = capturedLog('debug');
    yogaLogging(log.logger).error(new Error('boom'));
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]).toMatchObject({ level: 50, msg: 'graphql-yoga: boom', event: 'graphql-yoga', err: { message: 'boom' } });
  });

  it('when yoga logs a message with request details, then the message is kept and the details (what people typed) are not', () => {
    const log = capturedLog('debug');
    yogaLogging(log.logger).debug('Processing GraphQL Parameters', { query: '{ x }', variables: { email: 'ana@example.org' } });
    expect(log.lines[0]).toMatchObject({ level: 20, msg: 'Processing GraphQL Parameters', event: 'graphql-yoga' });
    expect(JSON.stringify(log.lines[0])).not.toContain('ana@example.org');
  });
});
