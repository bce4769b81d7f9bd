/**
 * Which built pages the browser tests load. Every page template is covered; large
 * families of pages from one template are sampled. Families are found from the built
 * files alone, by address, so nothing here names a page or a checker code:
 *
 * - a sitemap page belongs to the family of its parent address
 *   (/check/how-it-works/<group>/ → "/check/how-it-works/");
 * - a page not in the sitemap (the checker's noindex per-answer pages; tests/build/pages.test.ts
 *   checks that exactly these are noindex) belongs to the family of its first two
 *   address segments (/check/step/<code>/ → "/check/step/"), however deep it is.
 *
 * A family of more than FAMILY_SIZE pages is one template repeated: it is sampled to its
 * largest page (most content, most links, most Tab stops) plus an even spread of
 * SPREAD pages (first and last included). Modes (env E2E_PAGES):
 *
 * - "sample" (default, npm test): sampled as above;
 * - "sitemap": every sitemap page, per-answer families sampled to their largest + 8;
 * - "all" (or E2E_ALL_PAGES=1): every built HTML page (npm run bench -- --all-pages).
 */
import { builtSize, htmlFiles, sample, sitemapPaths, urlPathOf } from './dist';

export type PageMode = 'sample' | 'sitemap' | 'all';

/** A family is sampled when it has more pages than this. */
export const FAMILY_SIZE = 6;
/** Evenly spread pages kept of a sampled family (besides its largest). */
export const SPREAD = 4;
/** Spread kept of the per-answer families in "sitemap" mode. */
export const SITEMAP_MODE_SPREAD = 8;

/** A path that no page has: the 404 page as a host serves it. */
export const NOT_FOUND_PATH = '/this-page-does-not-exist/';

export interface PageFamily {
  /** "/check/how-it-works/", "/check/step/", or a page's own path for a family of one. */
  key: string;
  /** In the sitemap (indexable), or not (noindex per-answer pages). */
  inSitemap: boolean;
  pages: string[];
  /** The pages loaded in the browser. */
  tested: string[];
}

export function pageMode(): PageMode {
  if (process.env.E2E_ALL_PAGES === '1') return 'all';
  const mode = process.env.E2E_PAGES ?? 'sample';
  if (mode !== 'sample' && mode !== 'sitemap' && mode !== 'all') throw new Error(`E2E_PAGES=${mode}: use sample, sitemap or all`);
  return mode;
}

function familyKey(urlPath: string, inSitemap: boolean): string {
  const segments = urlPath.split('/').filter(Boolean);
  if (!inSitemap) return `/${segments.slice(0, 2).join('/')}/`;
  return segments.length <= 1 ? urlPath : `/${segments.slice(0, -1).join('/')}/`;
}

/**
 * The built pages grouped into families, with the pages each mode tests. `perAnswerSpread`
 * overrides how many evenly spread pages of each per-answer family are kept (besides its largest).
 */
export function pageFamilies(mode: PageMode = pageMode(), options: { perAnswerSpread?: number } = {}): PageFamily[] {
  const sitemap = sitemapPaths().map((p) => p.split('?')[0]);
  const inSitemap = new Set(sitemap);
  const perAnswer = htmlFiles()
    .map(urlPathOf)
    .filter((p) => !inSitemap.has(p) && !/^\/404(\.html|\/)$/.test(p));
  const families = new Map<string, PageFamily>();
  for (const [paths, indexed] of [[sitemap, true], [perAnswer, false]] as const) {
    for (const p of paths) {
      const key = familyKey(p, indexed);
      const family = families.get(`${indexed}${key}`) ?? { key, inSitemap: indexed, pages: [], tested: [] };
      family.pages.push(p);
      families.set(`${indexed}${key}`, family);
    }
  }
  for (const family of families.values()) {
    const perAnswer = options.perAnswerSpread ?? (mode === 'sitemap' ? SITEMAP_MODE_SPREAD : SPREAD);
    const sampled = mode === 'all' || family.pages.length <= FAMILY_SIZE ? null : family.inSitemap ? (mode === 'sitemap' ? null : SPREAD) : perAnswer;
    if (sampled == null) {
      family.tested = [...family.pages];
      continue;
    }
    const sorted = [...family.pages].sort();
    const largest = sorted.reduce((a, b) => (builtSize(b) > builtSize(a) ? b : a));
    family.tested = [...new Set([largest, ...sample(sorted, sampled)])];
  }
  return [...families.values()];
}

/** The site paths the browser tests load, in a stable order, the 404 probe last. */
export function pagesToTest(mode: PageMode = pageMode()): string[] {
  return [...new Set([...pageFamilies(mode).flatMap((f) => f.tested), NOT_FOUND_PATH])];
}
