import { defineConfig } from 'vitest/config';

// One run, three projects: unit (no I/O), integration (real Neo4j), e2e (real Chromium + real Neo4j).
// The Neo4j for integration and e2e is started once per run by test/setup/neo4j.ts.
export default defineConfig({
  test: {
    globalSetup: ['test/setup/neo4j.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['server/**/*.test.ts', 'seed/**/*.test.ts', 'client/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'integration', include: ['test/integration/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 180_000 },
      },
    ],
  },
});
