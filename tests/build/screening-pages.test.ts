/**
 * The checker's pre-rendered results and question pages, read from the built files, on a
 * seeded sample of question pages (tests/support/screening-pages.ts says what is checked).
 * Every page and every result: tests/exhaustive/build/screening-pages.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { requireDist } from '../support/dist';
import { sampleOf } from '../support/fact-cases';
import { pageLinkProblems, questionPages, resultProblems, routes } from '../support/screening-pages';

requireDist();

const paths = routes();
const all = questionPages();
// The first page (the court question) holds the results that end at once; the rest are drawn with the seed.
const pages = [all[0], ...sampleOf(all.slice(1), 150)];

describe(`a seeded sample of ${pages.length} checker question pages (of ${all.length})`, () => {
  it('each result on them is on its page, and says what the rules say, in the words the rules allow', () => {
    const { problems, seen } = resultProblems(pages, paths);
    expect(problems.slice(0, 50)).toEqual([]);
    expect(seen.size).toBeGreaterThan(100);
  });

  it('each has unique ids, and every internal link on it leads to a page and an id that exist', () => {
    expect(pageLinkProblems(pages).slice(0, 50)).toEqual([]);
  });
});
