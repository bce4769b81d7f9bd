/**
 * Bench measurement: working out every route of the checker (enumeratePrefixes + enumeratePaths:
 * the admissible() search over decide() that the build, the island's packed route and the tests
 * all wait for), median of 3 fresh processes, against ROUTE_SECONDS (scripts/budgets.mjs).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROUTE_SECONDS } from '../budgets.mjs';
import { timeCheck, timeRuns } from './timing.mjs';

/** @returns {Promise<{ seconds: number, questionPages: number, results: number }>} */
function once(/** @type {string} */ root) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts/bench/route-child.mjs')], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '')) : reject(new Error(`route-child.mjs exited with ${code}`))));
  });
}

/** @type {import('./index.mjs').BenchModule} */
export default {
  name: 'route',
  title: 'Route computation (every route of the checker)',
  async run(ctx) {
    /** @type {{ questionPages: number, results: number } | undefined} */
    let size;
    const timed = await timeRuns(Math.max(3, ctx.runs), async () => {
      const r = await once(ctx.root);
      size = r;
      return r.seconds;
    });
    return {
      report: `${size?.questionPages} question pages, ${size?.results} results: median ${timed.median.toFixed(1)} s (limit ${ROUTE_SECONDS} s on a quiet machine)`,
      figures: { routeSeconds: Number(timed.median.toFixed(1)), questionPages: size?.questionPages, routeResults: size?.results },
      checks: [timeCheck('route computation', ROUTE_SECONDS, timed)],
      json: timed,
    };
  },
};
