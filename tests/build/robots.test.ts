/**
 * The checker's question pages hold answers in their addresses: robots.txt keeps crawlers off
 * the current question prefix (QUESTIONS, not an address of an older version) and the sitemap
 * lists none of them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { DIST, requireDist } from '../support/dist';
import { sitemapOf } from '../../scripts/dist-files.mjs';
import { QUESTIONS } from '../../src/lib/screening/pages/urls';

requireDist();

it('robots.txt disallows the question prefix, and only that', () => {
  const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
  expect(robots.match(/^Disallow: .*$/gm)).toEqual([`Disallow: ${QUESTIONS}`]);
  // The disallowed prefix is where the question pages are.
  expect(existsSync(join(DIST, QUESTIONS, 'index.html'))).toBe(true);
});

it('the sitemap lists no question page', () => {
  const { paths } = sitemapOf(DIST);
  expect(paths.length).toBeGreaterThan(0);
  expect(paths.filter((p) => p.startsWith(QUESTIONS))).toEqual([]);
});
