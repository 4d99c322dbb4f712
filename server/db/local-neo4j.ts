import { spawn, execFile } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, open, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Logger } from '../logger.ts';

const NEO4J_VERSION = '5.26.30'; // keep in step with neo4j/pom.xml
const launcherDir = fileURLToPath(new URL('./neo4j/', import.meta.url));
const jarsDir = fileURLToPath(new URL('../../.neo4j/lib/', import.meta.url));

// Neo4j 5.26 on Java 17 needs these opens (without java.nio: LinkageError on DirectByteBuffer).
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseSerialGC',
];

export type LocalNeo4jOptions = { dataDir: string; port: number; heap: string; logger: Logger };
/** How the JVM ended: its exit code or signal, and the last lines it wrote to stderr. */
export type LocalNeo4jExit = { code: number | null; signal: NodeJS.Signals | null; stderr: string[] };
export type LocalNeo4j = {
  uri: string;
  /** The JVM's process id (a kill test kills it). */
  pid: number;
  /** Neo4j's own log, where it says why it stopped. */
  logFile: string;
  /** Settles when the JVM has exited, for whatever reason (stop() included). */
  exited: Promise<LocalNeo4jExit>;
  stop: () => Promise<void>;
};

/** Downloads the Neo4j jars from Maven Central once; later calls find them cached in `.neo4j/lib`. */
export async function ensureNeo4jJars(logger: Logger): Promise<string> {
  const marker = path.join(jarsDir, `.complete-${NEO4J_VERSION}`);
  if (existsSync(marker)) return jarsDir;
  logger.info({ version: NEO4J_VERSION }, 'resolving Neo4j Community jars from Maven Central (first start only)');
  const args = ['-q', '-B', '-f', path.join(launcherDir, 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${jarsDir}`];
  try {
    await promisify(execFile)('mvn', args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const detail = error instanceof Error && 'stdout' in error ? String((error as { stdout: unknown }).stdout).slice(-2000) : String(error);
    throw new Error(`Could not resolve Neo4j ${NEO4J_VERSION} with Maven (is mvn on the PATH?): ${detail}`, { cause: error });
  }
  await writeFile(marker, new Date().toISOString());
  return jarsDir;
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(false));
  });
}

/**
 * Starts Neo4j Community on 127.0.0.1:port with its store in dataDir and resolves once it accepts Bolt.
 * The JVM exits when this process dies (it watches its stdin) and on stop().
 */
export async function startLocalNeo4j({ dataDir, port, heap, logger }: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const uri = `bolt://127.0.0.1:${port}`;
  if (await portAnswers(port)) {
    throw new Error(
      `Port ${port} is already taken, so the local Neo4j cannot start there. If another Tejido runs, stop it, ` +
        `or set TEJIDO_NEO4J_PORT to a free port, or NEO4J_URI to use an existing Neo4j.`,
    );
  }
  const lib = await ensureNeo4jJars(logger);
  const storeDir = path.join(dataDir, 'neo4j');
  await mkdir(storeDir, { recursive: true });
  const started = Date.now();
  const child = spawn(
    'java',
    [`-Xmx${heap}`, ...JVM_FLAGS, '-cp', path.join(lib, '*'), path.join(launcherDir, 'LocalNeo4j.java'), storeDir, String(port)],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const stderr: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    stderr.push(line);
    if (stderr.length > 40) stderr.shift();
  });
  const exited = new Promise<LocalNeo4jExit>((resolve) =>
    // 'close', not 'exit': stderr is read to its end by then.
    child.once('close', (code, signal) => resolve({ code, signal, stderr: [...stderr] })),
  );
  await waitUntilReady(child, port, stderr);
  logger.info({ uri, storeDir, pid: child.pid, ms: Date.now() - started }, 'local Neo4j ready');
  return { uri, pid: child.pid!, logFile: path.join(storeDir, 'logs', 'debug.log'), exited, stop: () => stopProcess(child) };
}

/** The last `count` lines of a (possibly large) log file; empty when it cannot be read. */
export async function lastLines(file: string, count: number, maxBytes = 64 * 1024): Promise<string[]> {
  try {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      const length = Math.min(size, maxBytes);
      const { buffer } = await handle.read(Buffer.alloc(length), 0, length, size - length);
      return buffer.toString('utf8').split('\n').filter(Boolean).slice(-count);
    } finally {
      await handle.close();
    }
  } catch {
    return [];
  }
}

function waitUntilReady(child: ChildProcess, port: number, stderr: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Local Neo4j did not become ready on port ${port} within 180 s:\n${stderr.join('\n')}`));
    }, 180_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('TEJIDO_NEO4J_READY')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Could not start Java for the local Neo4j (is Java 17 on the PATH?): ${error.message}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Local Neo4j exited (code ${code}) before it was ready:\n${stderr.join('\n')}`));
    });
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timeout = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timeout);
}
