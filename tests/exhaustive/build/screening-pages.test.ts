/**
 * Every result the site pre-renders for the checker, and every checker question page, read
 * from the built files (tests/support/screening-pages.ts says what is checked). npm test runs
 * a seeded sample (tests/build/screening-pages.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { requireDist } from '../../support/dist';
import { pageLinkProblems, questionPages, resultProblems, routes } from '../../support/screening-pages';

requireDist();

const paths = routes();
const pages = questionPages();

describe(`every pre-rendered result (${paths.size})`, () => {
  it('is on its page, and says what the rules say, in the words the rules allow', () => {
    const { problems, seen } = resultProblems(pages, paths);
    expect(problems.slice(0, 50)).toEqual([]);
    expect([...paths.keys()].filter((code) => !seen.has(code))).toEqual([]);
  });
});

describe(`every checker question page (${pages.length})`, () => {
  it('has unique ids, and every internal link on it leads to a page and an id that exist', () => {
    expect(pageLinkProblems(pages).slice(0, 50)).toEqual([]);
  });
});
