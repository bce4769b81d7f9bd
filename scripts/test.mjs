#!/usr/bin/env node
/**
 * `npm test`: the type check, the build, then every test, in the order that keeps both cores
 * of a small machine busy. The type check (`astro check`) and the unit tests need no build and
 * each keep one core busy, so they run side by side; the build follows, then the tests that
 * read dist/ (build) and drive Chromium against it (e2e).
 *
 * `npm test -- <vitest arguments>` (a file, `-t name`, …) runs the check and the build, then
 * Vitest with those arguments only.
 *
 * `npm run test:exhaustive` (`--exhaustive`): the Vitest project `exhaustive` (every answer
 * combination, route, page and result), building dist/ first only when there is none.
 *
 * Output: the type check's lines as they come; a side-by-side job's lines once it ends, so the
 * two never interleave. Astro's one line per built page (about 2,500 of them) is left out of the
 * build's output: in a failing run they buried the message that mattered. Its warnings, errors,
 * the "NOT READY TO PUBLISH" notice and the page count stay (filtered here rather than with
 * Astro's log level, which would drop its warnings and the timings too).
 * The first job that fails stops the run with its exit code.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const args = process.argv.slice(2);
const exhaustive = args[0] === '--exhaustive';
const vitestArgs = exhaustive ? args.slice(1) : args;

/** Astro's per-page lines ("20:54:48   ├─ /check/v3/md/index.html (+3ms)", "└─ …"; no time on a terminal). */
const PAGE_LINE = /^(\d\d:\d\d:\d\d )?\s*[├└]─ /;

/**
 * Runs a command; resolves to its exit code. `quiet`: keep its output until it ends.
 * `pageLines: false`: drop Astro's per-page lines, and say how many were dropped.
 */
function run(command, args, { quiet = false, pageLines = true } = {}) {
  return new Promise((resolve) => {
    const piped = quiet || !pageLines;
    const child = spawn(command, args, { stdio: piped ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: process.env });
    const kept = [];
    let dropped = 0;
    /** Line-by-line filter of one stream (a chunk may end mid-line). */
    const filter = (write) => {
      let rest = '';
      return {
        data(d) {
          const lines = (rest + d.toString('utf8')).split('\n');
          rest = lines.pop() ?? '';
          for (const line of lines) {
            if (!pageLines && PAGE_LINE.test(line.replace(/\x1b\[[0-9;]*m/g, ''))) dropped++;
            else write(`${line}\n`);
          }
        },
        end() {
          if (rest) write(rest);
        },
      };
    };
    const out = (s) => (quiet ? kept.push(s) : process.stdout.write(s));
    const err = (s) => (quiet ? kept.push(s) : process.stderr.write(s));
    if (piped) {
      const o = filter(out);
      const e = filter(err);
      child.stdout.on('data', o.data);
      child.stderr.on('data', e.data);
      child.stdout.on('end', o.end);
      child.stderr.on('end', e.end);
    }
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => {
      if (quiet) process.stdout.write(kept.join(''));
      if (dropped) console.log(`(${dropped} lines listing the built pages left out)`);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

async function step(...jobs) {
  const codes = await Promise.all(jobs);
  const failed = codes.find((c) => c !== 0);
  if (failed !== undefined) process.exit(failed);
}

const started = Date.now();
const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`;
const build = () => run('astro', ['build'], { pageLines: false });

if (exhaustive) {
  // tests/exhaustive/build/ reads dist/: CI runs this after npm test, which has just built it.
  if (!existsSync('dist/index.html')) {
    console.log('npm run test:exhaustive: no dist/, building first…\n');
    await step(build());
  }
  await step(run('vitest', ['run', '--project', 'exhaustive', ...vitestArgs]));
  console.log(`\nnpm run test:exhaustive: all passed in ${seconds()}.`);
} else if (vitestArgs.length) {
  await step(run('astro', ['check']));
  await step(build());
  await step(run('vitest', ['run', ...vitestArgs]));
  console.log(`\nnpm test: all passed in ${seconds()}.`);
} else {
  await step(run('astro', ['check']), run('vitest', ['run', '--project', 'unit'], { quiet: true }));
  console.log(`\nnpm test: type check and unit tests passed (${seconds()}); building…\n`);
  await step(build());
  console.log(`\nnpm test: built (${seconds()}); build and browser tests…\n`);
  await step(run('vitest', ['run', '--project', 'build', '--project', 'e2e']));
  console.log(`\nnpm test: all passed in ${seconds()}.`);
}
