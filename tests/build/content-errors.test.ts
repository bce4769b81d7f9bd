/**
 * A wrong content entry stops the build with a message that names the file
 * and the field. Runs `astro sync` (the content step of the build) on a copy
 * of the project with one broken entry.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const copies: string[] = [];

function syncWith(file: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-check-'));
  copies.push(dir);
  for (const item of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, item), join(dir, item), { recursive: true });
  }
  // The packages are shared, but not Astro's and Vite's caches (node_modules/.astro, .vite): a shared
  // content store would hold an earlier copy's entry, and a cached entry is not rendered (nor checked) again.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!name.startsWith('.')) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  writeFileSync(join(dir, file), text);
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['sync'], {
    cwd: dir, encoding: 'utf8',
    env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  // Schema errors stop `astro sync`; a Markdown rendering error is printed and then stops the build when the page loads.
  // Astro colours its messages when the environment asks for it (FORCE_COLOR, a terminal): compare plain text.
  return stripVTControlCharacters(`${result.status === 0 ? 'NO SCHEMA ERROR' : 'STOPPED'}\n${result.stdout ?? ''}\n${result.stderr ?? ''}`);
}

afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('content errors stop the build', () => {
  it('names the file and field of a citation of a source that does not exist', () => {
    const out = syncWith('content/timeline/2099-01-01-broken.yaml',
      'date: "2099-01-01"\ntitle: Broken\nwhere: maryland\nsummary: Test.\nsources: [no-such-source]\n');
    expect(out).toContain('2099-01-01-broken.yaml');
    expect(out).toContain('sources.0');
    expect(out).toContain('"no-such-source" does not exist');
  });

  it('names the file and field of a page without lastReviewed, and of a malformed date', () => {
    const missing = syncWith('content/pages/broken.md', '---\ntitle: Broken\nsummary: Test.\nsources: []\n---\nText.\n');
    expect(missing).toContain('content/pages/broken.md');
    expect(missing).toContain('lastReviewed');
    const malformed = syncWith('content/sources/broken.yaml',
      'title: T\npublisher: P\npublished: "2019-02-30"\nurl: https://example.org/\naccessed: "2026-11-25"\nkind: news\n');
    expect(malformed).toContain('content/sources/broken.yaml');
    expect(malformed).toContain('published');
    expect(malformed).toContain('does not exist on the calendar');
  });

  it('names the file and field of a source whose url is on a copy host, or carries a tracking parameter', () => {
    const copy = syncWith('content/sources/broken.yaml',
      'title: T\npublisher: P\nurl: https://lexace.ai/us/statute/maryland/CP-10-105\naccessed: "2026-11-25"\nkind: law\n');
    expect(copy).toContain('content/sources/broken.yaml');
    expect(copy).toMatch(/url: url is on lexace\.ai/);
    expect(copy).toContain('copyUrl');
    const tracked = syncWith('content/sources/broken.yaml',
      'title: T\npublisher: P\nurl: https://www.cbsnews.com/baltimore/news/x/?intcid=CNR-01-0623\naccessed: "2026-11-25"\nkind: news\n');
    expect(tracked).toContain('content/sources/broken.yaml');
    expect(tracked).toContain('tracking parameter "intcid"');
  });

  it('names the file and heading of a content-page heading without a frozen id', () => {
    const out = syncWith('content/pages/broken.md',
      '---\ntitle: Broken\nsummary: Test.\nlastReviewed: "2026-11-25"\nsources: [dpscs-expungement]\n---\n## No id here\n\nText [@dpscs-expungement].\n');
    expect(out).toContain('content/pages/broken.md');
    expect(out).toContain('the heading "No id here" has no id');
    expect(out).toContain('{#no-id-here}');
  });
});
