/**
 * Every internal link in every built HTML page resolves (tests/support/links.ts says what
 * that means). The checker's question pages, thousands of one template, are checked every
 * one by tests/build/screening-pages.test.ts, which reads them anyway; here a sample.
 */
import { describe, expect, test } from 'vitest';
import { EVERY_PAGE_TIMEOUT, htmlFiles, requireDist, sample, urlPathOf } from '../support/dist';
import { brokenLinksOf } from '../support/links';

requireDist();

const all = htmlFiles();
const isQuestionPage = (file: string) => urlPathOf(file).startsWith('/check/v3/');
const FILES = [...all.filter((f) => !isQuestionPage(f)), ...sample(all.filter(isQuestionPage), 24)];

describe('internal links and #anchors in dist/', () => {
  test(`all ${all.length} HTML files have been found (${FILES.length} checked here)`, () => {
    expect(FILES.length).toBeGreaterThan(0);
    expect(all.some(isQuestionPage)).toBe(true);
  });

  test('every internal URL resolves to a file, and every #fragment to an id', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of FILES) {
      const page = brokenLinksOf(file);
      broken.push(...page.broken);
      checked += page.checked;
    }
    expect(checked).toBeGreaterThan(0);
    // Collapse identical problems repeated across many pages (e.g. a broken link in the footer).
    const byProblem = new Map<string, string[]>();
    for (const b of broken) {
      const key = b.slice(b.indexOf('  ') + 2);
      const pages = byProblem.get(key) ?? [];
      const page = b.slice(0, b.indexOf('  '));
      if (!pages.includes(page)) pages.push(page);
      byProblem.set(key, pages);
    }
    const report = [...byProblem].map(([problem, pages]) => `${problem}\n      on ${pages.length} page(s): ${pages.slice(0, 5).join(', ')}${pages.length > 5 ? ', …' : ''}`);
    expect(report, `${broken.length} broken internal link(s):\n  ${report.join('\n  ')}`).toEqual([]);
  }, EVERY_PAGE_TIMEOUT);
});
