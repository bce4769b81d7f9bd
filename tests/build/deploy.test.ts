/**
 * `npm run build:deploy` refuses to build while the public address is the
 * `.example` placeholder or no publisher or contact is set; the plain build
 * (which the rest of the suite tests) only warns. Runs Astro on a copy of
 * the project, so the real dist/ is never touched.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ASTRO_TIMEOUT, astroIn, copyProject, removeCopies } from '../support/project-copy';

const root = process.cwd();
afterAll(removeCopies);

function buildCopy(env: Record<string, string>): { ok: boolean; output: string } {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SITE_')));
  return astroIn(copyProject('deploy-check-'), ['build'], { ...clean, ...env });
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
  }, ASTRO_TIMEOUT + 60_000);

  it('fails when only the publisher is missing', () => {
    const { ok, output } = buildCopy({ SITE_DEPLOY: '1', SITE_URL: 'https://records.baltimore-news.org', SITE_CONTACT: 'corrections@baltimore-news.org' });
    expect(ok).toBe(false);
    expect(output).toContain('SITE_PUBLISHER');
    expect(output).not.toContain('placeholder');
  }, ASTRO_TIMEOUT + 60_000);
});
