/**
 * What people type, and what they must find in the top three: run against
 * the REAL built index (dist/search-index.json) with the same search
 * function the search page uses (a build test: it needs `npm run build` first).
 *
 * Expectations name real pages and anchors of the built site (checked below),
 * so a renamed heading fails here rather than silently finding nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SearchIndex } from '../../src/lib/search/build-index';
import { search, type SearchHit } from '../../src/lib/search/search';
import { FETCHED_WHEN_USED } from '../../scripts/budgets.mjs';
import { fileForPath, requireDist } from '../support/dist';
import { parseFile } from '../support/html';

requireDist();
const indexFile = fileForPath(FETCHED_WHEN_USED['/search/'][0])!;

/** A URL, or a page prefix ending in "/" that matches the page and any of its sections. */
type Want = string;
const matches = (hit: SearchHit, want: Want) => (want.includes('#') ? hit.url === want : hit.url === want || hit.url.startsWith(`${want}#`));

const TABLE: { query: string; any: Want[]; why: string }[] = [
  { query: 'expungment', any: ['/expungement/'], why: 'misspelling of the main topic finds the how-to page' },
  { query: 'nol pros', any: ['/glossary/#nolle-prosequi'], why: 'court shorthand' },
  { query: 'nolle prosse', any: ['/glossary/#nolle-prosequi'], why: 'misspelt shorthand' },
  { query: 'PBJ', any: ['/glossary/#probation-before-judgment'], why: 'abbreviation' },
  { query: 'stet', any: ['/glossary/#stet'], why: 'short legal word' },
  { query: 'pardon 2024', any: ['/relief/#the-2024-governors-pardon', '/history/#2024-06-17-governor-cannabis-pardon', '/check/result/governor-pardon-2024/'], why: 'word plus year' },
  { query: 'Mosby', any: ['/policy/'], why: 'a name the policy page is about' },
  { query: 'fee waiver', any: ['/expungement/#fees-and-fee-waivers'], why: 'a practical question' },
  { query: 'Case Search', any: ['/glossary/#case-search', '/help/'], why: 'the court website' },
];

// npm test builds first; a missing index fails here rather than skipping the table.
describe('search queries on the built index', () => {
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as SearchIndex;
  const top3 = (query: string) => search(index, query, 3).hits;
  const show = (hits: SearchHit[]) => hits.map((h) => h.url).join(', ') || '(nothing)';

  it.each(TABLE)('"$query" finds $any in the top three ($why)', ({ query, any }) => {
    const hits = top3(query);
    expect(hits.some((h) => any.some((w) => matches(h, w))), `top 3 for "${query}": ${show(hits)}`).toBe(true);
  });

  it('"weed" finds something about cannabis possession in the top three', () => {
    const hits = top3('weed');
    const aboutPossession = (h: SearchHit) =>
      h.url === '/glossary/#cannabis' || h.url === '/glossary/#possession' || /possess/i.test(`${h.title.text} ${h.snippet.text}`);
    expect(hits.some(aboutPossession), `top 3 for "weed": ${show(hits)}`).toBe(true);
  });

  it('"marijuana" and "cannabis" return the same top results', () => {
    const a = top3('marijuana').map((h) => h.url);
    const b = top3('cannabis').map((h) => h.url);
    expect(a.length).toBeGreaterThan(0);
    expect(a[0]).toBe(b[0]);
    expect(a.filter((u) => b.includes(u)).length).toBeGreaterThanOrEqual(2);
  });

  it('marks the match in what it shows', () => {
    for (const query of ['stet', 'nol pros', 'fee waiver', 'Mosby']) {
      const hit = top3(query)[0];
      expect(hit.title.ranges.length + hit.snippet.ranges.length, query).toBeGreaterThan(0);
    }
  });

  it('expects only pages and anchors that exist in the built site', () => {
    const wants = [...TABLE.flatMap((r) => r.any), '/glossary/#cannabis', '/glossary/#possession'];
    for (const want of wants) {
      const [path, id] = want.split('#');
      const file = fileForPath(path);
      expect(file, `${want}: no page at ${path}`).not.toBeNull();
      if (id) expect(parseFile(file!).getElementById(id), want).not.toBeNull();
    }
  });
});
