/**
 * The built pages grouped into families of one template, found from the built files
 * alone (nothing here names a page or a checker code), and the pages to sample from each:
 *
 * - a sitemap page belongs to the family of its parent address
 *   (/check/how-it-works/<group>/ → "/check/how-it-works/");
 * - a page not in the sitemap (the checker's noindex per-answer pages) belongs to the
 *   family of its first two address segments (/check/v3/<code>/ → "/check/v3/"),
 *   however deep it is.
 *
 * A family of more than FAMILY_SIZE pages is one template repeated: it is sampled to its
 * largest page (most content, most links, most Tab stops) and an even spread of pages
 * (first and last included). Used by the browser tests (tests/support/pages.ts), the
 * html-validate and search build tests, and the bench.
 */
import { statSync } from 'node:fs';
import { fileForSitePath, htmlFilesIn, sitemapOf, urlPathOf } from './dist-files.mjs';

/** A family is sampled when it has more pages than this. */
export const FAMILY_SIZE = 6;
/** Evenly spread pages kept of a sampled family (besides its largest), by default. */
export const SPREAD = 2;

/**
 * @typedef {{ key: string, inSitemap: boolean, pages: string[], tested: string[] }} PageFamily
 * key: "/check/how-it-works/", "/check/v3/", or a page's own path for a page alone;
 * tested: the pages sampled from it (all of them when it is small or nothing is sampled).
 */

/**
 * Evenly spaced sample of n items (always includes the first and last).
 * @template T
 * @param {T[]} items
 * @param {number} n
 * @returns {T[]}
 */
export function sample(items, n) {
  if (items.length <= n) return items;
  if (n <= 1) return items.slice(0, Math.max(0, n));
  /** @type {T[]} */
  const out = [];
  for (let i = 0; i < n; i++) out.push(items[Math.round((i * (items.length - 1)) / (n - 1))]);
  return [...new Set(out)];
}

/**
 * @param {string} urlPath
 * @param {boolean} inSitemap
 */
function familyKey(urlPath, inSitemap) {
  const segments = urlPath.split('/').filter(Boolean);
  if (!inSitemap) return `/${segments.slice(0, 2).join('/')}/`;
  return segments.length <= 1 ? urlPath : `/${segments.slice(0, -1).join('/')}/`;
}

/**
 * The families of a build directory.
 * @param {string} dir
 * @param {{ sitemapSpread?: number | null, perAnswerSpread?: number | null }} [spread]
 *   pages kept of each sampled family (besides its largest), for sitemap and for per-answer
 *   families; null keeps every page (default: SPREAD for both)
 * @returns {PageFamily[]}
 */
export function pageFamiliesIn(dir, spread = {}) {
  const sitemap = sitemapOf(dir).paths.map((p) => p.split('?')[0]);
  const inSitemap = new Set(sitemap);
  const perAnswer = htmlFilesIn(dir)
    .map((f) => urlPathOf(dir, f))
    .filter((p) => !inSitemap.has(p) && !/^\/404(\.html|\/)$/.test(p));
  /** @type {Map<string, PageFamily>} */
  const families = new Map();
  for (const [paths, indexed] of /** @type {[string[], boolean][]} */ ([[sitemap, true], [perAnswer, false]])) {
    for (const p of paths) {
      const key = familyKey(p, indexed);
      const family = families.get(`${indexed}${key}`) ?? { key, inSitemap: indexed, pages: [], tested: [] };
      family.pages.push(p);
      families.set(`${indexed}${key}`, family);
    }
  }
  const size = (/** @type {string} */ p) => {
    const file = fileForSitePath(dir, p);
    return file ? statSync(file).size : 0;
  };
  for (const family of families.values()) {
    const n = family.inSitemap ? spread.sitemapSpread : spread.perAnswerSpread;
    const keep = n === undefined ? SPREAD : n;
    if (keep === null || family.pages.length <= FAMILY_SIZE) {
      family.tested = [...family.pages];
      continue;
    }
    const sorted = [...family.pages].sort();
    const largest = sorted.reduce((a, b) => (size(b) > size(a) ? b : a));
    family.tested = [...new Set([largest, ...sample(sorted, keep)])];
  }
  return [...families.values()];
}
