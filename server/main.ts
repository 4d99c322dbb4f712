// Entry point of `npm start`: the app as server/tejido.ts builds it, stopped gracefully on SIGTERM/SIGINT.
import { loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { startTejido } from './tejido.ts';
import type { Tejido } from './tejido.ts';

const config = loadConfig();
const logger = createLogger(config.logLevel);

let tejido: Tejido;
try {
  tejido = await startTejido({ config, logger });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  const message =
    code === 'EADDRINUSE'
      ? `Port ${config.port} on ${config.host} is already in use: stop the other program or set PORT.`
      : 'could not start Tejido (the local Neo4j, the client build or the port)';
  logger.fatal({ err: error, code }, message);
  process.exit(1);
}

async function shutdown(signal: string): Promise<void> {
  await tejido.stop(signal);
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
await tejido.ready;
