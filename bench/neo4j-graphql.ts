// The comparison side of bench/peers.ts: @neo4j/graphql's generated resolvers over the same Neo4j data, served
// by graphql-yoga in the same process, answering the same three questions with the same fields as Tejido's
// client asks (a person card: id, name, role, participation, organization and region; search results with
// what they offer and seek). It answers them the plain way such a schema would: filters in Cypher, and
// @cypher fields for the two questions the generated filters cannot ask. Consent as a share link sees it:
// listed people only (introductions: listed and contactable).
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createYoga } from 'graphql-yoga';
import type { Database } from '../server/db/transaction.ts';

const typeDefs = /* GraphQL */ `
  type Person @node {
    id: ID!
    communityId: String!
    name: String!
    normName: String!
    role: String
    participation: String!
    listed: Boolean!
    contactable: Boolean!
    organization: [Organization!]! @relationship(type: "MEMBER_OF", direction: OUT)
    region: [Region!]! @relationship(type: "BASED_IN", direction: OUT)
    offers: [Interest!]! @relationship(type: "OFFERS", direction: OUT)
    seeks: [Interest!]! @relationship(type: "SEEKS", direction: OUT)
  }
  type Organization @node {
    id: ID!
    name: String!
  }
  type Region @node {
    id: ID!
    name: String!
  }
  type Interest @node {
    id: ID!
    communityId: String!
    name: String!
    nameEs: String
    nameEn: String
    offeredBy: [Person!]! @relationship(type: "OFFERS", direction: IN)
  }
  type Query {
    "People who offer what the person seeks, most matches first (one side of Tejido's complementarity)."
    suggestions(personId: ID!, first: Int!): [Person!]!
      @cypher(
        statement: """
        MATCH (me:Person {id: $personId})-[:SEEKS]->(:Interest)<-[:OFFERS]-(p:Person)
        WHERE p <> me AND p.listed AND p.contactable AND NOT (me)-[:KNOWS]-(p)
        WITH p, count(*) AS matches
        ORDER BY matches DESC, p.normName
        LIMIT $first
        RETURN p
        """
        columnName: "p"
      )
    "The shortest chain of listed, contactable people who know each other, at most 4 hops."
    introduction(fromId: ID!, toId: ID!): [Person!]!
      @cypher(
        statement: """
        MATCH (a:Person {id: $fromId}), (b:Person {id: $toId})
        MATCH path = shortestPath((a)-[:KNOWS*..4]-(b))
        WHERE all(n IN nodes(path) WHERE n.listed AND n.contactable)
        UNWIND nodes(path) AS p
        RETURN p
        """
        columnName: "p"
      )
  }
`;

const CARD = 'id name role participation organization { id name } region { id name }';
const INTEREST = 'id name nameEs nameEn';

export const NEO4J_GRAPHQL_QUERIES = {
  // From the interest to its offerers: the fast way to ask it here (filtering people on their interests, an
  // OR over offers and seeks, scanned every person of the community: ~120 ms).
  searchByInterest: `query($communityId: String!, $interest: String!) {
    interests(where: { communityId: { eq: $communityId }, OR: [{ nameEs: { eq: $interest } }, { nameEn: { eq: $interest } }] }) {
      offeredBy(where: { listed: { eq: true } }, sort: [{ normName: ASC }], limit: 20) {
        ${CARD} offers { ${INTEREST} } seeks { ${INTEREST} }
      }
    }
  }`,
  suggestions: `query($id: ID!) { suggestions(personId: $id, first: 10) { ${CARD} } }`,
  introductionPath: `query($a: ID!, $b: ID!) { introduction(fromId: $a, toId: $b) { ${CARD} } }`,
};

/** @neo4j/graphql over `db` on a free port of 127.0.0.1. */
export async function neo4jGraphQLServer(db: Database) {
  const schema = await new Neo4jGraphQL({ typeDefs, driver: db.driver }).getSchema();
  const yoga = createYoga({ schema, logging: false, graphiql: false, context: { sessionConfig: { database: db.database } } });
  // yoga answers its own errors; the listener only has to start it.
  const server = createServer((req, res) => void yoga(req, res));
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))) };
}
