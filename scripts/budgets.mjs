/**
 * Byte budgets for the site, shared by tests/build/budgets.test.ts and
 * `npm run bench`. Sizes are gzip (zlib level 9) of each file as served,
 * summed over the page and everything it loads on a first visit (empty cache).
 */

/** Information pages (everything outside /check/ and /search/) ship no executable JavaScript. */
export const INFO_JS = 0;

/**
 * Any page: HTML + CSS + JS + other first-visit assets, gzipped, in total. The heaviest
 * pages are the checker's: without JavaScript a question page also holds the results of
 * the answers that end there, and with it the page loads the chunk that works out a
 * result in the browser (so that no request carries an answer). Was 50 KB before the
 * checker's version 2 and 56 KB before its version 3 (more words, and the questions' glossary
 * and source links now in the island's code instead of in every page): budgets.md's 64 KB. The
 * heaviest page, a question page whose results turn on many unsure answers, was 60.6 KB.
 */
export const PAGE_TOTAL_GZ = 64 * 1024;

/** The checker's pages: the JavaScript loaded to show and answer the questions, gzipped (what a slow phone waits for). */
export const CHECKER_JS_GZ = 20 * 1024;

/**
 * The checker's pages: the JavaScript loaded to show a result (rules, words, sources), gzipped.
 * It includes Preact's signals chunk (3 KB), which the measurement counts because the Preact
 * renderer may import it, although no island here uses signals.
 */
export const CHECKER_RESULT_JS_GZ = 24 * 1024;

/** The search index that /search/ loads, gzipped (its JavaScript counts in PAGE_TOTAL_GZ, with every chunk it loads). */
export const SEARCH_INDEX_GZ = 30 * 1024;

/**
 * Data that a page's scripts fetch when used, which neither its HTML nor the chunk graph
 * names (site path → data paths). Counted in that page's total, and the search index is
 * what SEARCH_INDEX_GZ limits. tests/e2e/search.test.ts checks that searching fetches
 * exactly these and nothing else the measurement does not count.
 * @type {Record<string, string[]>}
 */
export const FETCHED_WHEN_USED = { '/search/': ['/search-index.json'] };

// ---------------------------------------------------------------------------
// Growth budgets (shared/design/budgets.md): what the site may cost as the checker grows.
// The counts and sizes are tests (tests/build/budgets.test.ts, tests/unit/screening/route.test.ts);
// the times are `npm run bench` figures (scripts/bench/route.mjs, build-time.mjs, suite.mjs):
// the median of 3 runs, printed with the load average.

/** English checker question pages (/check/v3/…): one per reachable answer prefix. */
export const QUESTION_PAGES = 4_800;

/**
 * Every HTML page of the English site. 5,000 in budgets.md; raised by 8 % (the quarter budgets.md
 * allows) by checker version 3, whose three new questions took the site from 2,548 to 5,131 pages.
 */
export const HTML_PAGES = 5_400;

/**
 * All of dist/ for the English site: the sum of its files' bytes (MB = 10^6 bytes; `du` counts folders
 * and blocks too). 220 MB in budgets.md; raised by 18 % (within the quarter budgets.md allows) by checker
 * version 3: 10,749 results instead of 5,320 took dist/ from 125 to about 255 MB, after what the results on
 * a page share (notes, what could change, what the checker cannot see, free help, the sources stamp) was
 * written once per page and the questions' links moved into the island's code.
 */
export const DIST_BYTES = 265e6;

/** Working out every route of the checker (enumeratePrefixes + enumeratePaths), seconds on a quiet machine. */
export const ROUTE_SECONDS = 10;

/** `npm run build`, seconds on a quiet machine (English). */
export const BUILD_SECONDS = 60;

/** `npm test`, seconds on a quiet machine. */
export const TEST_SECONDS = 180;

/** `npm run test:exhaustive`, seconds. */
export const TEST_EXHAUSTIVE_SECONDS = 20 * 60;
