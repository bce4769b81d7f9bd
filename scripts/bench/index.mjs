/**
 * The measurements `npm run bench` makes, in order (suite only when named: --only suite). Each is a module of this folder whose
 * default export is a BenchModule; to add one, write scripts/bench/<name>.mjs and list it
 * here. `--skip <name>` and `--only <name>` pick.
 *
 * @typedef {{
 *   root: string,          // the repository
 *   out: string,           // bench-results/
 *   dist: string,          // the bench build (bench-results/dist)
 *   url: string,           // where it is served, e.g. "http://127.0.0.1:41234/" (production headers)
 *   siteOrigin: string,    // the origin it was built for (the same)
 *   sitemap: string[],     // the sitemap's site paths
 *   htmlPaths: string[],   // every built HTML page's site path
 *   buildSeconds: number | null,
 *   runs: number,          // --runs N (repeat noisy measurements; report the median)
 *   args: string[],        // the command line, for module options such as --all-pages
 * }} BenchContext
 *
 * @typedef {{ name: string, limit: string, checked: string, worst: string, pass: boolean }} BenchCheck
 *
 * @typedef {{
 *   report?: string,                    // printed under the module's title
 *   figures?: Record<string, unknown>,  // headline numbers, printed in the summary and kept in bench.json
 *   checks?: BenchCheck[],              // PASS/FAIL lines of the summary (any FAIL: exit code 1)
 *   json?: unknown,                     // details for bench.json
 *   skipped?: string,                   // why it did not run
 * }} BenchResult
 *
 * @typedef {{ name: string, title: string, optIn?: boolean, run(ctx: BenchContext): Promise<BenchResult> }} BenchModule
 *   optIn: runs only when named with --only (it takes long: the suite timings).
 */
import weight from './weight.mjs';
import lighthouse from './lighthouse.mjs';
import browser from './browser-sweep.mjs';
import readability from './readability.mjs';
import checkerSlow3g from './checker-slow-3g.mjs';
import route from './route.mjs';
import buildTime from './build-time.mjs';
import suite from './suite.mjs';
import sources from './sources.mjs';

/** @type {BenchModule[]} */
export const MODULES = [weight, route, buildTime, checkerSlow3g, lighthouse, browser, readability, sources, suite];
