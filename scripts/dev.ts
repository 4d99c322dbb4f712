// npm run dev: hot reload for both halves. The local Neo4j is started once here, so the API server can
// restart on every change (node --watch) without restarting the database; Vite serves the client on 5173
// and proxies /graphql to the API on 4000.
import { spawn } from 'node:child_process';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/database.ts';
import { createLogger } from '../server/logger.ts';

const config = loadConfig();
const logger = createLogger(config.logLevel);
const db = await openDatabase(config, logger);
// Development mode (GraphiQL, field suggestions) is for this command only: `npm start` is production.
const env = { ...process.env, NODE_ENV: 'development', NEO4J_URI: db.uri, TEJIDO_SERVE_CLIENT: 'false' };
const children = [
  spawn(process.execPath, ['--watch', '--import', 'tsx', 'server/main.ts'], { stdio: 'inherit', env }),
  spawn('npx', ['vite'], { stdio: 'inherit', env }),
];

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  await db.close();
  process.exit(0);
}
// Listeners ignore what they return: a failure while stopping is reported, and the process still ends.
const stopNow = () => {
  stop().catch((error: unknown) => {
    logger.error({ err: error }, 'could not stop cleanly');
    process.exit(1);
  });
};
process.on('SIGINT', stopNow);
process.on('SIGTERM', stopNow);
for (const child of children) child.on('exit', stopNow);
