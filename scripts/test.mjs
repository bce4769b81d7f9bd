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
 * Output: the type check's lines as they come; a side-by-side job's lines once it ends, so the
 * two never interleave. The first job that fails stops the run with its exit code.
 */
import { spawn } from 'node:child_process';

const vitestArgs = process.argv.slice(2);

/** Runs a command; resolves to its exit code. `quiet`: keep its output until it ends. */
function run(command, args, { quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: process.env });
    const kept = [];
    if (quiet) {
      child.stdout.on('data', (d) => kept.push(d));
      child.stderr.on('data', (d) => kept.push(d));
    }
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => {
      if (quiet) process.stdout.write(Buffer.concat(kept));
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

if (vitestArgs.length) {
  await step(run('astro', ['check']));
  await step(run('astro', ['build']));
  await step(run('vitest', ['run', ...vitestArgs]));
} else {
  await step(run('astro', ['check']), run('vitest', ['run', '--project', 'unit'], { quiet: true }));
  console.log(`\nnpm test: type check and unit tests passed (${seconds()}); building…\n`);
  await step(run('astro', ['build']));
  console.log(`\nnpm test: built (${seconds()}); build and browser tests…\n`);
  await step(run('vitest', ['run', '--project', 'build', '--project', 'e2e']));
}
console.log(`\nnpm test: all passed in ${seconds()}.`);
