import { defineConfig } from 'vitest/config';

const HOSTILE = ['test/integration/hostile-input*.test.ts'];

// One run, four projects: unit (no I/O), integration (real Neo4j), e2e (real Chromium + real Neo4j), and
// hostile (real Neo4j, alone, last).
// The Neo4j for integration, hostile and e2e is started once per run by test/setup/neo4j.ts, and only for
// them: a run of the unit project alone starts no database.
const NEO4J = ['test/setup/neo4j.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['server/**/*.test.ts', 'shared/**/*.test.ts', 'seed/**/*.test.ts', 'client/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          globalSetup: NEO4J,
          include: ['test/integration/**/*.test.ts'],
          exclude: [...HOSTILE],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // The hostile-input suites count every node and relationship in Neo4j before and after each case, so
        // nothing else may write meanwhile: their own project, one file at a time, after the other projects.
        extends: true,
        test: {
          name: 'hostile',
          globalSetup: NEO4J,
          include: [...HOSTILE],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: { name: 'e2e', globalSetup: NEO4J, include: ['test/e2e/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 180_000 },
      },
    ],
  },
});
