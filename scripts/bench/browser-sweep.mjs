/**
 * Bench measurement: the browser checks of tests/e2e/pages.test.ts (axe at two screen sizes,
 * reflow, 200 % text, keyboard, console, network, privacy) on every sitemap page and a
 * larger sample of the checker's per-answer pages (E2E_PAGES=sitemap), or on every built
 * page with --all-pages (E2E_PAGES=all: thousands of pages, well over an hour here),
 * against the bench build. `npm test` runs the same file on a sample of each template.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** @type {import('./index.mjs').BenchModule} */
export default {
  name: 'browser',
  title: 'Browser checks on every page (tests/e2e/pages.test.ts)',
  async run(ctx) {
    const mode = ctx.args.includes('--all-pages') ? 'all' : 'sitemap';
    const report = path.join(ctx.out, 'browser-sweep.json');
    const t0 = performance.now();
    const r = spawnSync('npx', ['vitest', 'run', '--project', 'e2e', 'tests/e2e/pages.test.ts', '--reporter=dot', '--reporter=json', `--outputFile.json=${report}`], {
      cwd: ctx.root,
      env: { ...process.env, DIST_DIR: ctx.dist, E2E_PAGES: mode, VITEST_MAX_WORKERS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const seconds = (performance.now() - t0) / 1000;
    /** @type {{ numTotalTests: number, numFailedTests: number, testResults: { assertionResults: { fullName: string, status: string, duration: number, failureMessages: string[] }[] }[] }} */
    let json;
    try {
      json = JSON.parse(readFileSync(report, 'utf8'));
    } catch {
      throw new Error(`vitest wrote no report (exit ${r.status}):\n${(r.stdout ?? '').slice(-3000)}\n${(r.stderr ?? '').slice(-3000)}`);
    }
    const tests = json.testResults.flatMap((f) => f.assertionResults);
    const pages = new Set(tests.map((t) => t.fullName.split(' ')[0])).size;
    const failed = tests.filter((t) => t.status !== 'passed');
    const slowest = [...tests].sort((a, b) => b.duration - a.duration).slice(0, 5);
    return {
      report: [
        `${pages} pages (E2E_PAGES=${mode}), ${tests.length} tests, ${failed.length} failed, ${seconds.toFixed(0)} s.`,
        `Slowest: ${slowest.map((t) => `${t.fullName.split(' ')[0]} ${t.fullName.split(' ')[1]} ${(t.duration / 1000).toFixed(1)} s`).join('; ')}`,
        ...failed.slice(0, 20).map((t) => `  FAIL ${t.fullName}\n    ${(t.failureMessages[0] ?? '').split('\n').slice(0, 6).join('\n    ')}`),
      ].join('\n'),
      figures: { browserPages: pages, browserSeconds: Math.round(seconds) },
      checks: [{ name: 'BROWSER_CHECKS', limit: 'no problem', checked: `${pages} pages (${mode})`, worst: failed.length ? failed[0].fullName : 'none', pass: failed.length === 0 }],
      json: { mode, seconds, tests: tests.length, failed: failed.map((t) => t.fullName) },
    };
  },
};
