import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DatabaseHealth } from '../db/database-health.ts';
import type { SupervisedNeo4j } from '../db/neo4j-supervisor.ts';
import type { CacheStatistics } from '../db/revision-cache.ts';

export type MetricSources = {
  /** The app's view of its database (absent: nothing reported about it). */
  health?: DatabaseHealth;
  /** The local Neo4j this process supervises, if any. */
  local?: SupervisedNeo4j;
  /** The instance's cache hits and misses (db.state.cacheStatistics). */
  caches?: CacheStatistics;
};

// Node's own figures (memory, event loop lag, GC, handles) once per process, whatever the number of apps in it.
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** The Prometheus metrics of one app, served at /metrics (text exposition format). */
export function createMetrics({ health, local, caches = new Map() }: MetricSources = {}) {
  const registry = new Registry();
  const registers = [registry];
  const requests = new Counter({
    name: 'tejido_graphql_requests_total',
    help: 'GraphQL requests by operation (its first root field), type and outcome (ok or the error code).',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers,
  });
  const duration = new Histogram({
    name: 'tejido_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to its response (a subscription: to its stream opening).',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 1.5, 2.5, 5, 10],
    registers,
  });
  const submissions = new Counter({
    name: 'tejido_survey_submissions_total',
    help: 'Survey submissions from phones by outcome: acknowledged, or the error code they were answered with.',
    labelNames: ['outcome'] as const,
    registers,
  });
  const subscribers = new Gauge({
    name: 'tejido_live_subscribers',
    help: 'Open live streams (projectors, import progress) by subscription.',
    labelNames: ['subscription'] as const,
    registers,
  });
  if (health) {
    new Gauge({
      name: 'tejido_database_up',
      help: '1 while Neo4j answers, 0 while it is known to be down (requests answer DB_UNAVAILABLE).',
      registers,
      collect() {
        this.set(health.isUp() ? 1 : 0);
      },
    });
    new Counter({
      name: 'tejido_database_outages_total',
      help: 'Times Neo4j became unavailable since start.',
      registers,
      collect() {
        this.reset();
        this.inc(health.outages());
      },
    });
  }
  if (local) {
    new Counter({
      name: 'tejido_local_neo4j_restarts_total',
      help: 'Times the local Neo4j was restarted after it exited.',
      registers,
      collect() {
        this.reset();
        this.inc(local.restarts());
      },
    });
  }
  new Counter({
    name: 'tejido_cache_lookups_total',
    help: 'Lookups in the in-process caches (community map, cluster map, peer index, share links…) by result.',
    labelNames: ['cache', 'result'] as const,
    registers,
    collect() {
      this.reset();
      for (const [cache, { hits, misses }] of caches) {
        this.inc({ cache, result: 'hit' }, hits);
        this.inc({ cache, result: 'miss' }, misses);
      }
    },
  });

  return {
    requests,
    duration,
    submissions,
    subscribers,
    contentType: registry.contentType,
    /** The exposition text: this app's metrics and the process's. */
    text: () => Registry.merge([processMetrics(), registry]).metrics(),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
