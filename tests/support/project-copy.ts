/**
 * A throwaway copy of the project for tests that run Astro on a broken or differently
 * configured project (tests/build/content-errors.test.ts, deploy.test.ts), so the real
 * dist/ and content store are never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const root = process.cwd();
const PROJECT = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
const copies: string[] = [];

/**
 * Timeout of a test that runs Astro on a copy: `astro sync` takes about 4 s on a quiet machine and
 * `astro build` about 25 s; at load 8-20 the review measured 3-6 times that. astroIn stops Astro
 * after the same time, so a hung run fails with its output instead of holding the suite.
 */
export const ASTRO_TIMEOUT = 300_000;

/** Copies the project into a new temporary folder and returns its path (removeCopies deletes them all). */
export function copyProject(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  copies.push(dir);
  for (const item of PROJECT) cpSync(join(root, item), join(dir, item), { recursive: true });
  // The packages are shared, but not Astro's and Vite's caches (node_modules/.astro, .vite): a shared
  // content store would hold an earlier copy's entry, and a cached entry is not rendered (nor checked) again.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!name.startsWith('.')) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

export function removeCopies(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * Runs the project's Astro in a copy. The output is plain text: Astro colours its messages
 * when the environment asks for it (FORCE_COLOR, a terminal), and the tests compare words.
 */
export function astroIn(dir: string, args: string[], env: NodeJS.ProcessEnv = process.env): { ok: boolean; output: string } {
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), args, {
    cwd: dir, encoding: 'utf8', timeout: ASTRO_TIMEOUT, killSignal: 'SIGKILL',
    env: { ...env, PATH: `${join(root, 'node_modules/.bin')}:${env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const stopped = result.error ? `\n(astro ${args.join(' ')} stopped: ${result.error.message})` : '';
  return { ok: result.status === 0, output: stripVTControlCharacters(`${result.stdout ?? ''}\n${result.stderr ?? ''}${stopped}`) };
}
