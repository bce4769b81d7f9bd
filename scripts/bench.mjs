#!/usr/bin/env node
/**
 * `npm run bench`: build the site, serve it as production does, and run the measurements
 * of scripts/bench/index.mjs (not part of npm test):
 *
 * 1. builds into bench-results/dist with SITE_URL set to the local server's origin (so
 *    canonical URLs match the audited URLs), and times it;
 * 2. serves that build with scripts/serve-dist.mjs (public/_headers applied);
 * 3. runs each measurement module: page weight and byte budgets (weight), the route computation
 *    and build times against their budgets (route, build-time; median of 3 with the load), the checker's
 *    time to answerable on emulated slow 3G (checker-slow-3g), Lighthouse mobile scores
 *    (lighthouse), the browser checks on every page (browser), reading grades (readability);
 * 4. prints the figures (HTML pages, build time, …) and a PASS/FAIL line per check, and
 *    writes bench-results/bench.json. Exit code 1 when a check fails.
 *
 * Options: --skip-build (reuse bench-results/dist; its SITE_URL port is reused),
 *          --skip <name> / --only <name> (a module: weight, route, build-time, checker-slow-3g, lighthouse, browser,
 *          readability, and suite, which runs only when named: 3 runs of npm test and of test:exhaustive;
 *          --no-lighthouse is --skip lighthouse), --runs N (Lighthouse runs per page, median
 *          kept, and slow-3G runs, at least 3; default 1), --all-pages (browser checks on every built page, not a sample
 *          of the per-answer pages: slow).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve-dist.mjs';
import { htmlFilesIn, sitemapOf, urlPathOf } from './dist-files.mjs';
import { MODULES } from './bench/index.mjs';
import { table } from './bench/table.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench-results');
const DIST = path.join(OUT, 'dist');

const args = process.argv.slice(2);
const valuesOf = (/** @type {string} */ flag) => args.flatMap((a, i) => (a === flag && args[i + 1] ? [args[i + 1]] : []));
const skip = new Set([...valuesOf('--skip'), ...(args.includes('--no-lighthouse') ? ['lighthouse'] : [])]);
const only = new Set(valuesOf('--only'));
const runs = Math.max(1, Number(valuesOf('--runs')[0]) || 1);
for (const name of [...skip, ...only]) {
  if (!MODULES.some((m) => m.name === name)) throw new Error(`No bench module "${name}" (there are: ${MODULES.map((m) => m.name).join(', ')})`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (s.address());
      s.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------------------
// 1. Build
mkdirSync(OUT, { recursive: true });
/** @type {number} */
let port;
/** @type {number | null} */
let buildSeconds = null;
if (args.includes('--skip-build') && existsSync(path.join(DIST, 'index.html'))) {
  const { origin } = sitemapOf(DIST);
  port = origin ? Number(new URL(origin).port) : /** @type {number} */ (await freePort());
  console.log(`Reusing ${path.relative(ROOT, DIST)} (built for ${origin}).`);
} else {
  port = /** @type {number} */ (await freePort());
  const siteUrl = `http://127.0.0.1:${port}`;
  console.log(`Building with SITE_URL=${siteUrl} into ${path.relative(ROOT, DIST)} …`);
  const t0 = performance.now();
  const r = spawnSync('npx', ['astro', 'build', '--outDir', DIST], {
    cwd: ROOT,
    env: { ...process.env, SITE_URL: siteUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  buildSeconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) {
    console.error(r.stdout.slice(-5000));
    console.error(r.stderr.slice(-5000));
    console.error(`Build failed (exit ${r.status}).`);
    process.exit(1);
  }
  console.log(`Build: ${buildSeconds.toFixed(1)} s`);
}

// ---------------------------------------------------------------------------
// 2. Serve
const server = await startServer({ dir: DIST, port });
console.log(`Serving at ${server.url}`);

try {
  const { origin, paths: sitemap } = sitemapOf(DIST);
  const htmlPaths = htmlFilesIn(DIST).map((f) => urlPathOf(DIST, f));
  /** @type {import('./bench/index.mjs').BenchContext} */
  const ctx = { root: ROOT, out: OUT, dist: DIST, url: server.url, siteOrigin: origin, sitemap, htmlPaths, buildSeconds, runs, args };

  // -------------------------------------------------------------------------
  // 3. Measure
  /** @type {Record<string, import('./bench/index.mjs').BenchResult & { seconds: number, error?: string }>} */
  const results = {};
  for (const mod of MODULES) {
    if (skip.has(mod.name) || (only.size && !only.has(mod.name)) || (mod.optIn && !only.has(mod.name))) continue;
    console.log(`\n== ${mod.title} (${mod.name}) ==\n`);
    const t0 = performance.now();
    try {
      const result = await mod.run(ctx);
      results[mod.name] = { ...result, seconds: (performance.now() - t0) / 1000 };
      console.log(result.skipped ? `Skipped: ${result.skipped}` : (result.report ?? ''));
    } catch (err) {
      const error = String(/** @type {Error} */ (err)?.stack ?? err);
      results[mod.name] = { seconds: (performance.now() - t0) / 1000, error, checks: [{ name: mod.name, limit: 'runs', checked: '-', worst: error.split('\n')[0], pass: false }] };
      console.log(`ERROR: ${error}`);
    }
  }

  // -------------------------------------------------------------------------
  // 4. Summary
  const figures = {
    htmlPages: htmlPaths.length,
    sitemapPages: sitemap.length,
    buildSeconds: buildSeconds == null ? null : Number(buildSeconds.toFixed(1)),
    ...Object.assign({}, ...Object.values(results).map((r) => r.figures ?? {})),
  };
  const checks = Object.values(results).flatMap((r) => r.checks ?? []);
  console.log('\n== Summary ==\n');
  console.log(table(['figure', 'value'], Object.entries(figures).map(([k, v]) => [k, typeof v === 'object' && v ? JSON.stringify(v) : String(v)])));
  console.log(`\n${table(['check', 'limit', 'checked', 'worst', 'result'], checks.map((c) => [c.name, c.limit, c.checked, c.worst, c.pass ? 'PASS' : 'FAIL']))}`);
  console.log(`\nModules: ${Object.entries(results).map(([n, r]) => `${n} ${r.skipped ? 'skipped' : r.error ? 'error' : 'ok'} (${r.seconds.toFixed(0)} s)`).join(', ')}`);
  if (buildSeconds != null) console.log(`Build time: ${buildSeconds.toFixed(1)} s for ${htmlPaths.length} HTML pages.`);
  else console.log(`${htmlPaths.length} HTML pages (build reused, not timed).`);

  const json = {
    date: new Date().toISOString(),
    node: process.version,
    siteOrigin: origin,
    figures,
    checks,
    modules: Object.fromEntries(Object.entries(results).map(([n, r]) => [n, { seconds: r.seconds, skipped: r.skipped, error: r.error, figures: r.figures, checks: r.checks, details: r.json }])),
  };
  writeFileSync(path.join(OUT, 'bench.json'), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`Wrote ${path.relative(process.cwd(), path.join(OUT, 'bench.json'))}`);
  process.exitCode = checks.some((c) => !c.pass) ? 1 : 0;
} finally {
  await server.close();
}
