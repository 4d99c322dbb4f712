import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as generated from '../../client/src/gql/graphql.ts';
import { useTestDatabase } from '../support/database.ts';
import { gql, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

// Every operation the client sends, as codegen generated it from the client's graphql() calls. Codegen already
// checks them against the SDL; this checks them against what the running server adds: its depth, cost, token
// and alias limits (graphql-armor), which a valid document may still exceed.
const operations = Object.entries(generated)
  .filter(([name, value]) => name.endsWith('Document') && value instanceof generated.TypedDocumentString)
  .map(([name, value]) => ({ name, text: String(value) }))
  .filter(({ text }) => /^\s*(query|mutation)\b/.test(text));

const db = useTestDatabase();
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(db);
});
afterAll(() => server.close());

describe('the client documents', () => {
  it('when codegen has run, then there are client operations to check', () => {
    expect(operations.length).toBeGreaterThan(30);
  });

  it.each(operations)(
    'when $name is sent without its variables, then only the missing variables are refused, never the document',
    async ({ text }) => {
      const res = await gql(server.url, text, {});
      // Missing variables, or an anonymous caller refused: anything else (a limit, an unknown field) is the document's fault.
      const refusals = (res.errors ?? []).filter(
        (error) =>
          !/^Variable "\$\w+" of (required|non-null) type/.test(error.message) &&
          !['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'].includes(error.extensions?.code ?? ''),
      );
      expect(refusals).toEqual([]);
    },
  );
});
