/**
 * Timing helpers for the bench's time budgets (shared/design/budgets.md): a figure is the median
 * of 3 runs, printed with the 1-minute load average at the start and end of each run, because
 * on the shared 2-core machine the load, not the code, can decide the figure.
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';

export const load = () => loadavg()[0].toFixed(1);

export const median = (/** @type {number[]} */ xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Runs `once` `runs` times; resolves to the runs (seconds, load at start and end) and their median.
 * @param {number} runs
 * @param {(i: number) => Promise<number>} once resolves to the seconds one run took
 */
export async function timeRuns(runs, once) {
  /** @type {{ seconds: number, loadStart: string, loadEnd: string }[]} */
  const results = [];
  for (let i = 0; i < runs; i++) {
    const loadStart = load();
    const seconds = await once(i);
    results.push({ seconds, loadStart, loadEnd: load() });
    console.log(`  run ${i + 1}/${runs}: ${seconds.toFixed(1)} s (load ${loadStart} → ${load()})`);
  }
  return { runs: results, median: median(results.map((r) => r.seconds)) };
}

/**
 * Runs a command and resolves to its wall time in seconds; rejects when it fails, with the end
 * of its output. Its output is kept, not printed (the bench prints the figures).
 * @param {string} command @param {string[]} args @param {{ cwd: string, env?: NodeJS.ProcessEnv }} options
 */
export function timeCommand(command, args, { cwd, env = process.env }) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    const keep = (/** @type {Buffer} */ d) => { tail = (tail + d.toString('utf8')).slice(-8000); };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      if (code === 0) resolve(seconds);
      else reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}) after ${seconds.toFixed(0)} s:\n${tail}`));
    });
  });
}

/** A bench check line for a time budget. */
export function timeCheck(/** @type {string} */ name, /** @type {number} */ limitSeconds, /** @type {{ runs: { seconds: number, loadStart: string, loadEnd: string }[], median: number }} */ timed) {
  const loads = timed.runs.map((r) => `${r.loadStart}→${r.loadEnd}`).join(', ');
  return {
    name,
    limit: `${limitSeconds} s`,
    checked: `median of ${timed.runs.length} (load ${loads})`,
    worst: `${timed.median.toFixed(1)} s`,
    pass: timed.median <= limitSeconds,
  };
}
