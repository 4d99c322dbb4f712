import { randomUUID } from 'node:crypto';
import type { CommunityData } from '../../server/communities/import-repository.ts';
import { uniqueSlug } from './database.ts';

type PersonInput = Partial<CommunityData['people'][number]> & { name: string };

/**
 * A small hand-built community where the right answers are known. People refer to regions,
 * organizations and interests by name; ties by person name.
 */
export function buildCommunity(spec: {
  regions?: string[];
  organizations?: string[];
  /** By name, or with an English name and synonyms (the name is then the Spanish one). */
  interests?: (string | { name: string; nameEn?: string; synonyms?: string[] })[];
  people: (Omit<PersonInput, 'regionId' | 'organizationId' | 'offers' | 'seeks'> & {
    region?: string;
    organization?: string;
    offers?: string[];
    seeks?: string[];
  })[];
  ties?: [string, string][];
}): CommunityData {
  const slug = uniqueSlug();
  const ids = (names: string[] = []) => new Map(names.map((n) => [n, randomUUID()]));
  const regions = ids(spec.regions);
  const organizations = ids(spec.organizations);
  const interestSpecs = (spec.interests ?? []).map((i) => (typeof i === 'string' ? { name: i } : i));
  const interests = ids(interestSpecs.map((i) => i.name));
  const people = spec.people.map((p) => ({
    id: p.id ?? randomUUID(),
    name: p.name,
    email: p.email ?? null,
    role: p.role ?? 'Brigadista',
    participation: p.participation ?? 'ACTIVE',
    listed: p.listed ?? true,
    contactable: p.contactable ?? true,
    regionId: p.region ? regions.get(p.region)! : null,
    organizationId: p.organization ? organizations.get(p.organization)! : null,
    offers: (p.offers ?? []).map((i) => interests.get(i)!),
    seeks: (p.seeks ?? []).map((i) => interests.get(i)!),
  }));
  const personId = new Map(people.map((p) => [p.name, p.id]));
  return {
    community: { id: randomUUID(), slug, name: `Test ${slug}`, description: 'test community' },
    regions: [...regions].map(([name, id]) => ({ id, name })),
    organizations: [...organizations].map(([name, id]) => ({ id, name, kind: 'NGO' as const, regionId: null })),
    interests: interestSpecs.map((i) => ({
      id: interests.get(i.name)!,
      name: i.name,
      nameEs: i.name,
      nameEn: i.nameEn ?? i.name,
      synonyms: i.synonyms ?? [],
    })),
    people,
    ties: (spec.ties ?? []).map(([from, to]) => ({ from: personId.get(from)!, to: personId.get(to)!, confirmed: false })),
  };
}
