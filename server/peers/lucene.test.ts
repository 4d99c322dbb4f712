import { describe, expect, it } from 'vitest';
import { escapeLucene, fullTextQuery } from './lucene.ts';

describe('escapeLucene', () => {
  it('when a word holds Lucene special characters, then each is escaped', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it('when a word is a Lucene operator, then it becomes a plain lower-case word', () => {
    expect(['AND', 'OR', 'NOT', 'TO'].map(escapeLucene)).toEqual(['and', 'or', 'not', 'to']);
    expect(escapeLucene('Andrea')).toBe('Andrea');
  });
});

describe('fullTextQuery', () => {
  it('when text has accents and capitals, then the words are folded like the index and prefix-matched', () => {
    expect(fullTextQuery('  Quemas   PRESCRÍTAS ')).toBe('quemas* AND prescritas*');
  });

  it('when text is Lucene syntax, then only its words remain', () => {
    expect(fullTextQuery('name:ana~2 OR "x" AND (y*)')).toBe('name* AND ana* AND 2* AND x* AND y*');
    expect(fullTextQuery('\\')).toBeNull();
    expect(fullTextQuery('*:*')).toBeNull();
  });

  it('when text is a Cypher fragment, then it is searched as its words', () => {
    expect(fullTextQuery("x' }) MATCH (n) DETACH DELETE n //")).toBe('x* AND match* AND n* AND detach* AND delete* AND n*');
  });

  it('when text holds English stop words, then they are skipped as the index skips them', () => {
    expect(fullTextQuery('fire and smoke of the Sierra')).toBe('fire* AND smoke* AND sierra*');
    expect(fullTextQuery('the')).toBeNull();
  });

  it('when text has many words, then the first eight are kept', () => {
    expect(fullTextQuery('a b c d e f g h i j')!.split(' AND ')).toHaveLength(8);
  });

  it('when text is empty or spaces, then there is no query', () => {
    expect(fullTextQuery('   ')).toBeNull();
  });
});
