/**
 * Bench measurement: `astro build` (what `npm run build` runs), median of 3 builds into
 * bench-results/build-timing/, against BUILD_SECONDS (scripts/budgets.mjs). The bench's own
 * build (one run, the "Build time" figure) is not counted here.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { BUILD_SECONDS } from '../budgets.mjs';
import { timeCheck, timeCommand, timeRuns } from './timing.mjs';

/** @type {import('./index.mjs').BenchModule} */
export default {
  name: 'build-time',
  title: '`npm run build` time',
  async run(ctx) {
    const outDir = path.join(ctx.out, 'build-timing');
    const astro = path.join(ctx.root, 'node_modules/.bin/astro');
    const timed = await timeRuns(Math.max(3, ctx.runs), () => timeCommand(astro, ['build', '--outDir', outDir], { cwd: ctx.root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } }));
    rmSync(outDir, { recursive: true, force: true });
    return {
      report: `median ${timed.median.toFixed(1)} s (limit ${BUILD_SECONDS} s on a quiet machine)`,
      figures: { buildSecondsMedian: Number(timed.median.toFixed(1)) },
      checks: [timeCheck('npm run build', BUILD_SECONDS, timed)],
      json: timed,
    };
  },
};
