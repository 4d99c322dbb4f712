import path from 'node:path';
import { z } from 'zod';

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === '' ? undefined : v));

const EnvSchema = z.object({
  // Production unless asked: development tools (GraphiQL, field suggestions) only under `npm run dev`.
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  // The address phones open (join links, QR codes, invitation links), e.g. https://map.example.org or
  // http://192.168.1.20:4000; without it, the projector works it out from HOST.
  PUBLIC_URL: optionalText.pipe(
    z
      .url({ protocol: /^https?$/ })
      .refine(
        (u) => new URL(u).pathname === '/' && !u.endsWith('/'),
        'must be an origin like http://192.168.1.20:4000 (no path, no trailing slash)',
      )
      .optional(),
  ),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: optionalText,
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: optionalText,
  TEJIDO_DATA_DIR: z.string().default('.data'),
  TEJIDO_NEO4J_PORT: z.coerce.number().int().min(1).max(65535).default(7688),
  TEJIDO_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mMgG]$/)
    .default('512m'),
  TEJIDO_SEED_DEMO: z.enum(['true', 'false']).default('true'),
  TEJIDO_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  TEJIDO_SERVE_CLIENT: z.enum(['true', 'false']).default('true'),
  TEJIDO_CORS_ORIGINS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url().refine((o) => URL.canParse(o) && new URL(o).origin === o, 'must be an origin like https://map.example.org'))),
  TEJIDO_WARM_UP: z.enum(['true', 'false']).default('true'),
  TEJIDO_SLOW_REQUEST_MS: z.coerce.number().int().min(1).default(2000),
  TEJIDO_METRICS_TOKEN: optionalText,
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** The address phones open, when the operator set one (PUBLIC_URL). */
  publicUrl?: string;
  logLevel: string;
  /** Where Neo4j is: an external URI, or the local server Tejido starts itself. */
  neo4j: {
    uri?: string;
    username: string;
    password: string;
    database?: string;
    localPort: number;
    localHeap: string;
  };
  dataDir: string;
  seedDemo: boolean;
  /** Behind a TLS-terminating proxy: trust X-Forwarded-* and mark cookies Secure. */
  trustProxy: boolean;
  /** Build (if needed) and serve the client; `npm run dev` turns it off and runs Vite's dev server instead. */
  serveClient: boolean;
  /** Other origins (scheme://host[:port]) whose pages may call the API with credentials; none by default. */
  corsOrigins: string[];
  /** Run the workshop's paths once at start (and after a local Neo4j restart) before saying ready. */
  warmUp: boolean;
  /** Requests slower than this are logged (once per episode). */
  slowRequestMs: number;
  /** With it, /metrics answers only `Authorization: Bearer <token>`; without it, only this machine (no proxy). */
  metricsToken?: string;
};

/** Reads the configuration from the environment; throws with every invalid variable named. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL,
    logLevel: e.LOG_LEVEL,
    neo4j: {
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      localPort: e.TEJIDO_NEO4J_PORT,
      localHeap: e.TEJIDO_NEO4J_HEAP,
    },
    dataDir: path.resolve(e.TEJIDO_DATA_DIR),
    seedDemo: e.TEJIDO_SEED_DEMO === 'true',
    trustProxy: e.TEJIDO_TRUST_PROXY === 'true',
    serveClient: e.TEJIDO_SERVE_CLIENT === 'true',
    corsOrigins: e.TEJIDO_CORS_ORIGINS,
    warmUp: e.TEJIDO_WARM_UP === 'true',
    slowRequestMs: e.TEJIDO_SLOW_REQUEST_MS,
    metricsToken: e.TEJIDO_METRICS_TOKEN,
  };
}
