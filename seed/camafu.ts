import type { CommunityData } from '../server/communities/import-repository.ts';
import { generateCommunity } from './generate.ts';

export const DEMO_SLUG = 'camafu';

/** The demo community: CAMAFU-like, 236 people in 32 organizations across 7 regions. */
export function camafuDemo(): CommunityData {
  const demo = generateCommunity({
    slug: DEMO_SLUG,
    name: 'CAMAFU — Comunidad de Aprendizaje en Manejo del Fuego',
    description: 'Demo: forest-fire practitioners from national agencies, NGOs and local communities across Mexico.',
    people: 236,
    seed: 2010,
  });
  // Marked in the data, so the app finds the demo (the home page's `demo` link) without knowing its slug.
  return { ...demo, community: { ...demo.community, demo: true } };
}
