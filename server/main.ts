// Entry point of `npm start`: database, schema, demo data, client, HTTP server, graceful shutdown.
import type { Server } from 'node:http';
import { seedDemoIfEmpty } from '../seed/load.ts';
import { createApp } from './app.ts';
import { issueFirstAdminToken } from './auth/first-admin.ts';
import { ensureClientBuilt } from './client-build.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import type { OpenDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { createLogger } from './logger.ts';

const config = loadConfig();
const logger = createLogger(config.logLevel);
const startedAt = Date.now();

let db: OpenDatabase;
try {
  db = await openDatabase(config, logger);
} catch (error) {
  logger.fatal({ err: error }, 'could not start the local Neo4j');
  process.exit(1);
}

let bootstrapped = false;
let stopping = false;

/** Migrations and the demo, retried until Neo4j answers: the app serves /readyz 503 meanwhile. */
async function bootstrap(): Promise<void> {
  while (!stopping) {
    try {
      await migrate(db);
      if (config.seedDemo && (await seedDemoIfEmpty(db))) logger.info('loaded the CAMAFU demo community');
      bootstrapped = true;
      logger.info({ ms: Date.now() - startedAt }, 'database ready');
      const setupToken = await issueFirstAdminToken(db);
      if (setupToken) {
        const origin = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
        logger.info({ url: `${origin}/setup/${setupToken}` }, 'no account yet: open this one-time link to create the first admin (or use npm run admin:create)');
      }
      return;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      logger.error({ uri: db.uri, reason }, 'Neo4j is not reachable; retrying in 5 s');
      await new Promise((r) => setTimeout(r, 5000));
    }
  }
}

const clientDir = config.serveClient ? await ensureClientBuilt(logger) : undefined;
const app = createApp({ db, config, logger, clientDir, isBootstrapped: () => bootstrapped });
const server: Server = app.listen(config.port, config.host);

async function shutdown(signal: string, code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  const force = setTimeout(() => server.closeAllConnections(), 10_000);
  await new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
  clearTimeout(force);
  await db.close();
  logger.info('stopped');
  process.exit(code);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

server.on('listening', () => {
  logger.info({ url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}` }, 'Tejido is listening');
});
server.on('error', (error: NodeJS.ErrnoException) => {
  const message =
    error.code === 'EADDRINUSE'
      ? `Port ${config.port} on ${config.host} is already in use: stop the other program or set PORT.`
      : error.message;
  logger.fatal({ code: error.code }, message);
  void shutdown('listen-error', 1);
});
await bootstrap();
