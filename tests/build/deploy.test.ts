/**
 * `npm run build:deploy` refuses to build while the public address is the
 * `.example` placeholder or no publisher or contact is set; the plain build
 * (which the rest of the suite tests) only warns. Runs Astro on a copy of
 * the project, so the real dist/ is never touched.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function buildCopy(env: Record<string, string>): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'deploy-check-'));
  copies.push(dir);
  for (const item of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SITE_')));
  try {
    const output = execFileSync(join(root, 'node_modules/.bin/astro'), ['build'], {
      cwd: dir, encoding: 'utf8', stdio: 'pipe', env: { ...clean, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    return { ok: true, output: stripVTControlCharacters(output) };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stripVTControlCharacters(`${e.stdout ?? ''}\n${e.stderr ?? ''}`) };
  }
}

describe('deployment build', () => {
  it('is the README’s deploy command, and sets SITE_DEPLOY=1', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['build:deploy']).toMatch(/SITE_DEPLOY=1 astro build/);
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('npm run build:deploy');
  });

  it('fails while the address is the placeholder and no publisher or contact is set, saying what to set', () => {
    const { ok, output } = buildCopy({ SITE_DEPLOY: '1' });
    expect(ok).toBe(false);
    expect(output).toContain('Deployment build stopped');
    expect(output).toContain('SITE_URL');
    expect(output).toContain('SITE_PUBLISHER');
    expect(output).toContain('SITE_CONTACT');
  }, 120_000);

  it('fails when only the publisher is missing', () => {
    const { ok, output } = buildCopy({ SITE_DEPLOY: '1', SITE_URL: 'https://records.baltimore-news.org', SITE_CONTACT: 'corrections@baltimore-news.org' });
    expect(ok).toBe(false);
    expect(output).toContain('SITE_PUBLISHER');
    expect(output).not.toContain('placeholder');
  }, 120_000);
});
