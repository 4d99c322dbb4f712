import { describe, expect, it } from 'vitest';
import { listOrganizations } from '../../server/communities/community-repository.ts';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { migrate } from '../../server/db/migrate.ts';
import { readTx } from '../../server/db/transaction.ts';
import { erasePerson } from '../../server/people/private-record-repository.ts';
import { generateCommunity } from '../../seed/generate.ts';
import { createShareLink } from '../../server/sharing/share-link-repository.ts';
import { uniqueSlug, useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { gql, startTestServer } from '../support/server.ts';

const db = useTestDatabase();

/** Every constraint and index with what defines it (names included: a rerun must not add a twin). */
async function schema() {
  return readTx(db, async (tx) => {
    const constraints = await tx.run(
      'SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties RETURN name, type, entityType, labelsOrTypes, properties ORDER BY name',
    );
    const indexes = await tx.run(
      'SHOW INDEXES YIELD name, type, state, entityType, labelsOrTypes, properties RETURN name, type, state, entityType, labelsOrTypes, properties ORDER BY name',
    );
    return [...constraints.records, ...indexes.records].map((r) => r.toObject());
  });
}

/** A community's nodes and relationships with all their properties (other tests write meanwhile: only its own). */
async function communityData(communityId: string) {
  return readTx(db, async (tx) => {
    const nodes = await tx.run(
      `MATCH (n {communityId: $communityId}) RETURN labels(n) AS labels, properties(n) AS properties ORDER BY n.id`,
      { communityId },
    );
    const relationships = await tx.run(
      `MATCH (a {communityId: $communityId})-[r]->(b)
       RETURN a.id AS from, type(r) AS type, properties(r) AS properties, b.id AS to ORDER BY from, type, to`,
      { communityId },
    );
    return { nodes: nodes.records.map((r) => r.toObject()), relationships: relationships.records.map((r) => r.toObject()) };
  });
}

describe('constraints', () => {
  it('when migrations run again, then nothing changes and nothing fails', async () => {
    const community = buildCommunity({
      regions: ['Noroeste'],
      organizations: ['CONAFOR'],
      interests: ['Quemas prescritas'],
      people: [{ name: 'Ana', region: 'Noroeste', organization: 'CONAFOR', offers: ['Quemas prescritas'] }, { name: 'Luis' }],
      ties: [['Ana', 'Luis']],
    });
    await importCommunity(db, community);
    const before = { schema: await schema(), data: await communityData(community.community.id) };
    expect(before.schema.length).toBeGreaterThan(0);
    expect(before.data.nodes.length).toBeGreaterThan(4);

    await migrate(db);
    await migrate(db);

    expect(await schema()).toEqual(before.schema);
    expect(await communityData(community.community.id)).toEqual(before.data);
  });

  it('when two organizations of one community differ only in case, accents or spacing, then the second is a CONFLICT', async () => {
    const community = buildCommunity({ organizations: ['CONAFOR'], people: [] });
    await importCommunity(db, community);
    const duplicate = {
      ...community,
      organizations: [{ id: crypto.randomUUID(), name: 'Conafór ', kind: 'GOVERNMENT' as const, regionId: null }],
    };
    await expect(importCommunity(db, duplicate)).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(await listOrganizations(db, community.community.id)).toHaveLength(1);
  });

  it('when another community has an organization of the same name, then both exist', async () => {
    const a = buildCommunity({ organizations: ['CONAFOR'], people: [] });
    const b = buildCommunity({ organizations: ['CONAFOR'], people: [] });
    await importCommunity(db, a);
    await importCommunity(db, b);
    expect(await listOrganizations(db, b.community.id)).toHaveLength(1);
  });
});

describe('erasure log', () => {
  it('when an older export that still holds an erased person is imported again, then the person stays erased', async () => {
    const data = buildCommunity({ people: [{ name: 'Ana' }, { name: 'Luis' }], ties: [['Ana', 'Luis']] });
    await importCommunity(db, data);
    await erasePerson(db, data.people[0]!.id);
    await importCommunity(db, data);
    const share = await createShareLink(db, data.community.id);
    const server = await startTestServer(db);
    try {
      const res: any = await gql(
        server.url,
        `{ community(slug: "${data.community.slug}") { map { people { name } ties { id } } } }`,
        {},
        { share },
      );
      expect(res.data.community.map).toEqual({ people: [{ name: 'Luis' }], ties: [] });
    } finally {
      await server.close();
    }
  });
});

describe('seeding', () => {
  it('when a generated community is imported twice, then the second import changes nothing', async () => {
    const data = generateCommunity({ people: 120, slug: uniqueSlug('gen') });
    await importCommunity(db, data);
    await importCommunity(db, data);
    const server = await startTestServer(db);
    try {
      const share = await createShareLink(db, data.community.id);
      const res: any = await gql(
        server.url,
        `{ community(slug: "${data.community.slug}") {
        organizations { id } regions { id } interests { id } map { people { id } ties { id } } } }`,
        {},
        { share },
      );
      const c = res.data.community;
      const listed = data.people.filter((p) => p.listed).map((p) => p.id);
      const visibleTies = data.ties.filter((t) => listed.includes(t.from) && listed.includes(t.to));
      expect(c.organizations).toHaveLength(data.organizations.length);
      expect(c.regions).toHaveLength(data.regions.length);
      expect(c.interests).toHaveLength(data.interests.length);
      expect(c.map.people).toHaveLength(listed.length);
      expect(c.map.ties).toHaveLength(visibleTies.length);
    } finally {
      await server.close();
    }
  });
});
