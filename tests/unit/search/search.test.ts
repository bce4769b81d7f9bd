/** The search function on a small fixture index: ranking rules, marks and snippets. */
import { describe, expect, it } from 'vitest';
import type { SearchIndex } from '../../../src/lib/search/build-index';
import { pieces } from '../../../src/lib/search/marks';
import { editDistance, markRanges, maxErrors, search, snippetOf, thresholdFor } from '../../../src/lib/search/search';

const index: SearchIndex = {
  v: 1,
  e: [
    { k: 'p', u: '/expungement/', t: 'How to clear a cannabis record', a: ['Clear a record', 'expungement'], x: 'The steps to file a petition for expungement.' },
    { k: 's', u: '/expungement/#fees-and-fee-waivers', t: 'Fees and fee waivers', p: 'How to clear a cannabis record', x: 'Each case costs $30. You can ask the court to waive the fee.' },
    { k: 's', u: '/relief/#the-2024-governors-pardon', t: 'The 2024 governor’s pardon', p: 'Ways to clear a record', x: 'On June 17, 2024, the governor pardoned about 175,000 convictions.' },
    { k: 'g', u: '/glossary/#nolle-prosequi', t: 'Nolle prosequi', p: 'Glossary', a: ['nol pros', 'nolle pros'], x: 'The prosecutor dropped the charge.' },
    { k: 'g', u: '/glossary/#stet', t: 'Stet', p: 'Glossary', x: 'The case is put on hold with no end date.' },
    { k: 'g', u: '/glossary/#cannabis', t: 'Cannabis', p: 'Glossary', a: ['marijuana', 'weed'], x: 'The plant also called marijuana.' },
    { k: 'e', u: '/history/#2014-decriminalization', t: 'Maryland decriminalizes small amounts', p: 'History', x: 'October 1, 2014: Having under 10 grams of marijuana became a civil offense.' },
    { k: 'e', u: '/history/#2025-second-pardon', t: 'A second round of pardons', p: 'History', x: 'June 19, 2025: More cases that were missed.' },
  ],
};
const urls = (q: string) => search(index, q).hits.map((h) => h.url);

describe('search on a fixture index', () => {
  it('returns nothing for an empty query', () => {
    expect(search(index, '   ')).toEqual({ units: [], total: 0, hits: [] });
  });

  it('puts a title match first', () => {
    expect(urls('stet')[0]).toBe('/glossary/#stet');
    expect(urls('Fees')[0]).toBe('/expungement/#fees-and-fee-waivers');
  });

  it('finds legal shorthand and misspellings through the synonym table and fuzzy matching', () => {
    expect(urls('nol pros')[0]).toBe('/glossary/#nolle-prosequi');
    expect(urls('nolle prosse')[0]).toBe('/glossary/#nolle-prosequi');
    expect(urls('expungment')[0]).toBe('/expungement/');
    expect(urls('pardn')).toContain('/relief/#the-2024-governors-pardon');
  });

  it('treats marijuana, cannabis and weed alike', () => {
    expect(urls('marijuana')).toEqual(urls('cannabis'));
    expect(urls('weed')).toEqual(urls('cannabis'));
    expect(urls('weed')).toContain('/history/#2014-decriminalization');
  });

  it('ranks entries matching every word above those matching some', () => {
    const { hits } = search(index, 'pardon 2024');
    expect(hits[0].url).toBe('/relief/#the-2024-governors-pardon');
    expect(hits[0].matched).toBe(2);
    expect(hits.map((h) => h.url)).toContain('/history/#2025-second-pardon');
    expect(hits.find((h) => h.url === '/history/#2025-second-pardon')?.matched).toBe(1);
  });

  it('does not match short words fuzzily ("stet" is not "set")', () => {
    expect(urls('stet')).toEqual(['/glossary/#stet']);
  });

  it('limits the hits but counts them all', () => {
    const all = search(index, 'cannabis');
    const one = search(index, 'cannabis', 1);
    expect(one.hits).toHaveLength(1);
    expect(one.total).toBe(all.total);
  });

  it('marks what matched in the title and snippet, and shows an alias that matched', () => {
    const hit = search(index, 'nol pros').hits[0];
    expect(pieces(hit.title)).toEqual([{ text: 'Nolle prosequi', mark: true }]);
    const fees = search(index, 'fee waiver').hits.find((h) => h.url.endsWith('#fees-and-fee-waivers'))!;
    expect(pieces(fees.title).filter((p) => p.mark).map((p) => p.text)).toEqual(['Fees', 'fee waivers']);
    expect(pieces(fees.snippet).filter((p) => p.mark).map((p) => p.text)).toContain('fee');
    const weed = search(index, 'weed').hits.find((h) => h.url === '/glossary/#cannabis')!;
    expect(pieces(weed.title)).toEqual([{ text: 'Cannabis', mark: true }]);
  });
});

describe('markRanges', () => {
  it('marks whole words that start with a query word, case-insensitively', () => {
    expect(markRanges('Pardons and the pardon', ['pardon'])).toEqual([[0, 7], [16, 22]]);
  });
  it('marks a phrase as one range', () => {
    expect(markRanges('A nolle prosequi was entered', ['nolle prosequi'])).toEqual([[2, 16]]);
  });
  it('marks near misses when the word is not there exactly', () => {
    expect(markRanges('Expungement of records', ['expungment'])).toEqual([[0, 11]]);
    expect(markRanges('Set a date', ['stet'])).toEqual([]);
  });
  it('matches a straight apostrophe in the query to a curly one in the text', () => {
    expect(markRanges('The State’s Attorney', ["state's attorney"])).toEqual([[4, 20]]);
  });
});

describe('snippetOf', () => {
  const text = `${'Lorem ipsum dolor sit amet. '.repeat(8)}The fee can be waived. ${'More words follow here. '.repeat(8)}`;
  it('shows the text around the first match, cut at words, with ellipses', () => {
    const s = snippetOf(text, ['fee']);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith(' …')).toBe(true);
    expect(s.text.length).toBeLessThanOrEqual(175);
    const marked = pieces(s).filter((p) => p.mark).map((p) => p.text);
    expect(marked).toEqual(['fee']);
  });
  it('keeps short text whole', () => {
    expect(snippetOf('Short text.', ['short'])).toEqual({ text: 'Short text.', ranges: [[0, 5]] });
  });
});

describe('pieces', () => {
  it('splits text into plain and marked pieces', () => {
    expect(pieces({ text: 'a stet case', ranges: [[2, 6]] })).toEqual([
      { text: 'a ', mark: false }, { text: 'stet', mark: true }, { text: ' case', mark: false },
    ]);
    expect(pieces({ text: 'abc', ranges: [] })).toEqual([{ text: 'abc', mark: false }]);
  });
});

describe('typo allowance', () => {
  it('allows none in short words and more in long ones', () => {
    expect([3, 4, 5, 6, 10, 20].map(maxErrors)).toEqual([0, 0, 1, 1, 2, 4]);
    expect(thresholdFor(10)).toBeCloseTo(0.2);
  });
  it('measures edit distance with an early exit', () => {
    expect(editDistance('expungment', 'expungement', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('abc', 'xyzxyz', 1)).toBe(2);
  });
});
