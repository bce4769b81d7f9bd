/**
 * Which built pages the browser tests load: every page template, with large families of
 * pages from one template sampled to their largest page and an even spread (the families
 * and the sampling are in scripts/page-families.mjs, shared with the bench). Modes (env E2E_PAGES):
 *
 * - "sample" (default, npm test): every family of more than FAMILY_SIZE pages sampled to
 *   its largest + SPREAD (2) pages;
 * - "sitemap": every sitemap page; per-answer families sampled to their largest + 8;
 * - "all" (or E2E_ALL_PAGES=1): every built HTML page.
 *
 * `npm run bench` runs tests/e2e/pages.test.ts in "sitemap" mode (`-- --all-pages`: "all").
 */
import { pageFamiliesIn, type PageFamily } from '../../scripts/page-families.mjs';
import { DIST } from './dist';

export { FAMILY_SIZE, SPREAD, type PageFamily } from '../../scripts/page-families.mjs';

export type PageMode = 'sample' | 'sitemap' | 'all';

/** Spread kept of the per-answer families in "sitemap" mode. */
export const SITEMAP_MODE_SPREAD = 8;

/** A path that no page has: the 404 page as a host serves it. */
export const NOT_FOUND_PATH = '/this-page-does-not-exist/';

export function pageMode(): PageMode {
  if (process.env.E2E_ALL_PAGES === '1') return 'all';
  const mode = process.env.E2E_PAGES ?? 'sample';
  if (mode !== 'sample' && mode !== 'sitemap' && mode !== 'all') throw new Error(`E2E_PAGES=${mode}: use sample, sitemap or all`);
  return mode;
}

/**
 * The built pages grouped into families, with the pages each mode tests. `perAnswerSpread`
 * overrides how many evenly spread pages of each per-answer family are kept (besides its largest).
 */
export function pageFamilies(mode: PageMode = pageMode(), options: { perAnswerSpread?: number } = {}): PageFamily[] {
  if (mode === 'all') return pageFamiliesIn(DIST, { sitemapSpread: null, perAnswerSpread: null });
  if (mode === 'sitemap') return pageFamiliesIn(DIST, { sitemapSpread: null, perAnswerSpread: options.perAnswerSpread ?? SITEMAP_MODE_SPREAD });
  return pageFamiliesIn(DIST, { perAnswerSpread: options.perAnswerSpread });
}

/** The site paths the browser tests load, in a stable order, the 404 probe last. */
export function pagesToTest(mode: PageMode = pageMode()): string[] {
  return [...new Set([...pageFamilies(mode).flatMap((f) => f.tested), NOT_FOUND_PATH])];
}
