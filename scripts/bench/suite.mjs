/**
 * Bench measurement, run only when named (`npm run bench -- --skip-build --only suite`): `npm test`
 * and `npm run test:exhaustive`, 3 runs each (about half an hour on the 2-core machine), against
 * TEST_SECONDS and TEST_EXHAUSTIVE_SECONDS (scripts/budgets.mjs). Each run starts on the project's
 * own dist/, which npm test rebuilds.
 */
import { TEST_EXHAUSTIVE_SECONDS, TEST_SECONDS } from '../budgets.mjs';
import { timeCheck, timeCommand, timeRuns } from './timing.mjs';

/** @type {import('./index.mjs').BenchModule} */
export default {
  name: 'suite',
  title: 'Test suite times',
  optIn: true,
  async run(ctx) {
    const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
    const time = (/** @type {string[]} */ args) => timeCommand(npm[0], [...npm.slice(1), ...args], { cwd: ctx.root });
    const runs = Math.max(3, ctx.runs);
    console.log('npm test:');
    const test = await timeRuns(runs, () => time(['test']));
    console.log('npm run test:exhaustive:');
    const exhaustive = await timeRuns(runs, () => time(['run', 'test:exhaustive']));
    return {
      report: `npm test: median ${test.median.toFixed(0)} s (limit ${TEST_SECONDS} s quiet); npm run test:exhaustive: median ${exhaustive.median.toFixed(0)} s (limit ${TEST_EXHAUSTIVE_SECONDS} s)`,
      figures: { testSeconds: Math.round(test.median), testExhaustiveSeconds: Math.round(exhaustive.median) },
      checks: [timeCheck('npm test', TEST_SECONDS, test), timeCheck('npm run test:exhaustive', TEST_EXHAUSTIVE_SECONDS, exhaustive)],
      json: { test, exhaustive },
    };
  },
};
