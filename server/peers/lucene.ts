import { normalizeName } from '../../shared/normalize-name.ts';

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const OPERATORS = new Set(['AND', 'OR', 'NOT', 'TO']);

/** One word as a Lucene term: every special character escaped, operator words made plain words. */
export function escapeLucene(word: string): string {
  const escaped = word.replace(SPECIAL, (c) => `\\${c}`);
  return OPERATORS.has(escaped) ? escaped.toLowerCase() : escaped;
}

// The index's analyzer (standard-folding) drops these English stop words: a query word among them would
// find nothing, so it is left out like the index leaves it out.
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

/** Words searched for at most; longer queries keep their first words. */
export const MAX_SEARCH_WORDS = 8;

/**
 * A full-text query for what a person typed, as plain words: every word must match the start of an
 * indexed word (so "quem pres" finds "Quemas prescritas"); English stop words are skipped as the index skips them. Words are folded like the index
 * (case, accents) and split on anything but letters and digits, then escaped, so Lucene syntax and
 * Cypher fragments are searched for as text. Null when nothing searchable is left.
 */
export function fullTextQuery(text: string): string | null {
  const words = normalizeName(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP_WORDS.has(w))
    .slice(0, MAX_SEARCH_WORDS);
  return words.length === 0 ? null : words.map((w) => `${escapeLucene(w)}*`).join(' AND ');
}
