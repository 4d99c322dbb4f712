// The bridges panel in English and Spanish (the language the survey and peer pages remember).
type Lang = 'es' | 'en';
import type { BridgesCertaintyLevel } from '../gql/graphql';

export interface Certainty {
  level: BridgesCertaintyLevel;
  sources: number;
  agreement?: number | null;
  refining: boolean;
}

const count = (n: number, lang: Lang) => n.toLocaleString(lang === 'es' ? 'es-MX' : 'en');

const en = {
  heading: 'Bridges',
  explain: 'Betweenness is the share of shortest paths between others that pass through a person.',
  none: 'No one bridges parts of this network.',
  caption: 'Bridges, highest betweenness first',
  person: 'Person',
  betweenness: 'Betweenness',
  reached: (groups: boolean): string => (groups ? 'Groups reached' : 'Clusters reached'),
  certaintyLabel: { EXACT: 'Exact', STABLE: 'Reliable estimate', ESTIMATE: 'Rough estimate' } as Record<BridgesCertaintyLevel, string>,
  certainty: (c: Certainty, people: number): string => {
    const sample = `from the shortest paths of ${count(c.sources, 'en')} of the ${count(people, 'en')} people`;
    if (c.level === 'EXACT') return 'Computed from the shortest paths of everyone: this is the true list.';
    if (c.level === 'STABLE')
      return `Estimated ${sample}. Two separate halves of that sample agree on ${c.agreement ?? '–'} of these 10 people, so the list can be trusted; the exact order of close neighbours may differ.`;
    if (c.refining) return `A first estimate ${sample}. A more certain list is being computed and will appear here by itself.`;
    return `A rough estimate ${sample}: two separate halves of that sample agree on only ${c.agreement ?? 0} of these 10 people. Read it as a hint, not a ranking.`;
  },
};

const es: typeof en = {
  heading: 'Puentes',
  explain: 'La intermediación es la proporción de caminos más cortos entre otras personas que pasan por alguien.',
  none: 'Nadie sirve de puente entre partes de esta red.',
  caption: 'Puentes, de mayor a menor intermediación',
  person: 'Persona',
  betweenness: 'Intermediación',
  reached: (groups: boolean) => (groups ? 'Grupos que alcanza' : 'Clústeres que alcanza'),
  certaintyLabel: { EXACT: 'Exacta', STABLE: 'Estimación fiable', ESTIMATE: 'Estimación aproximada' },
  certainty: (c: Certainty, people: number): string => {
    const sample = `con los caminos más cortos de ${count(c.sources, 'es')} de las ${count(people, 'es')} personas`;
    if (c.level === 'EXACT') return 'Calculada con los caminos más cortos de todas las personas: es la lista verdadera.';
    if (c.level === 'STABLE')
      return `Estimada ${sample}. Dos mitades independientes de esa muestra coinciden en ${c.agreement ?? '–'} de estas 10 personas, así que la lista es fiable; el orden exacto entre valores cercanos puede variar.`;
    if (c.refining) return `Primera estimación ${sample}. Se está calculando una lista más segura, que aparecerá aquí sola.`;
    return `Estimación aproximada ${sample}: dos mitades independientes de esa muestra coinciden solo en ${c.agreement ?? 0} de estas 10 personas. Tómela como pista, no como clasificación.`;
  },
};

export const bridgesMessages: Record<Lang, typeof en> = { en, es };
